import { useQueryClient } from '@tanstack/react-query';
import { removeDraft } from '../lib/day-draft.ts';
import { discardItem, retryItem } from '../lib/outbox/outbox.ts';
import type { TOutboxItem } from '../lib/outbox/outbox-item.ts';
import { useSession } from './auth.ts';
import { useMyDay } from './duty.ts';

/**
 * A day saved on the phone while the server's record changed (the township corrected it): the server's
 * version, and the cadre's two ways out: keep theirs (sent over the version they have now seen) or the
 * server's (the phone's version and its draft go). Both dialogs (full app, light pages) use it.
 */
export function useDayConflict(item: TOutboxItem, onDone: () => void) {
  const queryClient = useQueryClient();
  const userId = useSession().data?.user.id;
  const date = item.subject.date ?? '';
  const server = useMyDay(date);
  const theirs = server.data ?? null;
  const keepMine = async () => {
    await retryItem(item, { baseVersion: theirs ? theirs.version : null });
    onDone();
  };
  const keepTheirs = async () => {
    await discardItem(item.id);
    if (userId !== undefined) removeDraft(localStorage, userId, date);
    await queryClient.invalidateQueries({ queryKey: ['duty', 'my'] });
    onDone();
  };
  return { date, server, theirs, keepMine, keepTheirs };
}
