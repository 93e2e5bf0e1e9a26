import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';
import { assertStorageKey, type TFileStorage } from './file-storage.ts';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;
const isMissing = (error: unknown) => codeOf(error) === 'ENOENT';

/** The disk or the account's quota is full: 507, nothing kept. */
const FULL = new Set(['ENOSPC', 'EDQUOT']);
/** The directory cannot be made, entered or written (permissions, a read-only mount, a file in the way …): 503. */
const UNUSABLE = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOTDIR',
  'EEXIST',
  'ENOENT',
  'EIO',
  'EMFILE',
  'ENFILE',
]);

/**
 * A file-system failure as the person uploading reads it: 507 `storage_full` when there is no space,
 * 503 `storage_unavailable` when the directory cannot be used; anything else unchanged (a 500).
 */
export function storageFailure(error: unknown): unknown {
  const code = codeOf(error);
  if (code && FULL.has(code)) return new AppError('insufficient_storage', 'storage_full');
  if (code && UNUSABLE.has(code)) return new AppError('unavailable', 'storage_unavailable');
  return error;
}

/** The file-system calls the storage makes: tests pass failing ones (a full disk). */
export type TStorageFs = Pick<typeof fs, 'mkdir' | 'readFile' | 'rename' | 'rm' | 'writeFile'>;

/** A new random key, e.g. `person_photo-<uuid>.jpg`. */
export function newStorageKey(prefix: string, extension: string): string {
  const key = `${prefix}-${randomUUID()}.${extension}`;
  assertStorageKey(key);
  return key;
}

/**
 * Files in one local directory (outside the web root). A write goes to a temporary file first and
 * is renamed into place, so a crash never leaves a half-written file under a real key. The
 * directory is made on the first write; a failure to make it is not remembered, so once it can be
 * made (space freed, permissions fixed) the next upload succeeds without a restart. Failures of the
 * file system reach people as 507 or 503 (`storageFailure`), and `warn` (the log) gets the cause.
 */
export function createLocalFileStorage(
  dir: string,
  options: { fs?: TStorageFs; warn?: (details: object, message: string) => void } = {},
): TFileStorage {
  const io = options.fs ?? fs;
  const root = path.resolve(dir);
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, key);
  };
  const failed = (error: unknown, action: string) => {
    const mapped = storageFailure(error);
    if (mapped !== error) options.warn?.({ err: error, dir: root }, `file storage: could not ${action}`);
    return mapped;
  };
  let made: Promise<unknown> | null = null;
  const ensureDir = () => {
    made ??= io.mkdir(root, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
      made = null; // tried again on the next write
      throw error;
    });
    return made;
  };
  const write = async (target: string, bytes: Buffer) => {
    await ensureDir();
    const temp = path.join(root, `.tmp-${randomBytes(8).toString('hex')}`);
    try {
      await io.writeFile(temp, bytes, { mode: 0o600, flag: 'wx' });
      await io.rename(temp, target);
    } catch (error) {
      await io.rm(temp, { force: true }).catch(() => {});
      throw error;
    }
  };

  return {
    async put(key, bytes) {
      const target = pathOf(key);
      try {
        await write(target, bytes);
      } catch (error) {
        if (!isMissing(error)) throw failed(error, 'store a file');
        // the directory went away after it was made: make it again, once
        made = null;
        await write(target, bytes).catch((again: unknown) => {
          throw failed(again, 'store a file');
        });
      }
    },

    async get(key) {
      const file = pathOf(key);
      try {
        return await io.readFile(file);
      } catch (error) {
        if (isMissing(error)) return null;
        throw failed(error, 'read a file');
      }
    },

    async remove(key) {
      const file = pathOf(key);
      await io.rm(file, { force: true }).catch((error: unknown) => {
        throw failed(error, 'remove a file');
      });
    },
  };
}
