import { BellOutlined } from '@ant-design/icons';
import { isNotificationKind, type TNotificationKind, type TPermission } from '@zhucun/core';
import { Badge, Button, Drawer, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { type TNotification, useNotifications, useReadNotification } from '../../api/notifications.ts';
import { formatDateTime } from '../../lib/format.ts';
import { notificationText } from '../../lib/notification-text.ts';

type TKind = TNotificationKind | 'other';
const kindOf = (n: TNotification): TKind => (isNotificationKind(n.kind) ? n.kind : 'other');

/** Where an item leads: the day, my requests, the approval queue or the request (for those who may open it). */
function targetOf(n: TNotification, kind: TKind, permissions: readonly TPermission[]): string | null {
  if (kind === 'reminder' || kind === 'log_returned' || kind === 'spot_check_discrepancy')
    return permissions.includes('duty:self') ? '/today' : null;
  if (kind === 'absence_decided') return permissions.includes('duty:self') ? '/leave' : null;
  if (kind === 'absence_waiting' || kind === 'recall_alert')
    return permissions.includes('duty:read') ? '/duty/absences' : null;
  if (kind === 'milestone_overdue' && typeof n.payload.projectId === 'number')
    return permissions.includes('projects:read') ? `/projects/${n.payload.projectId}` : null;
  if ((kind === 'task_assigned' || kind === 'task_overdue') && typeof n.payload.taskId === 'number')
    return permissions.includes('tasks:read') ? `/tasks/${n.payload.taskId}` : null;
  const aboutRectification =
    kind.startsWith('rectification_') || kind === 'admonishment_issued' || kind === 'cadre_admonished';
  if (aboutRectification && typeof n.payload.rectificationId === 'number')
    return permissions.includes('rectification:read') ? `/rectification/${n.payload.rectificationId}` : null;
  if (kind === 'violation_recorded' || kind === 'violation_decided')
    return permissions.includes('duty:self') ? '/my-violations' : null;
  if (kind === 'violation_answered' && typeof n.payload.violationId === 'number')
    return permissions.includes('violations:read') ? `/violations/${n.payload.violationId}` : null;
  if (kind === 'rating_notice_published' || kind === 'rating_appeal_decided')
    return permissions.includes('duty:self') ? '/my-rating' : null;
  if (kind === 'rating_appealed' && typeof n.payload.resultId === 'number')
    return permissions.includes('rating:read') ? `/rating/results/${n.payload.resultId}` : null;
  const aboutRequest = ['request_handed_up', 'request_submitted', 'request_reopened'].includes(kind);
  if (aboutRequest && typeof n.payload.requestId === 'number')
    return permissions.includes('requests:read') ? `/requests/${n.payload.requestId}` : null;
  return null;
}

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
    const target = targetOf(n, kindOf(n), permissions);
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
          aria-label={
            unread
              ? `${t('duty.notifications.open')}（${t('duty.notifications.unread', { count: unread })}）`
              : t('duty.notifications.open')
          }
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
