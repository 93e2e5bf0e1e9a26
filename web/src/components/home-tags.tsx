import { LEASE_ENDING_DAYS, type THomeKind, type THomeShortfall, type TLeaseState } from '@zhucun/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { shortfallLabels } from '../lib/home-labels.ts';

const KIND_COLOR: Record<THomeKind, string> = { apartment: 'blue', farmhouse: 'gold' };

/** 公寓 / 农家小院 (the short name; the full one in the tooltip). */
export function HomeKindTag({ kind }: { kind: THomeKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLOR[kind]} title={t(`homes.kinds.${kind}`)} style={{ marginInlineEnd: 0 }}>
      {t(`homes.kindsShort.${kind}`)}
    </Tag>
  );
}

/** A red tag for each thing the home lacks, or one green 达标. */
export function HomeShortfallTags({ shortfalls }: { shortfalls: readonly THomeShortfall[] }) {
  const { t } = useTranslation();
  const labels = shortfallLabels(shortfalls, t);
  if (labels.length === 0)
    return (
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        {t('homes.meetsStandard')}
      </Tag>
    );
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {labels.map((label) => (
        <Tag key={label} color="red" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {label}
        </Tag>
      ))}
    </span>
  );
}

/** 租期将满 (within 60 days) or 租期已满: a farmhouse's lease to renew; nothing while it runs. */
export function HomeLeaseTag({ lease }: { lease: TLeaseState | null }) {
  const { t } = useTranslation();
  if (lease !== 'ending' && lease !== 'ended') return null;
  return (
    <Tag
      color={lease === 'ended' ? 'red' : 'orange'}
      title={t('homes.lease.rule', { days: LEASE_ENDING_DAYS })}
      style={{ marginInlineEnd: 0, marginInlineStart: 4 }}
    >
      {t(`homes.lease.${lease}`)}
    </Tag>
  );
}
