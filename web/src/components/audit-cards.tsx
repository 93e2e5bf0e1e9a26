import type { TAuditEntry } from '@zhucun/core';
import { Card, Empty, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isKnownAuditAction, OUTCOME_COLOR, roleLabel } from '../lib/audit-actions.ts';
import { formatDateTime } from '../lib/format.ts';
import type { TPaging } from './user-table.tsx';

type Props = { entries: readonly TAuditEntry[]; loading: boolean; paging: TPaging };

/** The audit entries as compact cards, for phones. */
export function AuditCards({ entries, loading, paging }: Props) {
  const { t } = useTranslation();
  if (loading && entries.length === 0) return <Skeleton active />;
  if (entries.length === 0) return <Empty description={t('audit.empty')} />;
  return (
    <>
      <ul
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
        aria-label={t('audit.title')}
      >
        {entries.map((e) => (
          <li key={e.id}>
            <Card size="small">
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <Typography.Text strong className="zc-ellipsis">
                  {isKnownAuditAction(e.action) ? t(`audit.actions.${e.action}`) : e.action}
                </Typography.Text>
                <Tag color={OUTCOME_COLOR[e.outcome]} style={{ marginInlineEnd: 0 }}>
                  {t(`audit.outcomes.${e.outcome}`)}
                </Tag>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {formatDateTime(e.at, true)} · {e.actorName ?? t('audit.system')}
                {e.role ? ` · ${roleLabel(e.role, t)}` : ''}
              </Typography.Text>
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12, display: 'block', wordBreak: 'break-all' }}
              >
                {[e.objectType, e.objectId].filter(Boolean).join(' #') || '—'} · {e.ip ?? '—'}
              </Typography.Text>
            </Card>
          </li>
        ))}
      </ul>
      <Pagination
        simple
        style={{ marginTop: 12, justifyContent: 'center' }}
        current={paging.page}
        pageSize={paging.pageSize}
        total={paging.total}
        onChange={paging.onChange}
      />
    </>
  );
}
