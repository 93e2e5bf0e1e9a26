import { Alert, Empty, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRecallAlerts } from '../../api/duty-review.ts';
import { LoadError } from '../../components/load-error.tsx';

type Props = { year: string; years: readonly string[]; onYear: (year: string) => void };

/** 召回预警: cadres over the yearly leave limit, by village and name. */
export function RecallAlertsTab({ year, years, onYear }: Props) {
  const { t } = useTranslation();
  const alerts = useRecallAlerts(year);
  const items = [...(alerts.data?.items ?? [])].sort(
    (a, b) =>
      a.villageName.localeCompare(b.villageName, 'zh-CN') ||
      a.personName.localeCompare(b.personName, 'zh-CN'),
  );
  return (
    <>
      <div className="zc-toolbar" style={{ marginBottom: 16 }}>
        <Select<string>
          aria-label={t('dutyReview.absences.year')}
          value={year}
          options={years.map((y) => ({ value: y, label: y }))}
          onChange={onYear}
          style={{ width: 110 }}
        />
      </div>
      {alerts.isError ? (
        <LoadError error={alerts.error} onRetry={() => void alerts.refetch()} />
      ) : (
        <>
          {alerts.data && (
            <Alert
              type="warning"
              showIcon
              title={t('dutyReview.absences.recallHint', { year, limit: alerts.data.limit })}
              style={{ marginBottom: 12 }}
            />
          )}
          <Table
            rowKey="personId"
            size="middle"
            loading={alerts.isFetching}
            dataSource={items}
            pagination={false}
            locale={{ emptyText: <Empty description={t('dutyReview.absences.recallEmpty')} /> }}
            columns={[
              { title: t('dutyReview.person'), dataIndex: 'personName', key: 'name' },
              { title: t('dutyReview.village'), dataIndex: 'villageName', key: 'village' },
              {
                title: t('dutyReview.absences.leaveDays'),
                key: 'days',
                render: (_v, r) => (
                  <Typography.Text type="danger">
                    {t('dutyReview.absences.daysValue', { count: r.days })}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
