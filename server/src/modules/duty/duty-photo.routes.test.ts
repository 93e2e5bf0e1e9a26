import type { TDayView } from '@zhucun/core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { dutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';
import { jpegWithGps } from '../../test/images.ts';

describe('photos on a day’s log (optional evidence)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let otherCadre: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let today: string;
  beforeAll(async () => {
    ({ t, cadre, township, otherTownship, today } = await dutyContext());
    otherCadre = await t.signIn('daxuesheng');
  });
  afterAll(() => t.close());

  const upload = async (client: TClient, keepLocation = false) =>
    client.request({
      method: 'POST',
      url: `/api/duty/photos?keepLocation=${keepLocation}`,
      headers: { 'content-type': 'image/jpeg' },
      payload: await jpegWithGps(),
    });
  const exifOf = async (client: TClient, id: number) => {
    const res = await client.request({ method: 'GET', url: `/api/duty/photos/${id}` });
    expect(res.statusCode).toBe(200);
    return (await sharp(res.rawPayload).metadata()).exif;
  };

  it('strips the location unless the cadre chose to attach it', async () => {
    const plain = (await upload(cadre)).json<{ id: number }>();
    expect(await exifOf(cadre, plain.id)).toBeUndefined();
    const located = (await upload(cadre, true)).json<{ id: number }>();
    expect(await exifOf(cadre, located.id)).toBeDefined();
  });

  it('attaches photos to the day; the township sees them, another township and other cadres do not', async () => {
    const photo = (await upload(cadre)).json<{ id: number }>();
    const saved = await cadre.request({
      method: 'PUT',
      url: `/api/duty/my/days/${today}`,
      payload: { day: 'village', night: 'village', work: '召开村民代表会', photoIds: [photo.id] },
    });
    expect(saved.json<TDayView>().photoIds).toEqual([photo.id]);
    expect((await township.request({ method: 'GET', url: `/api/duty/photos/${photo.id}` })).statusCode).toBe(
      200,
    );
    expect(
      (await otherTownship.request({ method: 'GET', url: `/api/duty/photos/${photo.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await otherCadre.request({ method: 'GET', url: `/api/duty/photos/${photo.id}` })).statusCode,
    ).toBe(404);
    // nor can another cadre attach it to their own day
    const stolen = await otherCadre.request({
      method: 'PUT',
      url: `/api/duty/my/days/${today}`,
      payload: { day: 'village', night: 'village', work: '入户走访', photoIds: [photo.id] },
    });
    expect(stolen.statusCode).toBe(400);
    expect(errorOf(stolen).details?.[0]?.message).toBe(`照片：照片 ${photo.id} 不存在或不是您上传的`);
  });

  it('refuses a file that is not an image, naming the field', async () => {
    const res = await cadre.request({
      method: 'POST',
      url: '/api/duty/photos',
      headers: { 'content-type': 'text/plain' },
      payload: 'not an image',
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]?.message).toMatch(/^照片/);
  });
});
