import { isAuditAction, type TAuditEntry } from '@zhucun/core';
import { Empty, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditObjectLabel, OUTCOME_COLOR, roleLabel } from '../lib/audit-actions.ts';
import { formatDateTime } from '../lib/format.ts';
import { CardList } from './card-list.tsx';
import type { TPaging } from './paging.ts';

type Props = { entries: readonly TAuditEntry[]; loading: boolean; paging: TPaging };

/** The audit entries as compact cards, for phones. */
export function AuditCards({ entries, loading, paging }: Props) {
  const { t } = useTranslation();
  if (loading && entries.length === 0) return <Skeleton active />;
  if (entries.length === 0) return <Empty description={t('audit.empty')} />;
  return (
    <CardList items={entries} label={t('audit.title')} keyOf={(e) => e.id} paging={paging}>
      {(e) => (
        <>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <Typography.Text strong className="zc-ellipsis">
              {isAuditAction(e.action) ? t(`audit.actions.${e.action}`) : e.action}
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
            {auditObjectLabel(e, t)} · {e.ip ?? '—'}
          </Typography.Text>
        </>
      )}
    </CardList>
  );
}
