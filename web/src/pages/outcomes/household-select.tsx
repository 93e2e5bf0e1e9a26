import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHouseholds } from '../../api/households.ts';

type Props = {
  village: string | undefined;
  /** Households already on the report (shown by name before any search). */
  known: { value: number; label: string }[];
  value?: number;
  onChange?: (id: number | undefined) => void;
};

/** One of the village's registered households, found by the head's name. */
export function HouseholdSelect({ village, known, value, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useHouseholds(village, q);
  const options = [
    ...known,
    ...(found.data?.items ?? [])
      .filter((h) => !known.some((k) => k.value === h.id))
      .map((h) => ({ value: h.id, label: h.address ? `${h.headName}（${h.address}）` : h.headName })),
  ];
  return (
    <Select<number>
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={value}
      onChange={onChange}
      options={options}
      loading={found.isFetching}
      disabled={!village}
      placeholder={t('outcomes.report.pickHousehold')}
      aria-label={t('outcomes.report.household')}
      notFoundContent={found.data && !found.data.total ? t('outcomes.report.noHouseholds') : undefined}
      style={{ flex: 1, minWidth: 0 }}
    />
  );
}
