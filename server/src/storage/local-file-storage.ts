import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertStorageKey, type TFileStorage } from './file-storage.ts';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** A new random key, e.g. `person_photo-<uuid>.jpg`. */
export function newStorageKey(prefix: string, extension: string): string {
  const key = `${prefix}-${randomUUID()}.${extension}`;
  assertStorageKey(key);
  return key;
}

/**
 * Files in one local directory (outside the web root). A write goes to a temporary file first and
 * is renamed into place, so a crash never leaves a half-written file under a real key.
 */
export function createLocalFileStorage(dir: string): TFileStorage {
  const root = path.resolve(dir);
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, key);
  };
  let ready: Promise<unknown> | null = null;
  const ensureDir = () => {
    ready ??= mkdir(root, { recursive: true, mode: 0o700 });
    return ready;
  };

  return {
    async put(key, bytes) {
      const target = pathOf(key);
      await ensureDir();
      const temp = path.join(root, `.tmp-${randomBytes(8).toString('hex')}`);
      try {
        await writeFile(temp, bytes, { mode: 0o600, flag: 'wx' });
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },

    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
