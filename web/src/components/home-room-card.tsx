import { LogoutOutlined, UserAddOutlined } from '@ant-design/icons';
import type { THomeOccupant, THomeRoomView } from '@zhucun/core';
import { Button, Card, Empty, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  room: THomeRoomView;
  canWrite: boolean;
  onAssign: (room: THomeRoomView) => void;
  onMoveOut: (room: THomeRoomView, occupant: THomeOccupant) => Promise<unknown>;
};

/** One room: its beds and who lives there (name, post, since), with 搬出 and 安排入住 for the township. */
export function HomeRoomCard({ room, canWrite, onAssign, onMoveOut }: Props) {
  const { t } = useTranslation();
  const full = room.occupants.length >= room.beds;
  // the category only when the post does not already say it (驻村工作队员 · 驻村工作队员)
  const category = (o: THomeOccupant) => {
    const label = o.category ? t(`registry.categories.${o.category}`) : null;
    return label && label !== o.postTitle ? label : null;
  };
  return (
    <Card
      size="small"
      title={room.label}
      extra={
        <Typography.Text type="secondary">{t('homes.detail.bedsOf', { beds: room.beds })}</Typography.Text>
      }
      style={{ height: '100%' }}
      aria-label={room.label}
      role="group"
    >
      {room.occupants.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('homes.detail.vacant')}
          style={{ margin: 8 }}
        />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
          {room.occupants.map((o) => (
            <li key={o.personId} style={{ display: 'flex', gap: 8, alignItems: 'start' }}>
              <div style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text strong>{o.name}</Typography.Text>{' '}
                <Typography.Text type="secondary">{o.postTitle ?? ''}</Typography.Text>
                {o.category === null && (
                  // the posting has ended: the bed is still taken until the township moves them out
                  <Tag color="orange" style={{ marginInlineStart: 4 }}>
                    {t('homes.detail.postingEnded')}
                  </Tag>
                )}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[category(o), t('homes.detail.since', { date: o.since })].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </div>
              </div>
              {canWrite && (
                <Popconfirm
                  title={t('homes.detail.moveOutConfirm', { name: o.name, room: room.label })}
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => onMoveOut(room, o)}
                >
                  <Button
                    size="small"
                    icon={<LogoutOutlined />}
                    aria-label={`${t('homes.detail.moveOut')} ${o.name}`}
                  >
                    {t('homes.detail.moveOut')}
                  </Button>
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && !full && (
        <Button
          type="dashed"
          block
          icon={<UserAddOutlined />}
          style={{ marginTop: 12 }}
          onClick={() => onAssign(room)}
        >
          {t('homes.detail.assign')}
        </Button>
      )}
    </Card>
  );
}
