import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TFileStorage } from './file-storage.ts';
import { createLocalFileStorage, newStorageKey } from './local-file-storage.ts';

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
});
