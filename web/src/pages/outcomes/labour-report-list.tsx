import type { TLabourReport, TLabourReportQuery } from '@zhucun/core';
import { Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabourReports } from '../../api/outcomes.ts';
import { LoadError } from '../../components/load-error.tsx';
import { OutcomeStateTag } from './outcome-state-tag.tsx';

type Props = {
  filter: TLabourReportQuery;
  canReport: boolean;
  canReview: boolean;
  isMobile: boolean;
  onView: (id: number) => void;
  onCorrect: (id: number) => void;
  onApprove: (id: number) => void;
  onReturn: (id: number) => void;
};

/** Villages' months of labour: state, figure, who sent and reviewed; the county's decisions and the corrections. */
export function LabourReportList(p: Props) {
  const { t } = useTranslation();
  const reports = useLabourReports(p.filter);
  if (reports.isError) return <LoadError error={reports.error} onRetry={() => void reports.refetch()} />;
  const columns = [
    {
      title: t('outcomes.village'),
      key: 'village',
      render: (_: unknown, r: TLabourReport) => `${r.townshipName} · ${r.villageName}`,
    },
    { title: t('outcomes.month'), dataIndex: 'month', key: 'month', width: 90 },
    {
      title: t('outcomes.report.labourers'),
      dataIndex: 'labourers',
      key: 'labourers',
      width: 110,
      align: 'right' as const,
    },
    {
      title: t('outcomes.report.households'),
      dataIndex: 'households',
      key: 'households',
      width: 70,
      align: 'right' as const,
    },
    {
      title: t('outcomes.review.state'),
      key: 'state',
      render: (_: unknown, r: TLabourReport) => <OutcomeStateTag item={r} />,
    },
    {
      title: t('outcomes.review.submitted'),
      key: 'submitted',
      width: 150,
      render: (_: unknown, r: TLabourReport) => (
        <Typography.Text type="secondary">{`${r.submittedByName ?? ''} ${r.submittedAt}`}</Typography.Text>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 230,
      render: (_: unknown, r: TLabourReport) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => p.onView(r.id)}>
            {t('outcomes.report.view')}
          </Button>
          {p.canReport && r.state !== 'approved' && (
            <Button type="link" size="small" onClick={() => p.onCorrect(r.id)}>
              {t('outcomes.review.correct')}
            </Button>
          )}
          {p.canReview && r.state === 'submitted' && (
            <>
              <Button type="link" size="small" onClick={() => p.onApprove(r.id)}>
                {t('outcomes.review.approve')}
              </Button>
              <Button type="link" size="small" danger onClick={() => p.onReturn(r.id)}>
                {t('outcomes.review.return')}
              </Button>
            </>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<TLabourReport>
      rowKey="id"
      size={p.isMobile ? 'small' : 'middle'}
      loading={reports.isFetching}
      dataSource={reports.data?.items ?? []}
      columns={columns}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('outcomes.report.empty') }}
    />
  );
}
