import type { TConductItem } from '@zhucun/core';
import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A year's negative list on a phone: each item on its own lines with its deduction, veto and marks below
 * (the table's four columns leave the item's words a few characters wide at 360 px).
 */
export function ConductItemList({
  items,
  actions,
}: {
  items: readonly TConductItem[];
  /** The county's buttons for an item, when the year may change. */
  actions?: (item: TConductItem) => ReactNode;
}) {
  const { t } = useTranslation();
  const c = 'violations.catalogue';
  return (
    <ol aria-label={t(`${c}.title`)} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((i) => (
        <li key={i.id} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text delete={i.retired}>
            {i.position}. {i.conduct}
          </Typography.Text>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 6, alignItems: 'center' }}>
            {!(i.veto && i.deduction === 0) && (
              <Tag style={{ marginInlineEnd: 0 }}>
                {t(`${c}.deduction`)} {t('violations.points', { points: i.deduction })}
              </Tag>
            )}
            {i.veto && (
              <Tag color="red" style={{ marginInlineEnd: 0 }}>
                {t('violations.veto')}
              </Tag>
            )}
            {i.used && <Tag style={{ marginInlineEnd: 0 }}>{t(`${c}.used`)}</Tag>}
            {i.retired && <Tag style={{ marginInlineEnd: 0 }}>{t(`${c}.retired`)}</Tag>}
            {actions?.(i)}
          </div>
        </li>
      ))}
    </ol>
  );
}
