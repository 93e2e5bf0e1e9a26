import type { TTaskCompletionReport } from '@zhucun/core';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type TRow = TTaskCompletionReport['rows'][number];
const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/**
 * 完成情况: counts and shares by township (everything under it) and by village beneath it, in code
 * order, never sorted by share and never naming a person (counts, not a ranking).
 */
export function TaskCompletionTable({
  report,
  loading,
}: {
  report?: TTaskCompletionReport;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const k = 'tasks.completion';
  return (
    <div>
      <Typography.Paragraph type="secondary">{t(`${k}.note`)}</Typography.Paragraph>
      <Table<TRow>
        size="small"
        rowKey="code"
        loading={loading}
        pagination={false}
        scroll={{ x: 760 }}
        dataSource={report?.rows ?? []}
        columns={[
          {
            title: t(`${k}.place`),
            key: 'place',
            render: (_, r) =>
              r.level === 'township' ? (
                <strong>{r.name}</strong>
              ) : (
                <span style={{ paddingInlineStart: 16 }}>{r.name}</span>
              ),
          },
          { title: t(`${k}.total`), dataIndex: 'total', align: 'right' },
          { title: t(`${k}.done`), dataIndex: 'done', align: 'right' },
          { title: t(`${k}.doneOnTime`), dataIndex: 'doneOnTime', align: 'right' },
          {
            title: t(`${k}.overdue`),
            dataIndex: 'overdue',
            align: 'right',
            render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : v),
          },
          { title: t(`${k}.open`), dataIndex: 'open', align: 'right' },
          { title: t(`${k}.doneShare`), dataIndex: 'doneShare', align: 'right', render: pct },
          { title: t(`${k}.onTimeShare`), dataIndex: 'onTimeShare', align: 'right', render: pct },
        ]}
      />
    </div>
  );
}
