import type { TPermission } from '@zhucun/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifications } from '../api/notifications.ts';
import { bellLabel } from '../lib/bell-label.ts';

// the list and its wording load when the bell is opened: they are not part of 今天's first load
const NotificationsPanel = lazy(() =>
  import('./notifications-panel.tsx').then((m) => ({ default: m.NotificationsPanel })),
);

/** The bell in the header: the unread count; the list opens in a panel. */
export function Bell({ permissions }: { permissions: readonly TPermission[] }) {
  const { t } = useTranslation();
  const list = useNotifications();
  const [open, setOpen] = useState(false);
  const unread = list.data?.unread ?? 0;
  return (
    <>
      <button
        type="button"
        className="zl-icon-btn zl-bell"
        aria-label={bellLabel(t, unread)}
        title={t('duty.notifications.open')}
        onClick={() => setOpen(true)}
      >
        <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M6 17V11a6 6 0 0 1 12 0v6l2 2H4zM10 21h4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
        </svg>
        {unread > 0 && <span className="zl-badge">{unread > 99 ? '99+' : unread}</span>}
      </button>
      {open && (
        <Suspense fallback={null}>
          <NotificationsPanel permissions={permissions} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
