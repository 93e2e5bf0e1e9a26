import type { TRectificationListItem, TRectificationState } from '@zhucun/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATE_COLOR: Record<TRectificationState, string> = {
  open: 'processing',
  reported: 'gold',
  township_approved: 'cyan',
  returned: 'volcano',
  closed: 'success',
};

/** A problem's state as a coloured tag. */
export function RectificationStateTag({ state }: { state: TRectificationState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOR[state]}>{t(`rectification.states.${state}`)}</Tag>;
}

/** 已逾期 and the supervising level when an overdue problem moved up (红 = overdue). */
export function RectificationFlags({ item }: { item: TRectificationListItem }) {
  const { t } = useTranslation();
  return (
    <>
      {item.overdue && <Tag color="red">{t('rectification.overdue')}</Tag>}
      {item.superviseLevel !== item.level && (
        <Tag color="purple">
          {t('rectification.supervisedBy', { level: t(`rectification.levels.${item.superviseLevel}`) })}
        </Tag>
      )}
    </>
  );
}

/** Where a problem must be fixed, as a person reads it: 村 · 乡镇, 乡镇, or 县级. */
export const placeOf = (i: TRectificationListItem) =>
  i.level === 'village' && i.township ? `${i.division.name} · ${i.township.name}` : i.division.name;
