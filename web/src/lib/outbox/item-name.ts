import type { TFunction } from 'i18next';
import type { TOutboxItem } from './outbox-item.ts';

/** What an item is about: its date, household, span or title, as kept when it was queued. */
function about(t: TFunction, item: TOutboxItem): string {
  const s = item.subject;
  if (item.kind === 'leave') return t('outbox.subject.leave', { start: s.start ?? '', end: s.end ?? '' });
  return [s.date, s.household, s.title].filter(Boolean).join(' · ');
}

/** What the banner calls an item: its kind and what it is about ("请假申请 · 12-08 至 12-09"). */
export function outboxItemName(t: TFunction, item: TOutboxItem): string {
  return [t(`outbox.kinds.${item.kind}`), about(t, item)].filter(Boolean).join(' · ');
}
