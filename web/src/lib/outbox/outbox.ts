import { ApiError, apiRequest, errorMessage } from '../../api/client.ts';
import { idbOutboxStore } from './idb-store.ts';
import { byCreation, newClientId, type TOutboxItem, type TOutboxStore } from './outbox-item.ts';
import { rememberPhoto } from './photo-ids.ts';
import { flushOutbox, outboxHeaders, type TFlushOutcome, type TSendResult } from './sender.ts';

/**
 * The phone's outbox (docs/web.md): every write a cadre makes in the field goes here first, then to the
 * server; what could not be sent stays, survives a reload, and is sent when the connection returns.
 */
const store: TOutboxStore = idbOutboxStore;
let items: TOutboxItem[] = [];
const listeners = new Set<() => void>();
let chain: Promise<unknown> = Promise.resolve();
/** Items being sent while their form waits for the answer (the form tells the cadre, not the banner). */
const foreground = new Set<string>();
/**
 * Items this page is sending right now. An item stored as `sending` but not here was left so by a page
 * closed mid-send: the next run sends it again, and it may be discarded like a waiting one.
 */
const inFlight = new Set<string>();

/** Whether an item's answer goes to the form that sent it, rather than to the banner. */
export const sentFromForm = (id: string): boolean => foreground.has(id);
const sentListeners = new Set<(outcomes: TFlushOutcome[]) => void>();

async function refresh(): Promise<void> {
  try {
    items = (await store.list()).sort(byCreation);
  } catch {
    items = [];
  }
  for (const listener of listeners) listener();
}

/** For `useSyncExternalStore`: every item on this phone, oldest first. */
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) void refresh();
  return () => listeners.delete(listener);
}
export const outboxSnapshot = (): TOutboxItem[] => items;

/** Hears every run's outcomes (to refresh what was sent and to tell the cadre). */
export function onOutboxSent(listener: (outcomes: TFlushOutcome[]) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

async function send(item: TOutboxItem, headers: Record<string, string>): Promise<TSendResult> {
  inFlight.add(item.id);
  try {
    const body = await apiRequest<unknown>(item.path, {
      method: item.method,
      body: item.body,
      query: item.query,
      headers,
    });
    return { ok: true, body };
  } catch (error) {
    if (error instanceof ApiError)
      return { ok: false, status: error.status, code: error.code, message: error.message, error };
    return { ok: false, status: 0, code: 'network', message: errorMessage(error), error };
  } finally {
    inFlight.delete(item.id);
  }
}

/** Sends what waits, one run at a time (a second call runs after the first); resolves with this run's outcomes. */
export function flush(userId: number): Promise<TFlushOutcome[]> {
  const run = chain.then(async () => {
    const outcomes = navigator.onLine ? await flushOutbox(store, userId, send) : [];
    for (const o of outcomes) {
      const id = o.result === 'sent' && o.item.kind === 'photo' ? (o.body as { id?: unknown }).id : null;
      if (typeof id === 'number') rememberPhoto(o.id, id);
    }
    await refresh();
    if (outcomes.length > 0) for (const listener of sentListeners) listener(outcomes);
    return outcomes;
  });
  chain = run.catch(() => undefined);
  return run;
}

export type TNewItem = Omit<TOutboxItem, 'id' | 'createdAt' | 'state'> & { id?: string };

/** Keeps a write in the outbox (before anything is sent); answers it with its client id. */
export async function enqueue(input: TNewItem): Promise<TOutboxItem> {
  // a PUT replaces the whole record: an earlier unsent save of the same record is superseded
  if (input.method === 'PUT')
    for (const other of await store.list())
      if (other.userId === input.userId && other.path === input.path && other.state !== 'sending')
        await store.remove(other.id);
  const item: TOutboxItem = {
    ...input,
    id: input.id ?? newClientId(),
    createdAt: new Date().toISOString(),
    state: 'waiting',
  };
  await store.put(item);
  await refresh();
  return item;
}

/**
 * Keeps a write and sends it at once when there is a connection: answers what became of it ('sent' with
 * the server's answer; 'waiting' when it stays for later; 'failed' or 'conflict' with the refusal).
 */
export async function enqueueAndSend(input: TNewItem): Promise<TFlushOutcome> {
  let item: TOutboxItem;
  try {
    item = await enqueue(input);
  } catch {
    return sendWithoutOutbox(input);
  }
  foreground.add(item.id);
  const outcomes = await flush(item.userId).finally(() => foreground.delete(item.id));
  const mine = outcomes.find((o) => o.id === item.id);
  if (mine) return mine;
  const still = items.find((i) => i.id === item.id);
  return still
    ? { id: item.id, item: still, result: 'waiting' }
    : { id: item.id, item, result: 'sent', body: null };
}

/** The browser keeps no IndexedDB (a private window): the write is sent as it is, and a failure is the form's. */
async function sendWithoutOutbox(input: TNewItem): Promise<TFlushOutcome> {
  const item: TOutboxItem = { ...input, id: input.id ?? newClientId(), createdAt: '', state: 'sending' };
  const answer = await send(item, outboxHeaders(item));
  if (answer.ok) return { id: item.id, item, result: 'sent', body: answer.body };
  return { id: item.id, item: { ...item, state: 'failed' }, result: 'failed', error: answer.error };
}

/** Makes an item wait again (retry after a refusal, or after the cadre chose their version). */
export async function retryItem(item: TOutboxItem, change: Partial<TOutboxItem> = {}): Promise<void> {
  await store.put({ ...item, ...change, state: 'waiting', message: undefined });
  await flush(item.userId);
}

/** Drops one item (the cadre gave it up); a photo's writes then go without it. */
export async function discardItem(id: string): Promise<void> {
  await store.remove(id).catch(() => undefined);
  await refresh();
}

/**
 * Drops the items that match (another account's, when someone else signs in on this phone), but not
 * one this page is sending now.
 */
export async function discardWhere(match: (item: TOutboxItem) => boolean): Promise<void> {
  for (const item of await store.list())
    if (match(item) && !inFlight.has(item.id)) await store.remove(item.id);
  await refresh();
}

/** Everything in the outbox (sign-out, another account). */
export async function clearOutbox(): Promise<void> {
  await store.clear();
  await refresh();
}

/** The items now kept on this phone (read from storage, not the last snapshot). */
export async function outboxItems(): Promise<TOutboxItem[]> {
  return (await store.list()).sort(byCreation);
}
