import type { THomeSign, TPublicLink, TVillageSign } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { ROOMY_LOGIN } from '../../test/factories.ts';
import { insertTestHome } from '../../test/home-factory.ts';

/** 金城镇 东关村委会. */
const VILLAGE = '140622100200';

/**
 * Issue 13 (10): with PUBLIC_URL set, every QR code, sign and card carries that address, whatever host
 * the staff member opened the app at (a laptop on localhost, an intranet address …).
 */
describe('PUBLIC_URL in the villages’ QR codes, signs and cards', () => {
  let t: TTestApp;
  let county: TClient;
  let township: TClient;
  let expected: string;
  const asLocalhost = { host: '127.0.0.1:3000' };

  beforeAll(async () => {
    const { publicPage } = loadConfig({ PUBLIC_URL: 'https://zhucun.example.cn/' }, []);
    t = await buildTestApp({ login: ROOMY_LOGIN, publicPage });
    county = await t.signIn('admin');
    township = await t.signIn('jincheng');
    const link = await county.request({
      method: 'GET',
      url: `/api/villages/${VILLAGE}/public-link`,
      headers: asLocalhost,
    });
    expected = `https://zhucun.example.cn/v/${link.json<TPublicLink>().token}`;
  });
  afterAll(() => t.close());

  it('gives the public address under PUBLIC_URL, not the host the page was opened at', async () => {
    const link = await township.request({
      method: 'GET',
      url: `/api/villages/${VILLAGE}/public-link`,
      headers: asLocalhost,
    });
    expect(link.json<TPublicLink>().url).toBe(expected);
  });

  it('draws that address in the QR code, PNG and SVG', async () => {
    const svg = await township.request({
      method: 'GET',
      url: `/api/villages/${VILLAGE}/qr.svg`,
      headers: asLocalhost,
    });
    expect(svg.statusCode).toBe(200);
    expect(svg.body).toBe(
      await QRCode.toString(expected, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    );
    const png = await township.request({
      method: 'GET',
      url: `/api/villages/${VILLAGE}/qr.png`,
      headers: asLocalhost,
    });
    expect(
      png.rawPayload.equals(
        await QRCode.toBuffer(expected, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 600 }),
      ),
    ).toBe(true);
  });

  it('prints it on the village’s card, with its stationed cadres, for a village with no home too', async () => {
    const res = await township.request({
      method: 'GET',
      url: `/api/villages/${VILLAGE}/sign`,
      headers: asLocalhost,
    });
    expect(res.statusCode, res.body).toBe(200);
    const sign = res.json<TVillageSign>();
    expect(sign).toMatchObject({
      villageCode: VILLAGE,
      countyName: '应县',
      townshipName: '金城镇',
      publicUrl: expected,
    });
    const [stationed] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*) as n from postings where village_code = ${VILLAGE} and actual_end_date is null
          and category <> 'village_committee'`,
    );
    expect(sign.cadres).toHaveLength(Number(stationed!.n));
    for (const c of sign.cadres)
      expect(Object.keys(c).sort()).toEqual(['category', 'name', 'phone', 'postTitle']);
    // another township's village is not found; nor is a township
    const other = await township.request({ method: 'GET', url: '/api/villages/140622101200/sign' });
    expect(other.statusCode).toBe(404);
    expect((await county.request({ method: 'GET', url: '/api/villages/140622100000/sign' })).statusCode).toBe(
      404,
    );
    // a unit's administrator reads the registry but not the villagers' requests
    expect(
      (await (await t.signIn('danwei')).request({ method: 'GET', url: `/api/villages/${VILLAGE}/sign` }))
        .statusCode,
    ).toBe(403);
  });

  it('prints it on a home’s sign too', async () => {
    const home = await insertTestHome(t.database.db, { villageCode: VILLAGE });
    const res = await county.request({
      method: 'GET',
      url: `/api/homes/${home.id}/sign`,
      headers: asLocalhost,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<THomeSign>().publicUrl).toMatch(/^https:\/\/zhucun\.example\.cn\/v\/[A-Za-z0-9_-]{22}$/);
  });
});
