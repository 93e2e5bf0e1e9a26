import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TCadreProfile } from '@zhucun/core';
import { count, desc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, storedFiles } from '../../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../../test/cadre-factory.ts';
import { errorOf, ROOMY_LOGIN, signInNewCadre } from '../../test/factories.ts';

const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } });

/** A JPEG whose EXIF holds a camera make and a GPS position. */
const jpegWithGps = () =>
  image(60, 80)
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '39/1 33/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '113/1 11/1 0/1',
      },
    })
    .toBuffer();

const upload = (client: TClient, id: number, bytes: Buffer, type = 'image/jpeg') =>
  client.request({
    method: 'PUT',
    url: `/api/cadres/${id}/photo`,
    payload: bytes,
    headers: { 'content-type': type },
  });

describe('a person’s photo', () => {
  let t: TTestApp;
  let filesDir: string;
  let admin: TClient;
  let jincheng: TClient;
  let viewer: TClient;

  const files = () => readdir(filesDir).catch(() => [] as string[]);
  const storedCount = async () =>
    Number((await t.database.db.select({ n: count() }).from(storedFiles))[0]!.n);
  const lastAudit = async () =>
    (await t.database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]!;
  const register = async (villageCode = '140622100200') => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({ posting: buildPosting({ villageCode }) }),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ cadre: TCadreProfile }>().cadre.id;
  };
  const profileOf = async (id: number) =>
    (await admin.request({ method: 'GET', url: `/api/cadres/${id}` })).json<TCadreProfile>();

  beforeAll(async () => {
    filesDir = await mkdtemp(path.join(os.tmpdir(), 'zc-photos-'));
    t = await buildTestApp({ login: ROOMY_LOGIN, filesDir });
    admin = await t.signIn('admin');
    jincheng = await t.signIn('jincheng');
    viewer = await t.signIn('viewer');
  });
  afterAll(async () => {
    await t.close();
    await rm(filesDir, { recursive: true, force: true });
  });

  it('stores an upload as a JPEG without EXIF, shows it, replaces it and removes it', async () => {
    const id = await register();
    expect((await profileOf(id)).hasPhoto).toBe(false);
    expect((await admin.request({ method: 'GET', url: `/api/cadres/${id}/photo` })).statusCode).toBe(404);
    const before = (await files()).length;

    let res = await upload(jincheng, id, await jpegWithGps());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ hasPhoto: true });
    expect((await profileOf(id)).hasPhoto).toBe(true);
    expect(await lastAudit()).toMatchObject({ action: 'cadre.photo.set', objectId: String(id) });

    res = await viewer.request({ method: 'GET', url: `/api/cadres/${id}/photo` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const meta = await sharp(res.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 60, height: 80 });
    expect(meta.exif).toBeUndefined();
    expect(res.rawPayload.includes(Buffer.from('TestCam'))).toBe(false);
    const first = await files();
    expect(first).toHaveLength(before + 1);

    // a PNG replaces it; the earlier file is gone from the storage and the table
    res = await upload(admin, id, await image(30, 40).png().toBuffer(), 'image/png');
    expect(res.statusCode, res.body).toBe(200);
    const second = await files();
    expect(second).toHaveLength(before + 1);
    expect(second).not.toEqual(first);
    const shown = await admin.request({ method: 'GET', url: `/api/cadres/${id}/photo` });
    expect(await sharp(shown.rawPayload).metadata()).toMatchObject({ format: 'jpeg', width: 30, height: 40 });
    const [row] = await t.database.db
      .select()
      .from(storedFiles)
      .where(eq(storedFiles.storageKey, second.find((f) => !first.includes(f))!));
    expect(row).toMatchObject({ purpose: 'person_photo', contentType: 'image/jpeg', width: 30, height: 40 });

    res = await jincheng.request({ method: 'DELETE', url: `/api/cadres/${id}/photo` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ hasPhoto: false });
    expect(await lastAudit()).toMatchObject({ action: 'cadre.photo.remove', objectId: String(id) });
    expect(await files()).toHaveLength(before);
    expect((await profileOf(id)).hasPhoto).toBe(false);
    expect((await admin.request({ method: 'GET', url: `/api/cadres/${id}/photo` })).statusCode).toBe(404);
    expect((await admin.request({ method: 'DELETE', url: `/api/cadres/${id}/photo` })).statusCode).toBe(404);
  });

  it('is not found for a township administrator outside the person’s township, and nothing changes', async () => {
    const id = await register('140622101200');
    expect((await upload(admin, id, await jpegWithGps())).statusCode).toBe(200);
    const kept = await files();
    const shown = (await admin.request({ method: 'GET', url: `/api/cadres/${id}/photo` })).rawPayload;
    const rows = await storedCount();

    const calls = [
      () => upload(jincheng, id, Buffer.from('x')),
      () => upload(jincheng, id, shown),
      () => jincheng.request({ method: 'GET', url: `/api/cadres/${id}/photo` }),
      () => jincheng.request({ method: 'DELETE', url: `/api/cadres/${id}/photo` }),
    ];
    for (const call of calls) {
      const res = await call();
      expect(res.statusCode, res.body).toBe(404);
      expect(errorOf(res).code).toBe('not_found');
    }
    expect(await files()).toEqual(kept);
    expect(await storedCount()).toBe(rows);
    const after = await admin.request({ method: 'GET', url: `/api/cadres/${id}/photo` });
    expect(after.rawPayload.equals(shown)).toBe(true);
  });

  it('lets a county viewer look but not upload or remove', async () => {
    const id = await register();
    const rows = await storedCount();
    let res = await upload(viewer, id, await jpegWithGps());
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('forbidden');
    res = await viewer.request({ method: 'DELETE', url: `/api/cadres/${id}/photo` });
    expect(res.statusCode).toBe(403);
    expect(await storedCount()).toBe(rows);
    expect((await profileOf(id)).hasPhoto).toBe(false);
  });

  it('refuses what is not a JPEG, PNG or WebP, or is over 10 MB, saying so about the photo', async () => {
    const id = await register();
    const rows = await storedCount();
    const kept = await files();

    let res = await upload(admin, id, Buffer.from('hello, not a picture'), 'image/png');
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([
      { field: 'photo', message: '照片：只接受 JPEG、PNG 或 WebP 图片' },
    ]);
    res = await upload(admin, id, await image(8, 8).gif().toBuffer(), 'image/gif');
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toContain('照片：只接受 JPEG、PNG 或 WebP 图片');
    res = await admin.request({
      method: 'PUT',
      url: `/api/cadres/${id}/photo`,
      payload: Buffer.from('plain text'),
      headers: { 'content-type': 'text/plain', 'accept-language': 'en-US' },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([
      { field: 'photo', message: 'Photo: only JPEG, PNG or WebP images are accepted' },
    ]);
    res = await upload(admin, id, Buffer.alloc(10 * 1024 * 1024 + 1, 0xff));
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([{ field: 'photo', message: '照片不能超过 10 MB' }]);

    expect(await storedCount()).toBe(rows);
    expect(await files()).toEqual(kept);
    expect((await profileOf(id)).hasPhoto).toBe(false);
  });

  it('shows a cadre their own photo', async () => {
    const { client: cadre } = await signInNewCadre(t, admin);
    const own = (await cadre.request({ method: 'GET', url: '/api/me/cadre' })).json<TCadreProfile>();
    expect(own.hasPhoto).toBe(false);
    expect((await cadre.request({ method: 'GET', url: '/api/me/cadre/photo' })).statusCode).toBe(404);
    expect((await upload(admin, own.id, await jpegWithGps())).statusCode).toBe(200);
    const res = await cadre.request({ method: 'GET', url: '/api/me/cadre/photo' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(res.rawPayload).metadata()).format).toBe('jpeg');
    expect(
      (await cadre.request({ method: 'GET', url: '/api/me/cadre' })).json<TCadreProfile>().hasPhoto,
    ).toBe(true);
    // and only their own: the ledger's photo route is not theirs
    expect((await cadre.request({ method: 'GET', url: `/api/cadres/${own.id}/photo` })).statusCode).toBe(403);
  });
});
