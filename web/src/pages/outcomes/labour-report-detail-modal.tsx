import { Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabourReport } from '../../api/outcomes.ts';
import { LoadError } from '../../components/load-error.tsx';
import { OutcomeStateTag } from './outcome-state-tag.tsx';

/** The households behind a village's month: each head's name and how many of its labourers work away. */
export function LabourReportDetailModal({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useLabourReport(id);
  const r = report.data;
  return (
    <Modal
      open
      footer={null}
      onCancel={onClose}
      title={r ? t('outcomes.report.detailTitle', { village: r.villageName, month: r.month }) : ''}
    >
      {report.isError && <LoadError error={report.error} onRetry={() => void report.refetch()} />}
      {r && (
        <>
          <OutcomeStateTag item={r} />
          <Typography.Paragraph style={{ marginTop: 8 }}>
            {t('outcomes.report.totalLine', { households: r.households, labourers: r.labourers })}
            {r.note ? ` · ${r.note}` : ''}
          </Typography.Paragraph>
          <Table
            rowKey="householdId"
            size="small"
            dataSource={r.lines}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: t('outcomes.report.household'), dataIndex: 'headName', key: 'name' },
              { title: '', dataIndex: 'address', key: 'address' },
              {
                title: t('outcomes.report.perHousehold'),
                dataIndex: 'labourers',
                key: 'n',
                align: 'right' as const,
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
