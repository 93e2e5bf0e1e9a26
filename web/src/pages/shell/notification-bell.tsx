import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { type TNotification, useNotifications, useReadNotification } from '../../api/notifications.ts';
import { bellLabel } from '../../lib/bell-label.ts';
import { formatDateTime } from '../../lib/format.ts';
import { notificationTarget } from '../../lib/notification-target.ts';
import { notificationText } from '../../lib/notification-text.ts';

/** The bell in the header: the unread count, and the list in a drawer with 全部已读. */
export function NotificationBell({ compact }: { compact: boolean }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const list = useNotifications();
  const read = useReadNotification();
  const [open, setOpen] = useState(false);
  const unread = list.data?.unread ?? 0;
  const permissions = session?.user.permissions ?? [];

  const openItem = (n: TNotification) => {
    if (!n.read) read.mutate(n.id);
    const target = notificationTarget(n, permissions);
    if (!target) return;
    setOpen(false);
    void navigate(target);
  };

  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          size={compact ? 'small' : 'middle'}
          icon={<BellOutlined />}
          aria-label={bellLabel(t, unread)}
          title={t('duty.notifications.open')}
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        placement="right"
        size={compact ? 320 : 400}
        open={open}
        onClose={() => setOpen(false)}
        title={t('duty.notifications.title')}
        extra={
          <Button
            size="small"
            disabled={unread === 0}
            loading={read.isPending && read.variables === 'all'}
            onClick={() => read.mutate('all')}
          >
            {t('duty.notifications.readAll')}
          </Button>
        }
        styles={{ body: { padding: 0 } }}
      >
        {list.data && list.data.items.length > 0 ? (
          <List
            aria-label={t('duty.notifications.title')}
            dataSource={list.data.items}
            renderItem={(n) => {
              const { title, detail: more } = notificationText(n, t, i18n.language);
              return (
                <List.Item
                  onClick={() => openItem(n)}
                  style={{
                    cursor: 'pointer',
                    padding: '12px 16px',
                    background: n.read ? undefined : '#e6f4ff',
                  }}
                >
                  <div style={{ minWidth: 0, width: '100%' }}>
                    <Typography.Text strong={!n.read}>{title}</Typography.Text>
                    {more && (
                      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                        {more}
                      </Typography.Paragraph>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </div>
                </List.Item>
              );
            }}
          />
        ) : (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('duty.notifications.empty')}
            style={{ marginTop: 48 }}
          />
        )}
      </Drawer>
    </>
  );
}
