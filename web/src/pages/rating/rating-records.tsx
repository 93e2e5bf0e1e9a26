import type { TPermission, TRatingRecordRef } from '@zhucun/core';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/auth.ts';

/** Where a record behind a figure opens, for a reader with these permissions (null: nowhere to go). */
export function recordPath(r: TRatingRecordRef, permissions: readonly TPermission[]): string | null {
  const has = (p: TPermission) => permissions.includes(p);
  switch (r.kind) {
    case 'request':
      return has('requests:read') ? `/requests/${r.id}` : null;
    case 'task':
      return has('tasks:read') ? `/tasks/${r.id}` : null;
    case 'project':
      return has('projects:read') ? `/projects/${r.id}` : null;
    case 'rectification':
      return has('rectification:read') ? `/rectification/${r.id}` : null;
    case 'violation':
      if (has('violations:read')) return `/violations/${r.id}`;
      return has('duty:self') ? '/my-violations' : null;
    case 'visit':
      return has('requests:read') ? '/visits' : null;
    case 'spot_check':
      return has('duty:read') ? '/duty/spot-checks' : null;
    case 'week':
      return has('duty:read') && r.date ? `/duty/compliance?tab=week&week=${r.date}` : null;
    default:
      return null;
  }
}

/** The records behind a figure as links (each named by kind and number or week), and how many more. */
export function RecordLinks({ records, more = 0 }: { records: readonly TRatingRecordRef[]; more?: number }) {
  const { t } = useTranslation();
  const permissions = useSession().data?.user.permissions ?? [];
  if (records.length === 0 && more === 0)
    return <Typography.Text type="secondary">{t('rating.explain.noRecords')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {records.map((r) => {
        const name =
          r.kind === 'week'
            ? t('rating.records.week', { date: r.date })
            : t('rating.records.item', { kind: t(`rating.records.kinds.${r.kind}`), id: r.id });
        const text = [
          name,
          r.score !== null ? t('rating.records.score', { score: r.score }) : '',
          r.done === false ? t(r.kind === 'week' ? 'rating.records.notMet' : 'rating.records.notDone') : '',
        ].join('');
        const path = recordPath(r, permissions);
        return (
          <Tag key={`${r.kind}-${r.id ?? r.date}-${r.done}`} color={r.done === false ? 'orange' : undefined}>
            {path ? <Link to={path}>{text}</Link> : text}
          </Tag>
        );
      })}
      {more > 0 && (
        <Typography.Text type="secondary">{t('rating.records.more', { count: more })}</Typography.Text>
      )}
    </Space>
  );
}
