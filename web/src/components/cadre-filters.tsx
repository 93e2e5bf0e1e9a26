import {
  CADRE_CATEGORIES,
  PERSONNEL_STATUSES,
  type TCadreCategory,
  type TPersonnelStatus,
} from '@zhucun/core';
import { Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TCadreFilter } from '../lib/cadre-filter.ts';
import { useIsMobile } from './use-is-mobile.ts';

export type TOption<T> = { value: T; label: string };
type TChange = Partial<Omit<TCadreFilter, 'page'>>;

type Props = {
  filter: TCadreFilter;
  townships: readonly TOption<string>[];
  villages: readonly TOption<string>[];
  units: readonly TOption<number>[];
  /** Offer the stars filter (an account that reads ratings). */
  stars?: boolean;
  onChange: (change: TChange) => void;
};

/** The stars filter as one choice: 无星 (at most 0) or N 星及以上. */
const STAR_CHOICES = ['0', '1', '2', '3', '4'] as const;
const starChoiceOf = (f: TCadreFilter) =>
  f.starsMax === 0 ? '0' : f.starsMin !== undefined ? String(f.starsMin) : undefined;

/** The ledger's filters; they show the filter they are given and report changes. */
export function CadreFilters({ filter, townships, villages, units, stars, onChange }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  // phones: the search takes a row, the selects two to a row
  const width = (w: number) => ({ width: isMobile ? 'calc(50% - 4px)' : w });
  const search = (key: string) => ({ showSearch: { optionFilterProp: 'label' }, key });
  return (
    <div className="zc-toolbar" style={{ marginBottom: 16 }}>
      <Input.Search
        key={filter.q ?? ''}
        allowClear
        defaultValue={filter.q}
        placeholder={t('registry.search')}
        aria-label={t('registry.search')}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ width: isMobile ? '100%' : 260 }}
      />
      <Select<string>
        {...search('township')}
        allowClear
        placeholder={t('registry.allTownships')}
        aria-label={t('registry.township')}
        value={filter.township ?? (townships.length === 1 ? townships[0]?.value : undefined)}
        options={[...townships]}
        onChange={(township) => onChange({ township })}
        style={width(160)}
      />
      <Select<string>
        {...search('village')}
        allowClear
        disabled={villages.length === 0}
        placeholder={t('registry.allVillages')}
        aria-label={t('registry.village')}
        value={filter.village}
        options={[...villages]}
        onChange={(village) => onChange({ village })}
        style={width(180)}
      />
      <Select<TCadreCategory>
        allowClear
        placeholder={t('registry.allCategories')}
        aria-label={t('registry.category')}
        value={filter.category}
        options={CADRE_CATEGORIES.map((c) => ({ value: c, label: t(`registry.categories.${c}`) }))}
        onChange={(category) => onChange({ category })}
        style={width(200)}
        popupMatchSelectWidth={false}
      />
      <Select<number>
        {...search('unit')}
        allowClear
        placeholder={t('registry.allUnits')}
        aria-label={t('registry.unit')}
        value={filter.unitId}
        options={[...units]}
        onChange={(unitId) => onChange({ unitId })}
        style={width(200)}
        popupMatchSelectWidth={false}
      />
      <Select<TPersonnelStatus>
        allowClear
        placeholder={t('registry.allStatuses')}
        aria-label={t('cadre.personnelStatus')}
        value={filter.personnelStatus}
        options={PERSONNEL_STATUSES.map((s) => ({ value: s, label: t(`registry.personnel.${s}`) }))}
        onChange={(personnelStatus) => onChange({ personnelStatus })}
        style={width(160)}
      />
      {stars && (
        <Select<string>
          allowClear
          placeholder={t('ratingFollow.filter.label')}
          aria-label={t('ratingFollow.filter.label')}
          value={starChoiceOf(filter)}
          options={STAR_CHOICES.map((c) => ({
            value: c,
            label:
              c === '0'
                ? t('ratingFollow.filter.none')
                : t('ratingFollow.filter.atLeast', { count: Number(c) }),
          }))}
          onChange={(c) =>
            onChange(
              c === undefined
                ? { starsMin: undefined, starsMax: undefined }
                : c === '0'
                  ? { starsMin: undefined, starsMax: 0 }
                  : { starsMin: Number(c), starsMax: undefined },
            )
          }
          style={width(140)}
        />
      )}
      {stars && starChoiceOf(filter) !== undefined && (
        <Select<'tenure' | 'last_year'>
          aria-label={t('ratingFollow.filter.over')}
          value={filter.starsOver ?? 'tenure'}
          options={[
            { value: 'tenure', label: t('ratingFollow.filter.tenure') },
            { value: 'last_year', label: t('ratingFollow.filter.lastYear') },
          ]}
          onChange={(over) => onChange({ starsOver: over === 'last_year' ? 'last_year' : undefined })}
          style={width(120)}
        />
      )}
      <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}>
        <Switch
          id="cadre-filter-term-ending-soon"
          checked={filter.termEndingSoon === true}
          onChange={(on) => onChange({ termEndingSoon: on ? true : undefined })}
        />
        <label htmlFor="cadre-filter-term-ending-soon">{t('registry.termEndingSoonOnly')}</label>
      </span>
      <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', whiteSpace: 'nowrap' }}>
        <Switch
          id="cadre-filter-term-overdue"
          checked={filter.termOverdue === true}
          onChange={(on) => onChange({ termOverdue: on ? true : undefined })}
        />
        <label htmlFor="cadre-filter-term-overdue">{t('registry.termOverdueOnly')}</label>
      </span>
    </div>
  );
}
