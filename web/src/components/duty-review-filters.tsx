import { DatePicker, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from './use-is-mobile.ts';

export type TOption<T> = { value: T; label: string };
export type TDivisionFilter = {
  township?: string;
  village?: string;
  from?: string;
  to?: string;
  returned?: boolean;
};

type Props = {
  filter: TDivisionFilter;
  townships: readonly TOption<string>[];
  villages: readonly TOption<string>[];
  /** Leave out the village picker (lists kept per township). */
  noVillage?: boolean;
  /** Show the date range. */
  dates?: boolean;
  /** Show the "只看退回的" switch (the work logs). */
  returned?: boolean;
  onChange: (change: Partial<TDivisionFilter>) => void;
  /** Controls shown first in the same row (a week or year picker). */
  leading?: ReactNode;
};

/** Township, village, dates and "returned only", as asked; shows the filter it is given, reports changes. */
export function DutyReviewFilters(props: Props) {
  const { filter, townships, villages, noVillage, dates, returned, onChange, leading } = props;
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const width = (w: number) => ({ width: isMobile ? 'calc(50% - 4px)' : w });
  const search = { showSearch: { optionFilterProp: 'label' } };
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null;
  return (
    <div className="zc-toolbar" style={{ marginBottom: 16 }}>
      {leading}
      <Select<string>
        {...search}
        allowClear
        placeholder={t('dutyReview.allTownships')}
        aria-label={t('dutyReview.township')}
        value={filter.township}
        options={[...townships]}
        onChange={(township) => onChange({ township, village: undefined })}
        style={width(160)}
      />
      {!noVillage && (
        <Select<string>
          {...search}
          allowClear
          disabled={!filter.township && townships.length !== 1}
          placeholder={t('dutyReview.allVillages')}
          aria-label={t('dutyReview.village')}
          value={filter.village}
          options={[...villages]}
          onChange={(village) => onChange({ village })}
          style={width(180)}
        />
      )}
      {dates && (
        <DatePicker.RangePicker
          aria-label={t('dutyReview.dates')}
          value={range}
          onChange={(v) => onChange({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
          style={{ width: isMobile ? '100%' : 260 }}
        />
      )}
      {returned && (
        <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}>
          <Switch
            id="duty-filter-returned"
            checked={filter.returned === true}
            onChange={(on) => onChange({ returned: on ? true : undefined })}
          />
          <label htmlFor="duty-filter-returned">{t('dutyReview.logs.returnedOnly')}</label>
        </span>
      )}
    </div>
  );
}
