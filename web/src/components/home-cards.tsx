import { Empty, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CardList } from './card-list.tsx';
import type { THomeListProps } from './home-table.tsx';
import { HomeKindTag, HomeLeaseTag, HomeShortfallTags } from './home-tags.tsx';

/** Homes on a phone: one card each; a tap opens the home. */
export function HomeCards({ homes, loading, paging, empty, onOpen }: THomeListProps) {
  const { t } = useTranslation();
  if (!loading && homes.length === 0) return <>{empty ?? <Empty />}</>;
  return (
    <Spin spinning={loading}>
      <CardList items={homes} label={t('homes.list')} keyOf={(h) => h.id} paging={paging}>
        {(h) => (
          <button
            type="button"
            onClick={() => onOpen(h.id)}
            aria-label={h.title}
            style={{ all: 'unset', cursor: 'pointer', display: 'block', width: '100%' }}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'start' }}>
              <Typography.Text strong style={{ minWidth: 0 }}>
                {h.title}
              </Typography.Text>
              <HomeKindTag kind={h.kind} />
            </div>
            <Typography.Text type="secondary" style={{ display: 'block', margin: '2px 0 6px' }}>
              {h.townshipName} · {h.villageName} ·{' '}
              {t('homes.roomsBedsOccupants', { rooms: h.rooms, beds: h.beds, occupants: h.occupants })}
            </Typography.Text>
            <HomeShortfallTags shortfalls={h.shortfalls} />
            <HomeLeaseTag lease={h.lease} />
          </button>
        )}
      </CardList>
    </Spin>
  );
}
