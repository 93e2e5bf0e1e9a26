import type { TUnit } from '@zhucun/core';
import { Empty, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from './card-list.tsx';
import type { TPaging } from './paging.ts';

type Props = {
  units: readonly TUnit[];
  loading: boolean;
  paging: TPaging;
  emptyText: string;
  actions: (unit: TUnit) => ReactNode;
};

/** The dispatching units as a compact list of cards, for phones. */
export function UnitCards({ units, loading, paging, emptyText, actions }: Props) {
  const { t } = useTranslation();
  if (loading && units.length === 0) return <Skeleton active />;
  if (units.length === 0) return <Empty description={emptyText} />;
  return (
    <CardList items={units} label={t('units.title')} keyOf={(u) => u.id} paging={paging}>
      {(u) => (
        <>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {u.name}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`units.kinds.${u.kind}`)} · {t(`units.levels.${u.level}`)}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('units.contactName')} {u.contactName ?? '—'} · {u.contactPhone ?? '—'}
          </Typography.Text>
          <div style={{ marginTop: 6 }}>{actions(u)}</div>
        </>
      )}
    </CardList>
  );
}
