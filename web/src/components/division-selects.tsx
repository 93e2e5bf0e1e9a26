import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from './use-is-mobile.ts';

type TOption = { value: string; label: string };
type Props = {
  townships: readonly TOption[];
  villages: readonly TOption[];
  township?: string;
  village?: string;
  /** A new township clears the village. */
  onChange: (change: { township?: string; village?: string }) => void;
  /** What an empty picker says (a filter's default: all townships, all villages). */
  placeholders?: { township: string; village: string };
};

/** Township and village pickers of a filter bar (the township one only when there is a choice). */
export function DivisionSelects({ townships, villages, township, village, onChange, placeholders }: Props) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const both = townships.length > 1 && villages.length > 0;
  // on a phone the two share a line; one alone takes it
  const width = (w: number) => ({ width: isMobile ? (both ? 'calc(50% - 4px)' : '100%') : w });
  const search = { showSearch: { optionFilterProp: 'label' } };
  return (
    <>
      {townships.length > 1 && (
        <Select<string>
          {...search}
          allowClear
          placeholder={placeholders?.township ?? t('dutyReview.allTownships')}
          aria-label={t('dutyReview.township')}
          value={township}
          options={[...townships]}
          onChange={(v) => onChange({ township: v, village: undefined })}
          style={width(150)}
        />
      )}
      {villages.length > 0 && (
        <Select<string>
          {...search}
          allowClear
          placeholder={placeholders?.village ?? t('dutyReview.allVillages')}
          aria-label={t('dutyReview.village')}
          value={village}
          options={[...villages]}
          onChange={(v) => onChange({ township, village: v })}
          style={width(170)}
        />
      )}
    </>
  );
}
