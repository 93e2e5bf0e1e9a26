import { isAuditAction, type TAuditEntry } from '@zhucun/core';
import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditObjectLabel, OUTCOME_COLOR, roleLabel } from '../lib/audit-actions.ts';
import { formatDateTime } from '../lib/format.ts';
import { type TPaging, useTablePagination } from './paging.ts';

type Props = { entries: readonly TAuditEntry[]; loading: boolean; paging: TPaging };

/** The audit entries, newest first as the server sends them; details expand under a row. */
export function AuditTable({ entries, loading, paging }: Props) {
  const { t } = useTranslation();
  const pagination = useTablePagination(paging);
  const columns: TableColumnsType<TAuditEntry> = [
    {
      title: t('audit.at'),
      dataIndex: 'at',
      key: 'at',
      width: 170,
      render: (v: string) => formatDateTime(v, true),
    },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 130,
      render: (_v, e) => e.actorName ?? (e.actorId === null ? t('audit.system') : `#${e.actorId}`),
    },
    {
      title: t('audit.role'),
      dataIndex: 'role',
      key: 'role',
      width: 150,
      render: (v: string | null) => roleLabel(v, t),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      width: 190,
      render: (v: string) => (
        <span title={v}>
          {isAuditAction(v) ? t(`audit.actions.${v}`) : <Typography.Text code>{v}</Typography.Text>}
        </span>
      ),
    },
    {
      title: t('audit.object'),
      key: 'object',
      width: 150,
      render: (_v, e) => auditObjectLabel(e, t),
    },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      key: 'outcome',
      width: 90,
      render: (v: TAuditEntry['outcome']) => <Tag color={OUTCOME_COLOR[v]}>{t(`audit.outcomes.${v}`)}</Tag>,
    },
    { title: t('audit.ip'), dataIndex: 'ip', key: 'ip', width: 130, render: (v: string | null) => v ?? '—' },
  ];
  return (
    <Table<TAuditEntry>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...entries]}
      loading={loading}
      scroll={{ x: 1010 }}
      locale={{ emptyText: t('audit.empty') }}
      expandable={{
        rowExpandable: (e) => e.details !== null || e.requestId !== null,
        expandedRowRender: (e) => (
          <div style={{ fontSize: 12 }}>
            {e.requestId && (
              <div>
                {t('audit.requestId')}:{' '}
                <Typography.Text code copyable>
                  {e.requestId}
                </Typography.Text>
              </div>
            )}
            {e.details && (
              <pre style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {JSON.stringify(e.details, null, 2)}
              </pre>
            )}
          </div>
        ),
      }}
      pagination={pagination}
    />
  );
}
