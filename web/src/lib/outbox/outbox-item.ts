import type { TOutboxKind, TOutboxState } from '@zhucun/core';

/** One write kept on the phone until the server has it (IndexedDB; docs/web.md, the outbox). */
export type TOutboxItem = {
  /** The client's id: also the `Idempotency-Key`, so a resend after a lost answer is stored once. */
  id: string;
  /** Whose write it is: another account signing in on this phone clears it (after a warning). */
  userId: number;
  /** The account's name, for the warning shown when another account signs in on this phone. */
  ownerName?: string;
  kind: TOutboxKind;
  method: 'POST' | 'PUT';
  path: string;
  query?: Record<string, string>;
  /** JSON, or the photo itself. */
  body: unknown;
  /**
   * Photos of this outbox this write refers to, not yet uploaded: when one is sent its server id is
   * appended to the body's `photoIds` and its client id is taken off this list.
   */
  photos?: string[];
  /**
   * The version of the saved record the edit started from (`If-Match`), or null when the phone knew
   * none (`If-None-Match: *`); absent for writes that create something new.
   */
  baseVersion?: number | null;
  /** What the banner names the item by: the date, a household, a span… */
  subject: Record<string, string>;
  createdAt: string;
  state: TOutboxState;
  /** The server's message when it refused the write, or why it waits. */
  message?: string;
};

/** Where the items are kept: IndexedDB on the phone, a Map in tests. */
export type TOutboxStore = {
  list(): Promise<TOutboxItem[]>;
  put(item: TOutboxItem): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
};

/** A new client id (the `Idempotency-Key`). */
export function newClientId(): string {
  return crypto.randomUUID();
}

/** Oldest first: the order the cadre made them, so a photo goes before the day that shows it. */
export function byCreation(a: TOutboxItem, b: TOutboxItem): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}
