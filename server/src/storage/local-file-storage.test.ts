import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, STATUS_OF } from '../errors.ts';
import { translate } from '../i18n/messages.ts';
import type { TFileStorage } from './file-storage.ts';
import { createLocalFileStorage, newStorageKey } from './local-file-storage.ts';

/** What a person is told about a failed storage call: the status and the Chinese message. */
async function answerOf(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return `${STATUS_OF[error.code]} ${translate(error.key, error.params, 'zh-CN')}`;
}

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
const UNAVAILABLE = '503 文件存储暂不可用（目录无法创建或没有写入权限），文件未保存，请稍后再试或联系管理员';
const FULL = '507 服务器存储空间不足，文件未保存，请联系管理员';

describe('local file storage', () => {
  let dir: string;
  let storage: TFileStorage;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'zc-storage-'));
    storage = createLocalFileStorage(path.join(dir, 'files'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps bytes under a generated key, creating its directory, and leaves no temporary file', async () => {
    const key = newStorageKey('person_photo', 'jpg');
    expect(key).toMatch(/^person_photo-[0-9a-f-]{36}\.jpg$/);
    await storage.put(key, Buffer.from('hello'));
    expect((await storage.get(key))?.toString()).toBe('hello');
    await storage.put(key, Buffer.from('again'));
    expect((await storage.get(key))?.toString()).toBe('again');
    expect(await readdir(path.join(dir, 'files'))).toEqual([key]);
  });

  it('answers null for a missing key and removes quietly what is not there', async () => {
    expect(await storage.get('nothing-here.jpg')).toBeNull();
    await expect(storage.remove('nothing-here.jpg')).resolves.toBeUndefined();
    const key = newStorageKey('x', 'bin');
    await storage.put(key, Buffer.from([1, 2, 3]));
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
  });

  it('refuses keys that could leave the directory', async () => {
    for (const key of ['../escape', 'a/b', '..', '.hidden', '', 'a..b', `x${'y'.repeat(200)}`]) {
      await expect(storage.put(key, Buffer.from('x')), key).rejects.toThrow(/invalid storage key/);
      await expect(storage.get(key), key).rejects.toThrow(/invalid storage key/);
      await expect(storage.remove(key), key).rejects.toThrow(/invalid storage key/);
    }
    await expect(readdir(dir)).resolves.toEqual([]);
  });

  it('answers 503 while its directory cannot be made, and makes it on the next write once it can, without a restart', async () => {
    const blocker = path.join(dir, 'blocker'); // a regular file where a directory should be: fails for root too
    await writeFile(blocker, 'in the way');
    const warnings: string[] = [];
    const blocked = createLocalFileStorage(path.join(blocker, 'files'), {
      warn: (details, message) => warnings.push(`${message} (${(details as { err: Error }).err.message})`),
    });
    const key = newStorageKey('x', 'bin');
    expect(await answerOf(blocked.put(key, Buffer.from('a')))).toBe(UNAVAILABLE);
    expect(await answerOf(blocked.put(key, Buffer.from('a')))).toBe(UNAVAILABLE); // tried again, not remembered
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^file storage: could not store a file \(ENOTDIR/);

    await rm(blocker);
    await blocked.put(key, Buffer.from('now'));
    expect((await blocked.get(key))?.toString()).toBe('now');
  });

  it('makes its directory again when it was removed after the first write', async () => {
    await storage.put(newStorageKey('x', 'bin'), Buffer.from('first'));
    await rm(path.join(dir, 'files'), { recursive: true });
    const key = newStorageKey('x', 'bin');
    await storage.put(key, Buffer.from('second'));
    expect((await storage.get(key))?.toString()).toBe('second');
  });

  it('answers 507 when the disk or quota is full and 503 when writing is not allowed, leaving no temporary file', async () => {
    const answers: Record<string, string> = {};
    for (const code of ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS']) {
      // the write starts, then fails half-way as a full disk does
      const failing = createLocalFileStorage(path.join(dir, 'files'), {
        fs: {
          ...fs,
          writeFile: async (...[file, bytes, options]: Parameters<typeof fs.writeFile>) => {
            await fs.writeFile(file, Buffer.from(bytes as Buffer).subarray(0, 1), options);
            throw errno(code);
          },
        },
      });
      answers[code] = await answerOf(failing.put(newStorageKey('x', 'bin'), Buffer.from('bytes')));
    }
    expect(answers).toEqual({
      ENOSPC: FULL,
      EDQUOT: FULL,
      EACCES: UNAVAILABLE,
      EPERM: UNAVAILABLE,
      EROFS: UNAVAILABLE,
    });
    expect(await readdir(path.join(dir, 'files'))).toEqual([]);
  });

  it('answers 503 when a stored file cannot be read, and leaves other failures as they are', async () => {
    const reading = (error: Error) =>
      createLocalFileStorage(path.join(dir, 'files'), {
        fs: { ...fs, readFile: (async () => Promise.reject(error)) as typeof fs.readFile },
      });
    expect(await answerOf(reading(errno('EACCES')).get('some.jpg'))).toBe(UNAVAILABLE);
    await expect(reading(new Error('something else')).get('some.jpg')).rejects.toThrow('something else');
  });
});
