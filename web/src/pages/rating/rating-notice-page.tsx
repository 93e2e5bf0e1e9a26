import { GRADES, type TRatingNotice } from '@zhucun/core';
import { Card, Empty, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useRatingNotice } from '../../api/rating.ts';
import { CardList } from '../../components/card-list.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { GradeTag } from './rating-tags.tsx';

type TItem = TRatingNotice['items'][number];

/**
 * `/rating/notice`: 星级评定结果公示 for the county's accounts: who was rated and their grade, by
 * township, village and name; no scores, no order by score. The cadres appeal from their own page.
 */
export function RatingNoticePage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const year = Number(params.get('year')) || undefined;
  const notice = useRatingNotice(year);
  if (notice.isError) return <LoadError error={notice.error} onRetry={() => void notice.refetch()} />;
  if (!notice.data) return <PageSpinner />;
  const n = notice.data;
  const category = (i: TItem) => t(`registry.categories.${i.category as 'first_secretary'}`);
  return (
    <Card>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {n.year ? t('rating.notice.title', { year: n.year }) : t('rating.notice.titleNone')}
          </Typography.Title>
          {n.years.length > 1 && (
            <Select
              aria-label={t('rating.page.year')}
              value={n.year}
              onChange={(v) => setParams({ year: String(v) })}
              options={n.years.map((y) => ({ value: y, label: t('rating.notice.yearOption', { year: y }) }))}
              style={{ width: 140 }}
            />
          )}
        </div>
        {!n.year ? (
          <Empty description={t('rating.notice.none')} />
        ) : (
          <>
            <Typography.Paragraph style={{ margin: 0 }}>
              {t('rating.notice.period', { from: n.noticeFrom, until: n.noticeUntil })}
              {n.stage === 'notice' ? t('rating.notice.appealHint') : t('rating.notice.ended')}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="rating-notice-counts">
              {t('rating.notice.counts', { count: n.items.length })}
              {GRADES.map((g) => `${t(`rating.grades.${g}`)} ${n.counts[g]}`).join('，')}
            </Typography.Paragraph>
            {mobile ? (
              <CardList<TItem>
                items={n.items.slice((page.page - 1) * page.pageSize, page.page * page.pageSize)}
                label={t('rating.notice.title', { year: n.year })}
                keyOf={(i) => `${i.villageName}-${i.personName}-${i.category}`}
                paging={{
                  ...page,
                  total: n.items.length,
                  onChange: (p, s) => setPage({ page: p, pageSize: s }),
                }}
              >
                {(i) => (
                  <Space direction="vertical" size={2}>
                    <Space>
                      <Typography.Text strong>{i.personName}</Typography.Text>
                      <GradeTag grade={i.grade} />
                    </Space>
                    <Typography.Text type="secondary">{`${i.townshipName} ${i.villageName} · ${category(i)}`}</Typography.Text>
                  </Space>
                )}
              </CardList>
            ) : (
              <Table<TItem>
                rowKey={(i) => `${i.villageName}-${i.personName}-${i.category}`}
                size="small"
                dataSource={n.items}
                pagination={{ pageSize: 50, showTotal: (total) => t('common.total', { count: total }) }}
                columns={[
                  { title: t('rating.notice.township'), dataIndex: 'townshipName', width: 140 },
                  { title: t('rating.notice.village'), dataIndex: 'villageName', width: 180 },
                  { title: t('rating.notice.name'), dataIndex: 'personName', width: 120 },
                  { title: t('rating.notice.category'), key: 'category', render: (_, i) => category(i) },
                  {
                    title: t('rating.notice.grade'),
                    key: 'grade',
                    width: 120,
                    render: (_, i) => <GradeTag grade={i.grade} />,
                  },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Card>
  );
}
