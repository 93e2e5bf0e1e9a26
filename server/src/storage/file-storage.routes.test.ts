import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TCadreProfile } from '@zhucun/core';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedFiles } from '../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../test/cadre-factory.ts';
import { errorOf, ROOMY_LOGIN } from '../test/factories.ts';
import { solid } from '../test/images.ts';

describe('uploads while FILES_DIR cannot be made', () => {
  let t: TTestApp;
  let admin: TClient;
  let dir: string;
  /** A regular file where FILES_DIR's parent should be: making FILES_DIR fails (ENOTDIR), root or not. */
  let blocker: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'zc-files-dir-'));
    blocker = path.join(dir, 'blocker');
    await writeFile(blocker, 'in the way');
    t = await buildTestApp({ login: ROOMY_LOGIN, filesDir: path.join(blocker, 'files') });
    admin = await t.signIn('admin');
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers 503 with a Chinese message and keeps nothing; once the directory can be made the next upload succeeds, without a restart', async () => {
    const created = await admin.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({ posting: buildPosting({ villageCode: '140622100200' }) }),
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json<{ cadre: TCadreProfile }>().cadre.id;
    const photo = await solid(60, 80).jpeg().toBuffer();
    const upload = () =>
      admin.request({
        method: 'PUT',
        url: `/api/cadres/${id}/photo`,
        payload: photo,
        headers: { 'content-type': 'image/jpeg' },
      });
    const storedCount = async () =>
      Number((await t.database.db.select({ n: count() }).from(storedFiles))[0]!.n);
    const hasPhoto = async () =>
      (await admin.request({ method: 'GET', url: `/api/cadres/${id}` })).json<TCadreProfile>().hasPhoto;
    const stored = await storedCount();

    for (let attempt = 1; attempt <= 2; attempt++) {
      const res = await upload();
      expect(res.statusCode, res.body).toBe(503);
      expect(errorOf(res)).toEqual({
        code: 'unavailable',
        message: '文件存储暂不可用（目录无法创建或没有写入权限），文件未保存，请稍后再试或联系管理员',
      });
    }
    expect(await storedCount()).toBe(stored);
    expect(await hasPhoto()).toBe(false);

    await rm(blocker); // the administrator clears the way
    const res = await upload();
    expect(res.statusCode, res.body).toBe(200);
    expect(await hasPhoto()).toBe(true);
    expect(await storedCount()).toBe(stored + 1);
    expect(await readdir(path.join(blocker, 'files'))).toHaveLength(1);
  });
});
