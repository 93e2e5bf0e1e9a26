import type { TVisitView } from '@zhucun/core';
import { Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequestStateTag } from './request-tags.tsx';

/** 夜访 between 18:00 and 24:00. */
export function VisitNightTag({ visit }: { visit: Pick<TVisitView, 'atNight'> }) {
  const { t } = useTranslation();
  if (!visit.atNight) return null;
  return (
    <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
      {t('visits.night')}
    </Tag>
  );
}

/** One visit: when, who visited (optional), the households, who was there, what was heard, the requests raised. */
export function VisitItem({ visit, showWho }: { visit: TVisitView; showWho?: boolean }) {
  const { t } = useTranslation();
  const households = visit.households.map((h) => h.headName).join('、');
  return (
    <div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography.Text strong>{visit.visitedAt.slice(showWho ? 5 : 11).replace('T', ' ')}</Typography.Text>
        <VisitNightTag visit={visit} />
        {showWho && (
          <Typography.Text type="secondary">
            {visit.villageName} · {visit.personName}
          </Typography.Text>
        )}
      </div>
      <Typography.Paragraph style={{ margin: '4px 0 0' }}>
        <Typography.Text type="secondary">{t('visits.households')}：</Typography.Text>
        {households}
        {visit.attendees && (
          <>
            <br />
            <Typography.Text type="secondary">{t('visits.attendees')}：</Typography.Text>
            {visit.attendees}
          </>
        )}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 3 }}>
        {visit.heard}
      </Typography.Paragraph>
      {visit.requests.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: '6px 0 0', display: 'grid', gap: 4 }}>
          {visit.requests.map((r) => (
            <li key={r.id} style={{ display: 'flex', gap: 6, alignItems: 'baseline', minWidth: 0 }}>
              <RequestStateTag state={r.state} />
              <Link to={`/requests/${r.id}`} className="zc-ellipsis" style={{ minWidth: 0, flex: 1 }}>
                #{r.id} {t(`requests.categories.${r.category}`)} · {r.description}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The visits of a day (or a period), newest first; each a small block. */
export function VisitList({ visits, showWho }: { visits: readonly TVisitView[]; showWho?: boolean }) {
  const { t } = useTranslation();
  if (visits.length === 0)
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.none')} style={{ margin: 8 }} />
    );
  return (
    <ul
      aria-label={t('visits.section')}
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}
    >
      {visits.map((v) => (
        <li key={v.id} style={{ borderTop: '1px solid #f0f0f0', paddingTop: 10 }}>
          <VisitItem visit={v} showWho={showWho} />
        </li>
      ))}
    </ul>
  );
}
