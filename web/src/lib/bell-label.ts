import type { TFunction } from 'i18next';

/** What the bell button is called, with the unread count when there is one: 消息通知（3 条未读）. */
export function bellLabel(t: TFunction, unread: number): string {
  const open = t('duty.notifications.open');
  return unread ? `${open}（${t('duty.notifications.unread', { count: unread })}）` : open;
}
