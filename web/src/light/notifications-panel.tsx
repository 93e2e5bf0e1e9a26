import type { TPermission } from '@zhucun/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TNotification, useNotifications, useReadNotification } from '../api/notifications.ts';
import { i18n } from '../i18n/index.ts';
import { formatDateTime } from '../lib/format.ts';
import { notificationTarget } from '../lib/notification-target.ts';
import { notificationText } from '../lib/notification-text.ts';
import { Dialog } from './ui/dialog.tsx';
import { Loading } from './ui/status.tsx';

/**
 * The messages name projects, meetings, requests and ratings: their wording is the whole app's, loaded
 * with this panel (not with 今天) and added to the light pages' strings.
 */
async function loadAllStrings(language: string): Promise<void> {
  if (language === 'en-US') {
    const { enUS } = await import('../i18n/en-US.ts');
    i18n.addResourceBundle('en-US', 'translation', enUS, true, false);
  } else {
    const { zhCN } = await import('../i18n/zh-CN.ts');
    i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, false);
  }
}

/** The bell's list: newest first, unread marked; a message opens what it is about. */
export function NotificationsPanel({
  permissions,
  onClose,
}: {
  permissions: readonly TPermission[];
  onClose: () => void;
}) {
  const { t, i18n: current } = useTranslation();
  const list = useNotifications();
  const read = useReadNotification();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void loadAllStrings(current.language).then(() => setReady(true));
  }, [current.language]);
  const unread = list.data?.unread ?? 0;
  const open = (n: TNotification) => {
    if (!n.read) read.mutate(n.id);
    const target = notificationTarget(n, permissions);
    if (!target) return;
    onClose();
    // a light page opens in place; the others are the full app's
    window.location.assign(target);
  };
  return (
    <Dialog
      title={t('duty.notifications.title')}
      placement="sheet"
      onClose={onClose}
      extra={
        <button
          type="button"
          className="zl-btn zl-btn-small"
          disabled={unread === 0 || read.isPending}
          onClick={() => read.mutate('all')}
        >
          {t('duty.notifications.readAll')}
        </button>
      }
    >
      {!ready || !list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p className="zl-empty">{t('duty.notifications.empty')}</p>
      ) : (
        <ul className="zl-list zl-notes" aria-label={t('duty.notifications.title')}>
          {list.data.items.map((n) => {
            const { title, detail } = notificationText(n, t, current.language);
            return (
              <li key={n.id} className={n.read ? undefined : 'zl-unread'}>
                <button type="button" className="zl-note" onClick={() => open(n)}>
                  <span className={n.read ? undefined : 'zl-strong'}>{title}</span>
                  {detail && <span className="zl-muted zl-clamp">{detail}</span>}
                  <span className="zl-muted zl-small">{formatDateTime(n.createdAt)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
