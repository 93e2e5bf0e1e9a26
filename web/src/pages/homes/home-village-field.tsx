import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DivisionSelects } from '../../components/division-selects.tsx';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';

type Props = {
  /** Set by Form.Item: the village's code. */
  value?: string;
  onChange?: (villageCode: string | undefined) => void;
  /** The chosen village's name, for the default title. */
  onName?: (name: string | undefined) => void;
};

/** The village of a new home: township then village (a township admin sees only their villages). */
export function HomeVillageField({ value, onChange, onName }: Props) {
  const [picked, setPicked] = useState<string | undefined>(value?.slice(0, 9));
  const township = value ? value.slice(0, 9) : picked;
  const { townships, villages } = useDivisionOptions(township);
  const { t } = useTranslation();
  return (
    <div className="zc-toolbar">
      <DivisionSelects
        townships={townships}
        villages={villages}
        township={township}
        village={value}
        placeholders={{ township: t('homes.form.pickTownship'), village: t('homes.form.pickVillage') }}
        onChange={(c) => {
          setPicked(c.township);
          onChange?.(c.village);
          onName?.(villages.find((v) => v.value === c.village)?.label);
        }}
      />
    </div>
  );
}
