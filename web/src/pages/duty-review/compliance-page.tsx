import { DownloadOutlined } from '@ant-design/icons';
import { addDays, mondaysOfYear } from '@zhucun/core';
import { Button, Card, DatePicker, Select, Space, Tabs, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { attendanceUrl, useComplianceWeek, useComplianceYear, useMissingDays } from '../../api/compliance.ts';
import { DutyReviewComplianceWeek } from '../../components/duty-review-compliance-week.tsx';
import { DutyReviewComplianceYear } from '../../components/duty-review-compliance-year.tsx';
import { DutyReviewFilters } from '../../components/duty-review-filters.tsx';
import { DutyReviewMissingList } from '../../components/duty-review-missing-list.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from './use-division-options.ts';

const TABS = ['week', 'year', 'missing'] as const;
type TTab = (typeof TABS)[number];

/** The Monday of the week holding `d`, whatever the locale's first day of the week. */
const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day');

/** `/duty/compliance`: 五天四夜 of a week, of a year, and who did not record a working day (by default the last one). */
export function CompliancePage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) || undefined;
  const tab: TTab = TABS.find((x) => x === params.get('tab')) ?? 'week';
  const township = get('township');
  const village = get('village');
  const division = village ?? township;
  const week = get('week');
  const year = get('year') ?? String(dayjs().year());
  const date = get('date');
  const set = (change: Record<string, string | undefined>) => setParams(changedParams(params, change));
  const { townships, villages } = useDivisionOptions(township);
  const weekQ = useComplianceWeek({ week, division }, tab === 'week');
  const yearQ = useComplianceYear({ year, division }, tab === 'year');
  const missingQ = useMissingDays({ date, division }, tab === 'missing');
  const [month, setMonth] = useState(dayjs());
  const exportTownship = township ?? (townships.length === 1 ? townships[0]?.value : undefined);
  const years = [0, 1, 2].map((n) => String(dayjs().year() - n));
  const yearWeeks = mondaysOfYear(Number(year));

  const filters = (leading: ReactNode) => (
    <DutyReviewFilters
      filter={{ township, village }}
      townships={townships}
      villages={villages}
      onChange={(c) => set({ township: c.township, village: c.village })}
      leading={leading}
    />
  );
  const failed = (q: { isError: boolean; error: unknown; refetch: () => unknown }) =>
    q.isError ? <LoadError error={q.error} onRetry={() => void q.refetch()} /> : null;

  const items = [
    {
      key: 'week',
      label: t('dutyReview.compliance.week'),
      children: (
        <>
          {filters(
            <DatePicker
              picker="week"
              aria-label={t('dutyReview.compliance.pickWeek')}
              allowClear={false}
              value={dayjs(week ?? weekQ.data?.monday ?? undefined)}
              format={() => (weekQ.data ? t('dutyReview.compliance.weekOf', weekQ.data) : (week ?? ''))}
              onChange={(d) => set({ week: d ? mondayOf(d).format('YYYY-MM-DD') : undefined })}
              style={{ width: isMobile ? '100%' : 240 }}
            />,
          )}
          {failed(weekQ) ?? <DutyReviewComplianceWeek week={weekQ.data} loading={weekQ.isFetching} />}
        </>
      ),
    },
    {
      key: 'year',
      label: t('dutyReview.compliance.year'),
      children: (
        <>
          {filters(
            <Select<string>
              aria-label={t('dutyReview.compliance.year')}
              value={year}
              options={years.map((y) => ({ value: y, label: y }))}
              onChange={(y) => set({ year: y })}
              style={{ width: 110 }}
            />,
          )}
          <Typography.Paragraph type="secondary">
            {t('dutyReview.compliance.yearWeeks', {
              year,
              weeks: yearWeeks.length,
              first: yearWeeks[0] ?? '',
              last: addDays(yearWeeks.at(-1)!, 6),
            })}
          </Typography.Paragraph>
          {failed(yearQ) ?? <DutyReviewComplianceYear year={yearQ.data} loading={yearQ.isFetching} />}
        </>
      ),
    },
    {
      key: 'missing',
      label: t('dutyReview.compliance.missing'),
      children: (
        <>
          {filters(
            <DatePicker
              aria-label={t('dutyReview.compliance.missingDate')}
              value={date ? dayjs(date) : missingQ.data ? dayjs(missingQ.data.date) : null}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              onChange={(d) => set({ date: d?.format('YYYY-MM-DD') })}
            />,
          )}
          {failed(missingQ) ?? (
            <DutyReviewMissingList missing={missingQ.data} loading={missingQ.isFetching} />
          )}
        </>
      ),
    },
  ];

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('dutyReview.compliance.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('dutyReview.compliance.hint')}</Typography.Text>
        </div>
        <Space.Compact>
          <DatePicker
            picker="month"
            aria-label={t('dutyReview.compliance.exportMonth')}
            allowClear={false}
            value={month}
            onChange={(d) => d && setMonth(d)}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
            style={{ width: 120 }}
          />
          <Tooltip title={exportTownship ? undefined : t('dutyReview.compliance.exportTownshipFirst')}>
            <Button
              icon={<DownloadOutlined />}
              disabled={!exportTownship}
              href={exportTownship ? attendanceUrl(exportTownship, month.format('YYYY-MM')) : undefined}
              download
            >
              {t('dutyReview.compliance.exportAttendance')}
            </Button>
          </Tooltip>
        </Space.Compact>
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24, paddingTop: 4 } }}>
        <Tabs activeKey={tab} items={items} onChange={(key) => set({ tab: key })} />
      </Card>
    </>
  );
}
