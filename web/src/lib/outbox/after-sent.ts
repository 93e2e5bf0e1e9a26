import type { TFunction } from 'i18next';
import { afterDaySent } from '../day-draft.ts';
import { outboxItemName } from './item-name.ts';
import { sentFromForm } from './outbox.ts';
import type { TFlushOutcome } from './sender.ts';

/**
 * What the outbox sent later (back online, a retry), not from the form that wrote it: the drafts of the
 * days sent go, and the cadre is told how many were sent and each refusal with its reason.
 */
export function afterOutboxSent(
  outcomes: readonly TFlushOutcome[],
  t: TFunction,
  tell: { success: (text: string) => void; error: (text: string) => void },
): void {
  for (const o of outcomes)
    if (o.result === 'sent' && o.item.kind === 'day')
      afterDaySent(localStorage, o.item.userId, o.item.subject.date ?? '', o.item.subject.queuedAt ?? '');
  const later = outcomes.filter((o) => !sentFromForm(o.id));
  const sent = later.filter((o) => o.result === 'sent').length;
  if (sent > 0) tell.success(t('outbox.sent', { count: sent }));
  for (const o of later)
    if (o.result === 'failed')
      tell.error(t('outbox.failed', { what: outboxItemName(t, o.item), message: o.item.message }));
}
