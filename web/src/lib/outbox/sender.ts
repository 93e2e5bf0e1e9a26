import { byCreation, type TOutboxItem, type TOutboxStore } from './outbox-item.ts';

/** What the server answered: the body, or the refusal (status 0: no connection). */
export type TSendResult =
  | { ok: true; body: unknown }
  | { ok: false; status: number; code: string; message: string; error: unknown };

export type TSend = (item: TOutboxItem, headers: Record<string, string>) => Promise<TSendResult>;

/** What became of one item in a run of the outbox. */
export type TFlushOutcome =
  | { id: string; item: TOutboxItem; result: 'sent'; body: unknown }
  | { id: string; item: TOutboxItem; result: 'waiting' | 'failed' | 'conflict'; error?: unknown };

/** Refusals that mean "try again later", not "this write is wrong". */
const LATER_CODES = new Set(['idempotency_in_progress']);
/** Refusals that mean "the server holds a newer version": the cadre sees both and chooses. */
const CONFLICT_CODES = new Set(['day_changed']);

/** The headers that make a resend safe: the client id as `Idempotency-Key`, the version the edit began from. */
export function outboxHeaders(item: TOutboxItem): Record<string, string> {
  const headers: Record<string, string> = { 'Idempotency-Key': item.id };
  if (item.baseVersion === null) headers['If-None-Match'] = '*';
  else if (item.baseVersion !== undefined) headers['If-Match'] = `"${item.baseVersion}"`;
  return headers;
}

/** A sent photo's server id goes into the writes that show it (their `photoIds`), in place of its client id. */
async function handOnPhoto(store: TOutboxStore, items: TOutboxItem[], photo: TOutboxItem, body: unknown) {
  const serverId = (body as { id?: unknown } | null)?.id;
  if (typeof serverId !== 'number') return;
  for (const other of items) {
    if (!other.photos?.includes(photo.id)) continue;
    const json = other.body as { photoIds?: number[] };
    other.photos = other.photos.filter((p) => p !== photo.id);
    other.body = { ...json, photoIds: [...(json.photoIds ?? []), serverId] };
    await store.put(other);
  }
}

/** After a day is saved, a later edit of the same day in the outbox starts from the version just made. */
async function moveBaseOn(store: TOutboxStore, items: TOutboxItem[], sent: TOutboxItem, body: unknown) {
  const version = (body as { version?: unknown } | null)?.version;
  if (sent.kind !== 'day' || typeof version !== 'number') return;
  for (const other of items)
    if (other !== sent && other.kind === 'day' && other.path === sent.path) {
      other.baseVersion = version;
      await store.put(other);
    }
}

/**
 * Sends the user's waiting items oldest first, each with its `Idempotency-Key`, and keeps what could
 * not be sent. No connection (or the server away, or the session ended) stops the run: the rest waits.
 * A refusal keeps the item as `failed` with the server's message (sent again only when the cadre asks);
 * a newer version on the server keeps it as `conflict`. A write whose photo is not uploaded yet waits.
 */
export async function flushOutbox(
  store: TOutboxStore,
  userId: number,
  send: TSend,
): Promise<TFlushOutcome[]> {
  const all = (await store.list()).filter((i) => i.userId === userId).sort(byCreation);
  const present = new Set(all.map((i) => i.id));
  const outcomes: TFlushOutcome[] = [];
  for (const item of all) {
    if (item.state !== 'waiting' && item.state !== 'sending') continue;
    // a photo the cadre discarded is no longer waited for
    const photos = (item.photos ?? []).filter((p) => present.has(p));
    if (photos.length !== (item.photos ?? []).length) item.photos = photos;
    if (photos.length > 0) {
      outcomes.push({ id: item.id, item, result: 'waiting' });
      continue;
    }
    item.state = 'sending';
    await store.put(item);
    const answer = await send(item, outboxHeaders(item));
    if (answer.ok) {
      if (item.kind === 'photo') await handOnPhoto(store, all, item, answer.body);
      await moveBaseOn(store, all, item, answer.body);
      await store.remove(item.id);
      present.delete(item.id);
      outcomes.push({ id: item.id, item, result: 'sent', body: answer.body });
      continue;
    }
    const stop = answer.status === 0 || answer.status === 401 || answer.status >= 500;
    const later = stop || LATER_CODES.has(answer.code);
    item.state = later ? 'waiting' : CONFLICT_CODES.has(answer.code) ? 'conflict' : 'failed';
    item.message = answer.message;
    await store.put(item);
    outcomes.push({
      id: item.id,
      item,
      result: item.state === 'waiting' ? 'waiting' : item.state,
      error: answer.error,
    });
    if (stop) break;
  }
  return outcomes;
}
