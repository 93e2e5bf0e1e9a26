import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCadres } from '../../api/cadres.ts';

export type TPicked = { value: number; label: string };
type Props = {
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** Cadres already known by name (e.g. from a random draw), so a preset value shows its name. */
  known: readonly TPicked[];
  id?: string;
};

/** Searches the ledger by name within the caller's scope and picks one cadre (a person id). */
export function CadrePicker({ value, onChange, known, id }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const cadres = useCadres({ q: q || undefined, page: 1, pageSize: 20 });
  const found = (cadres.data?.items ?? []).map((c) => ({
    value: c.id,
    label: c.posting ? `${c.name}（${c.posting.villageName}）` : c.name,
  }));
  const options = [...known.filter((k) => !found.some((f) => f.value === k.value)), ...found];
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      allowClear
      value={value}
      onChange={onChange}
      options={options}
      loading={cadres.isFetching}
      placeholder={t('dutyReview.spotChecks.personPlaceholder')}
      notFoundContent={null}
    />
  );
}
