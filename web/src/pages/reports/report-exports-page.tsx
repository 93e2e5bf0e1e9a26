import { DownloadOutlined } from '@ant-design/icons';
import {
  REPORT_EXPORTS,
  REPORT_SETS,
  type TPermission,
  type TReportColumn,
  type TReportExport,
} from '@zhucun/core';
import { Button, Card, Collapse, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { reportUrl } from '../../api/reports.ts';

/** The permission each report needs (the server's routes check the same). */
const NEEDS: Record<TReportExport, TPermission> = {
  registry: 'registry:read',
  presence: 'duty:read',
  requests: 'requests:read',
  projects: 'projects:read',
};

/**
 * `/reports`: 上报数据 — the four upward-reporting exports the caller may read, each with its column
 * documentation rendered from the same definitions the workbooks are written from, and a download
 * for the chosen year (and month).
 */
export function ReportExportsPage() {
  const { t } = useTranslation();
  const permissions = useSession().data?.user.permissions ?? [];
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [month, setMonth] = useState<number | null>(null);
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const columns = [
    {
      title: t('reports.columns.index'),
      key: 'index',
      width: 56,
      render: (_: unknown, _c: TReportColumn, i: number) => i + 1,
    },
    {
      title: t('reports.columns.key'),
      dataIndex: 'key',
      width: 190,
      render: (k: string) => <Typography.Text code>{k}</Typography.Text>,
    },
    { title: t('reports.columns.header'), dataIndex: 'header', width: 150 },
    {
      title: t('reports.columns.type'),
      dataIndex: 'type',
      width: 170,
      render: (ty: TReportColumn['type']) => t(`reports.types.${ty}`),
    },
    {
      title: t('reports.columns.codes'),
      key: 'codes',
      width: 260,
      render: (_: unknown, c: TReportColumn) => (c.codes ?? []).map((k) => `${k.code}=${k.label}`).join('；'),
    },
    { title: t('reports.columns.meaning'), dataIndex: 'meaning' },
  ];
  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('reports.title')}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary">{t('reports.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>{t('reports.period')}</span>
        <Select
          aria-label={t('reports.year')}
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
        <Select
          aria-label={t('reports.month')}
          virtual={false}
          listHeight={420}
          value={month ?? 0}
          onChange={(m) => setMonth(m === 0 ? null : m)}
          style={{ width: 190 }}
          options={[
            { value: 0, label: t('reports.wholeYear') },
            ...Array.from({ length: 12 }, (_, i) => ({
              value: i + 1,
              label: t('reports.monthValue', { month: i + 1 }),
            })),
          ]}
        />
      </Space>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {REPORT_EXPORTS.filter((e) => permissions.includes(NEEDS[e])).map((e) => {
          const set = REPORT_SETS[e];
          return (
            <Card
              key={e}
              data-report={e}
              title={set.title}
              extra={
                <Space>
                  <Typography.Text type="secondary">
                    {set.period ? t('reports.periodNote') : t('reports.asOfToday')}
                  </Typography.Text>
                  <Button
                    type="primary"
                    icon={<DownloadOutlined />}
                    href={reportUrl(e, year, month)}
                    download
                  >
                    {t('reports.download')}
                  </Button>
                </Space>
              }
            >
              <Typography.Paragraph>
                {t('reports.rowsAre')}
                {set.rows}。
              </Typography.Paragraph>
              <Collapse
                size="small"
                items={[
                  {
                    key: 'columns',
                    label: t('reports.columnDocs', { count: set.columns.length }),
                    children: (
                      <Table<TReportColumn>
                        rowKey="key"
                        size="small"
                        pagination={false}
                        columns={columns}
                        dataSource={[...set.columns]}
                      />
                    ),
                  },
                ]}
              />
            </Card>
          );
        })}
      </Space>
    </>
  );
}
