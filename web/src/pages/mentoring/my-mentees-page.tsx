import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyMentees } from '../../api/mentoring.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { LIST_STYLE } from './gap-list.tsx';
import { MenteeProjects } from './mentee-projects.tsx';

/** `/mentoring/mine`: 我的帮带对象 — a mentor's landing page, one card per mentee (a phone first). */
export function MyMenteesPage() {
  const { t } = useTranslation();
  const mentees = useMyMentees();
  if (mentees.isError) return <LoadError error={mentees.error} onRetry={() => void mentees.refetch()} />;
  if (!mentees.data) return <PageSpinner />;
  const items = mentees.data.items;
  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('mentoring.mine.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('mentoring.mine.intro')}</Typography.Text>
      </div>
      {items.length === 0 ? (
        <Card>
          <Empty description={t('mentoring.mine.empty')} />
        </Card>
      ) : (
        <ul aria-label={t('mentoring.mine.title')} style={LIST_STYLE}>
          {items.map((m) => (
            <li key={m.personId}>
              <Link to={`/mentoring/mine/${m.personId}`} style={{ display: 'block', color: 'inherit' }}>
                <Card size="small" hoverable>
                  <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Space wrap size={4}>
                        <Typography.Text strong style={{ fontSize: 16 }}>
                          {m.name}
                        </Typography.Text>
                        <Tag color="red">
                          {t('mentoring.mine.myLevel', { level: t(`mentoring.levels.${m.pair.level}`) })}
                        </Tag>
                      </Space>
                      <div>
                        <Typography.Text type="secondary">
                          {m.posting
                            ? `${m.posting.villageName} · ${m.posting.townshipName} · ${t(`registry.categories.${m.posting.category}`)}`
                            : '—'}
                        </Typography.Text>
                      </div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('mentoring.profile.since', { date: m.pair.startDate })} ·{' '}
                        {m.lastLogDate
                          ? t('mentoring.mine.lastLog', { date: m.lastLogDate })
                          : t('mentoring.mine.noLog')}
                      </Typography.Text>
                    </div>
                    <RightOutlined aria-hidden />
                  </div>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && <MenteeProjects />}
    </>
  );
}
