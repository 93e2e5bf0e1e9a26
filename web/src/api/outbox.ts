import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import type { TOutboxKind } from '@zhucun/core';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  discardItem,
  enqueueAndSend,
  flush,
  onOutboxSent,
  outboxSnapshot,
  subscribeOutbox,
  type TNewItem,
} from '../lib/outbox/outbox.ts';
import type { TOutboxItem } from '../lib/outbox/outbox-item.ts';
import type { TFlushOutcome } from '../lib/outbox/sender.ts';
import { useSession } from './auth.ts';

/** What each kind of write changes on the screens (refreshed when it reaches the server, now or later). */
const CHANGES: Record<TOutboxKind, QueryKey[]> = {
  day: [['duty', 'my'], ['tasks'], ['todos']],
  photo: [],
  visit: [['visits'], ['requests'], ['households'], ['duty', 'my'], ['todos']],
  leave: [['absences'], ['duty', 'my'], ['todos']],
  task_report: [['tasks'], ['todos']],
  project_report: [['project-plans'], ['todos']],
};

/** The signed-in user's items in the outbox, oldest first (re-rendered on every change). */
export function useOutbox(): TOutboxItem[] {
  const all = useSyncExternalStore(subscribeOutbox, outboxSnapshot);
  const userId = useSession().data?.user.id;
  return all.filter((i) => i.userId === userId);
}

/**
 * Sends the outbox when the app opens, when the browser says the connection is back, and every 30 s
 * while something waits; refreshes what was sent. Mounted once, in the signed-in frame.
 */
export function useOutboxSync(onSent: (outcomes: TFlushOutcome[]) => void): void {
  const queryClient = useQueryClient();
  const userId = useSession().data?.user.id;
  const waiting = useOutbox().some((i) => i.state === 'waiting');
  useEffect(
    () =>
      onOutboxSent((outcomes) => {
        const kinds = new Set(outcomes.filter((o) => o.result === 'sent').map((o) => o.item.kind));
        for (const kind of kinds)
          for (const queryKey of CHANGES[kind]) void queryClient.invalidateQueries({ queryKey });
        onSent(outcomes);
      }),
    [queryClient, onSent],
  );
  useEffect(() => {
    if (userId === undefined) return;
    const run = () => void flush(userId).catch(() => undefined);
    run();
    window.addEventListener('online', run);
    return () => window.removeEventListener('online', run);
  }, [userId]);
  useEffect(() => {
    if (userId === undefined || !waiting) return;
    const timer = window.setInterval(() => void flush(userId).catch(() => undefined), 30_000);
    return () => window.clearInterval(timer);
  }, [userId, waiting]);
}

type THandlers<TResult> = {
  /** The server has it (its answer). */
  onSuccess?: (result: TResult) => void;
  /** Kept on the phone for later (no connection, or a newer version on the server to compare). */
  onQueued?: (item: TOutboxItem) => void;
  /** The server refused it: the form shows why; nothing stays in the outbox. */
  onError?: (error: unknown) => void;
};

export type TWriteOutcome<TResult> =
  | { result: 'sent'; body: TResult }
  | { result: 'queued'; item: TOutboxItem };

/**
 * A write that goes through the outbox: kept on the phone first, sent at once when there is a
 * connection, else later. A refusal while the form is open goes back to the form (not to the banner).
 * `sendAsync` resolves 'sent' (the server's answer) or 'queued' (kept for later) and rejects on a refusal.
 */
export function useOutboxWrite<TVars, TResult>(describe: (vars: TVars) => TNewItem) {
  const [isPending, setPending] = useState(false);
  const ownerName = useSession().data?.user.username;
  const sendAsync = useCallback(
    async (vars: TVars): Promise<TWriteOutcome<TResult>> => {
      setPending(true);
      try {
        const outcome = await enqueueAndSend({ ownerName, ...describe(vars) });
        if (outcome.result === 'sent') return { result: 'sent', body: outcome.body as TResult };
        if (outcome.result === 'failed') {
          await discardItem(outcome.id);
          throw outcome.error;
        }
        return { result: 'queued', item: outcome.item };
      } finally {
        setPending(false);
      }
    },
    [describe, ownerName],
  );
  const mutate = useCallback(
    (vars: TVars, handlers: THandlers<TResult> = {}) =>
      void sendAsync(vars).then(
        (done) => (done.result === 'sent' ? handlers.onSuccess?.(done.body) : handlers.onQueued?.(done.item)),
        (error: unknown) => handlers.onError?.(error),
      ),
    [sendAsync],
  );
  return { isPending, mutate, sendAsync };
}
