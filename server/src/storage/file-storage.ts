/**
 * Where uploaded files' bytes live (photos now; work-log photos, home photos and vouchers later).
 * Keys are names the server generates (`newStorageKey`), never anything a user sent.
 */
export type TFileStorage = {
  /** Stores the bytes under the key, replacing nothing half-written: readers see all or nothing. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when no file has the key. */
  get(key: string): Promise<Buffer | null>;
  /** Deletes the file; a missing one is not an error. */
  remove(key: string): Promise<void>;
};

const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** Refuses a key that could leave the storage directory or name something odd. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.includes('..') || key.includes('/'))
    throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}
