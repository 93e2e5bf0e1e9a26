import type { TAdmonishment, TStarYear } from '@zhucun/core';
import { Alert, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStarHistory } from '../../api/rating-follow.ts';
import { GradeTag, Stars } from '../rating/rating-tags.tsx';

/** One confirmed year: grade, the stars it gave, the commendations' stars, and the year's total. */
function YearLine({ y }: { y: TStarYear }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid={`star-year-${y.year}`}>
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap size={8}>
          <Typography.Text strong>{t('ratingFollow.stars.year', { year: y.year })}</Typography.Text>
          <GradeTag grade={y.grade} />
          <Stars stars={y.stars} />
          {!y.inTenure && <Tag>{t('ratingFollow.stars.beforeTenure')}</Tag>}
        </Space>
        <Typography.Text type="secondary">
          {t('ratingFollow.stars.breakdown', {
            village: y.villageName,
            base: y.baseStars,
            award: y.awardStars,
            stars: y.stars,
          })}
        </Typography.Text>
        {y.awards.length > 0 && (
          <Typography.Text type="secondary">
            {t('ratingFollow.stars.awards', { titles: y.awards.map((a) => a.title).join('、') })}
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}

/** An admonishment with its effect period and where its rectification stands. */
function AdmonishmentLine({ a }: { a: TAdmonishment }) {
  const { t } = useTranslation();
  const r = a.rectification;
  return (
    <Alert
      type={a.inEffect ? 'warning' : 'info'}
      showIcon
      style={{ marginTop: 8 }}
      title={t('ratingFollow.stars.admonished', {
        reason: a.reason,
        date: a.issuedOn,
        until: a.effectiveUntil,
      })}
      description={
        r && (
          <Link to={`/rectification/${r.id}`}>
            {t('ratingFollow.stars.rectification', {
              state: t(`rectification.states.${r.state}`),
              deadline: r.deadline,
            })}
            {r.overdue ? ` · ${t('ratingFollow.admonishments.overdue')}` : ''}
          </Link>
        )
      }
    />
  );
}

/**
 * 星级记录: a cadre's stars per confirmed year and the sum over the current tenure (docs/rules.md §4.6),
 * on the registry's profile (staff reading ratings) or the cadre's own page ('mine'), on a phone too.
 */
export function StarHistoryCard({ personId }: { personId: number | 'mine' }) {
  const { t } = useTranslation();
  const history = useStarHistory(personId);
  const h = history.data;
  if (!h) return null;
  return (
    <Card
      size="small"
      title={t('ratingFollow.stars.title')}
      data-testid="star-history"
      style={{ marginBottom: 16 }}
    >
      {h.years.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ratingFollow.stars.empty')} />
      ) : (
        <>
          <Typography.Paragraph strong style={{ marginBottom: 4 }}>
            {h.tenureFrom
              ? t('ratingFollow.stars.tenure', {
                  from: h.tenureFrom,
                  stars: h.tenureStars,
                  years: h.tenureYears,
                })
              : t('ratingFollow.stars.allYears', { stars: h.tenureStars, years: h.tenureYears })}
          </Typography.Paragraph>
          <List size="small" dataSource={h.years} rowKey="cycleId" renderItem={(y) => <YearLine y={y} />} />
        </>
      )}
      {h.admonishments.map((a) => (
        <AdmonishmentLine key={a.id} a={a} />
      ))}
    </Card>
  );
}
