import { homeTitleOf } from '@zhucun/core';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, divisions, homePhotos, storedFiles } from '../../db/schema.ts';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { dutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';
import { insertTestHome } from '../../test/home-factory.ts';
import { jpegWithGps, solid } from '../../test/images.ts';

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe('a home’s photos and rent contract file', () => {
  let t: TTestApp;
  let cadre: TClient;
  let viewer: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let villageCode: string;
  let otherVillage: string;
  beforeAll(async () => {
    ({ t, cadre, viewer, township, otherTownship, villageCode } = await dutyContext());
    otherVillage = villageCode.startsWith('140622100') ? '140622101200' : '140622100200';
  });
  afterAll(() => t.close());

  const db = () => t.database.db;
  const upload = (client: TClient, homeId: number, payload: Buffer, type = 'image/jpeg') =>
    client.request({
      method: 'POST',
      url: `/api/homes/${homeId}/photos`,
      headers: { 'content-type': type },
      payload,
    });
  const putContract = (client: TClient, homeId: number, payload: Buffer | string, type: string) =>
    client.request({
      method: 'PUT',
      url: `/api/homes/${homeId}/contract-file`,
      headers: { 'content-type': type },
      payload,
    });
  const get = (client: TClient, url: string) => client.request({ method: 'GET', url });
  const photoCount = async (homeId: number) =>
    (await db().select().from(homePhotos).where(eq(homePhotos.homeId, homeId))).length;

  it('stores a photo without its location; the township, the county viewer and the village’s cadre see it', async () => {
    const home = await insertTestHome(db(), { villageCode });
    const res = await upload(township, home.id, await jpegWithGps(40, 30));
    expect(res.statusCode).toBe(200);
    const photo = res.json<{ id: number; width: number; height: number }>();
    expect(photo).toMatchObject({ width: 40, height: 30 });
    for (const client of [township, viewer, cadre]) {
      const shown = await get(client, `/api/homes/${home.id}/photos/${photo.id}`);
      expect(shown.statusCode).toBe(200);
      expect(shown.headers['content-type']).toBe('image/jpeg');
      expect((await sharp(shown.rawPayload).metadata()).exif).toBeUndefined();
    }
    const png = await upload(township, home.id, await solid(20, 10).png().toBuffer(), 'image/png');
    expect(png.json()).toMatchObject({ width: 20, height: 10 });
    const [audited] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'home.photo_add'), eq(auditLog.objectId, String(home.id))));
    expect(audited?.details).toMatchObject({ fileId: photo.id });
  });

  it('refuses a text file, naming the photo field, and keeps nothing', async () => {
    const home = await insertTestHome(db(), { villageCode });
    const res = await upload(township, home.id, Buffer.from('not an image'), 'text/plain');
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]?.message).toMatch(/^照片/);
    expect(await photoCount(home.id)).toBe(0);
  });

  it('keeps at most 12 photos a home; the 13th is refused until one is removed', async () => {
    const home = await insertTestHome(db(), { villageCode });
    const bytes = await solid(16, 16).jpeg().toBuffer();
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await upload(township, home.id, bytes);
      expect(res.statusCode).toBe(200);
      ids.push(res.json<{ id: number }>().id);
    }
    const refused = await upload(township, home.id, bytes);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).details?.[0]?.message).toBe('照片：每个家园最多 12 张照片，请先删除不需要的照片');
    expect(await photoCount(home.id)).toBe(12);

    const removed = await township.request({
      method: 'DELETE',
      url: `/api/homes/${home.id}/photos/${ids[0]}`,
    });
    expect(removed.statusCode).toBe(200);
    expect((await get(township, `/api/homes/${home.id}/photos/${ids[0]}`)).statusCode).toBe(404);
    expect(await db().select().from(storedFiles).where(eq(storedFiles.id, ids[0]!))).toEqual([]);
    const again = await township.request({ method: 'DELETE', url: `/api/homes/${home.id}/photos/${ids[0]}` });
    expect(again.statusCode).toBe(404);
    expect((await upload(township, home.id, bytes)).statusCode).toBe(200);
    expect(await photoCount(home.id)).toBe(12);
  });

  it('hides a home of another township (404), refuses the viewer’s upload (403), and never serves another home’s photo', async () => {
    const home = await insertTestHome(db(), { villageCode });
    const other = await insertTestHome(db(), { villageCode: otherVillage });
    const photo = (await upload(township, home.id, await jpegWithGps())).json<{ id: number }>();
    expect((await upload(otherTownship, home.id, await jpegWithGps())).statusCode).toBe(404);
    expect((await get(otherTownship, `/api/homes/${home.id}/photos/${photo.id}`)).statusCode).toBe(404);
    const del = await otherTownship.request({
      method: 'DELETE',
      url: `/api/homes/${home.id}/photos/${photo.id}`,
    });
    expect(del.statusCode).toBe(404);
    const byViewer = await upload(viewer, home.id, await jpegWithGps());
    expect(byViewer.statusCode).toBe(403);
    expect(errorOf(byViewer).code).toBe('forbidden');
    // the photo asked for under a home it does not belong to; a cadre asking for another village's home
    const otherPhoto = (await upload(otherTownship, other.id, await jpegWithGps())).json<{ id: number }>();
    expect((await get(township, `/api/homes/${home.id}/photos/${otherPhoto.id}`)).statusCode).toBe(404);
    expect((await get(cadre, `/api/homes/${other.id}/photos/${otherPhoto.id}`)).statusCode).toBe(404);
    expect(await photoCount(home.id)).toBe(1);
  });

  it('keeps a farmhouse’s contract as a PDF, offers it as a download under the home’s name, and replaces it', async () => {
    const home = await insertTestHome(db(), { villageCode, kind: 'farmhouse' });
    expect((await get(township, `/api/homes/${home.id}/contract-file`)).statusCode).toBe(404);
    const res = await putContract(township, home.id, PDF_BYTES, 'application/pdf');
    expect(res.statusCode).toBe(200);
    const first = res.json<{ id: number; contentType: string }>();
    expect(first.contentType).toBe('application/pdf');

    const [village] = await db().select().from(divisions).where(eq(divisions.code, villageCode));
    const title = homeTitleOf({ title: '', kind: 'farmhouse' }, village!.name);
    for (const client of [township, viewer, cadre]) {
      const shown = await get(client, `/api/homes/${home.id}/contract-file`);
      expect(shown.statusCode).toBe(200);
      expect(shown.headers['content-type']).toBe('application/pdf');
      expect(shown.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(`租房合同-${title}.pdf`)}`,
      );
      expect(shown.rawPayload.equals(PDF_BYTES)).toBe(true);
    }

    const photo = await putContract(township, home.id, await jpegWithGps(), 'image/jpeg');
    expect(photo.json()).toMatchObject({ contentType: 'image/jpeg' });
    const shown = await get(viewer, `/api/homes/${home.id}/contract-file`);
    expect(shown.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(shown.rawPayload).metadata()).exif).toBeUndefined();
    expect(await db().select().from(storedFiles).where(eq(storedFiles.id, first.id))).toEqual([]);
  });

  it('refuses a contract for an apartment, a text file, the viewer and another township', async () => {
    const apartment = await insertTestHome(db(), { villageCode, kind: 'apartment' });
    const refused = await putContract(township, apartment.id, PDF_BYTES, 'application/pdf');
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).details?.[0]).toMatchObject({
      field: 'contractFile',
      message: '租房合同文件：党群服务中心公寓不填租房合同，只有租用的农家小院才有',
    });
    const farmhouse = await insertTestHome(db(), { villageCode, kind: 'farmhouse' });
    const text = await putContract(township, farmhouse.id, 'a contract', 'text/plain');
    expect(text.statusCode).toBe(400);
    expect(errorOf(text).details?.[0]?.message).toBe('租房合同文件只接受 PDF、JPEG、PNG 或 WebP 文件');
    expect((await putContract(viewer, farmhouse.id, PDF_BYTES, 'application/pdf')).statusCode).toBe(403);
    expect((await putContract(otherTownship, farmhouse.id, PDF_BYTES, 'application/pdf')).statusCode).toBe(
      404,
    );
    expect((await get(township, `/api/homes/${farmhouse.id}/contract-file`)).statusCode).toBe(404);
    const kept = await db().select().from(storedFiles).where(eq(storedFiles.purpose, 'home_contract'));
    expect(kept.filter((f) => f.contentType === 'text/plain')).toEqual([]);
  });
});
