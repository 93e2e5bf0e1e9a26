import { BellOutlined } from '@ant-design/icons';
import { isNotificationKind, type TNotificationKind, type TPermission } from '@zhucun/core';
import { Badge, Button, Drawer, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { type TNotification, useNotifications, useReadNotification } from '../../api/notifications.ts';
import { formatDateTime } from '../../lib/format.ts';

type TKind = TNotificationKind | 'other';
const kindOf = (n: TNotification): TKind => (isNotificationKind(n.kind) ? n.kind : 'other');
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** Where an item leads: the day, my requests, the approval queue or the request (for those who may open it). */
function targetOf(n: TNotification, kind: TKind, permissions: readonly TPermission[]): string | null {
  if (kind === 'reminder' || kind === 'log_returned')
    return permissions.includes('duty:self') ? '/today' : null;
  if (kind === 'absence_decided') return permissions.includes('duty:self') ? '/leave' : null;
  if (kind === 'absence_waiting' || kind === 'recall_alert')
    return permissions.includes('duty:read') ? '/duty/absences' : null;
  if (kind === 'request_handed_up' && typeof n.payload.requestId === 'number')
    return permissions.includes('requests:read') ? `/requests/${n.payload.requestId}` : null;
  return null;
}

/** The bell in the header: the unread count, and the list in a drawer with 全部已读. */
export function NotificationBell({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const list = useNotifications();
  const read = useReadNotification();
  const [open, setOpen] = useState(false);
  const unread = list.data?.unread ?? 0;
  const permissions = session?.user.permissions ?? [];

  const detail = (n: TNotification, kind: TKind): string => {
    const p = n.payload;
    if (kind === 'log_returned')
      return t('duty.notifications.details.logReturned', { date: text(p.date), text: text(p.text) });
    if (kind === 'absence_decided') {
      const state = text(p.state);
      const label = ['approved', 'rejected', 'withdrawn', 'pending_township', 'pending_county'].includes(
        state,
      )
        ? t(`duty.leave.states.${state as 'approved'}`)
        : state;
      return t('duty.notifications.details.absenceDecided', { state: label });
    }
    if (kind === 'absence_waiting') {
      const k = text(p.kind);
      const label = k === 'leave' || k === 'official_duty' ? t(`duty.leave.kinds.${k}`) : k;
      return t('duty.notifications.details.absenceWaiting', { kind: label, startDate: text(p.startDate) });
    }
    if (kind === 'recall_alert')
      return t('duty.notifications.details.recallAlert', {
        year: text(p.year),
        days: text(p.days),
        limit: text(p.limit),
      });
    if (kind === 'login_locked') {
      const until = formatDateTime(text(p.until));
      return p.scope === 'account'
        ? t('duty.notifications.details.loginLockedAccount', { until })
        : t('duty.notifications.details.loginLockedAddress', { address: text(p.address), until });
    }
    if (kind === 'reminder' && p.date)
      return t('duty.notifications.details.reminder', { date: text(p.date) });
    return '';
  };
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
              const kind = kindOf(n);
              const more = detail(n, kind);
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
                    <Typography.Text strong={!n.read}>
                      {t(`duty.notifications.kinds.${kind}`)}
                    </Typography.Text>
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
