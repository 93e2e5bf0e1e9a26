import { ROLE_PERMISSIONS, ROLES, type THomeSign, villageDisplayName } from '@zhucun/core';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeOccupants, postings } from '../../db/schema.ts';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { dutyContext } from '../../test/duty-context.ts';
import { registerCadre } from '../../test/factories.ts';
import { insertTestHome } from '../../test/home-factory.ts';
import { solid } from '../../test/images.ts';

const KULUE_VILLAGE = '140622102205'; // 辛圐圙村委会, 下社镇

describe('the sign of a home (统一标识)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let admin: TClient;
  let viewer: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let villageCode: string;
  beforeAll(async () => {
    ({ t, cadre, admin, viewer, township, otherTownship, villageCode } = await dutyContext());
  });
  afterAll(() => t.close());

  const db = () => t.database.db;
  const get = (client: TClient, url: string) => client.request({ method: 'GET', url });
  /** A fresh cadre stationed in the demo cadre's village (a graduate official), as the sign shows them. */
  const stationed = async (name: string) => {
    const person = buildPerson({ name });
    const posting = buildPosting({ villageCode });
    const { cadre: profile } = await registerCadre(admin, buildCadre({ person, posting }));
    return {
      id: profile.id,
      name,
      phone: person.phone,
      category: posting.category,
      postTitle: posting.postTitle,
    };
  };
  const moveIn = (homeId: number, roomId: number, who: number) =>
    db().insert(homeOccupants).values({ homeId, roomId, personId: who, since: '2026-01-05' });
  const setPhoto = async (who: number) => {
    const res = await township.request({
      method: 'PUT',
      url: `/api/cadres/${who}/photo`,
      headers: { 'content-type': 'image/jpeg' },
      payload: await solid(30, 40).jpeg().toBuffer(),
    });
    expect(res.statusCode).toBe(200);
  };

  it('names the village, township and county, lists residents by room then name, with posts and phones', async () => {
    const home = await insertTestHome(db(), {
      villageCode,
      kind: 'farmhouse',
      rooms: [
        { label: '东屋', beds: 2 },
        { label: '西屋', beds: 1 },
      ],
    });
    const alone = await stationed('王西屋');
    const [a, b, outsider] = [
      await stationed('赵东屋'),
      await stationed('钱东屋'),
      await stationed('孙别处'),
    ];
    await moveIn(home.id, home.roomIds[1]!, alone.id); // the second room's only resident
    await moveIn(home.id, home.roomIds[0]!, a.id);
    await moveIn(home.id, home.roomIds[0]!, b.id);
    await setPhoto(alone.id);
    await setPhoto(outsider.id);

    const res = await get(township, `/api/homes/${home.id}/sign`);
    expect(res.statusCode).toBe(200);
    const sign = res.json<THomeSign>();
    const [first, second] = [a, b].sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'));
    expect(sign.residents.map((r) => r.personId)).toEqual([first!.id, second!.id, alone.id]);
    expect(sign.residents[0]).toMatchObject({
      name: first!.name,
      phone: first!.phone,
      category: first!.category,
    });
    expect(sign.residents[2]).toEqual({
      personId: alone.id,
      name: alone.name,
      category: alone.category,
      postTitle: alone.postTitle,
      phone: alone.phone,
      hasPhoto: true,
    });
    expect(sign.residents[0]!.hasPhoto).toBe(false);
    expect(sign).toMatchObject({ homeId: home.id, kind: 'farmhouse', villageCode, countyName: '应县' });
    expect(sign.title).toBe(`${villageDisplayName(sign.villageName)}驻村干部农家小院`);
    expect(sign.townshipName).not.toBe('');

    // the QR code leads to the village's public page, the same address its public link gives
    for (const client of [township, cadre, viewer]) {
      const link = (await get(client, `/api/villages/${villageCode}/public-link`)).json<{ url: string }>();
      const seen = (await get(client, `/api/homes/${home.id}/sign`)).json<THomeSign>();
      expect(seen.publicUrl).toBe(link.url);
      expect(seen.publicUrl).toMatch(/\/v\/[A-Za-z0-9_-]{22}$/);
    }

    // a resident's photo; not one of a resident without a photo, nor of someone living elsewhere
    const photo = await get(cadre, `/api/homes/${home.id}/sign/photos/${alone.id}`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect((await get(township, `/api/homes/${home.id}/sign/photos/${a.id}`)).statusCode).toBe(404);
    expect((await get(township, `/api/homes/${home.id}/sign/photos/${outsider.id}`)).statusCode).toBe(404);
    expect((await get(township, `/api/cadres/${outsider.id}/photo`)).statusCode).toBe(200);

    // a resident whose posting has ended no longer serves the village: off the sign, still in the room
    await db()
      .update(postings)
      .set({ actualEndDate: '2026-01-31', endReason: 'term_completed' })
      .where(and(eq(postings.personId, a.id), isNull(postings.actualEndDate)));
    const after = (await get(township, `/api/homes/${home.id}/sign`)).json<THomeSign>();
    expect(after.residents.map((r) => r.personId)).toEqual([b.id, alone.id]);
    const view = (await get(township, `/api/homes/${home.id}`)).json<{ rooms: { occupants: unknown[] }[] }>();
    expect(view.rooms[0]!.occupants).toContainEqual(
      expect.objectContaining({ personId: a.id, category: null }),
    );
  });

  it('needs no QR route of its own: whoever reads homes may draw the village’s QR code (requests:read)', async () => {
    const readers = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('homes:read'));
    expect(readers).toEqual(['county_admin', 'county_viewer', 'township_admin', 'cadre']);
    expect(readers.filter((r) => !ROLE_PERMISSIONS[r].includes('requests:read'))).toEqual([]);
    for (const client of [township, cadre, viewer]) {
      const qr = await get(client, `/api/villages/${villageCode}/qr.svg`);
      expect(qr.statusCode).toBe(200);
      expect(qr.headers['content-type']).toMatch(/^image\/svg\+xml/);
    }
  });

  it('keeps a rare character such as 圐圙 in the village’s name', async () => {
    const home = await insertTestHome(db(), { villageCode: KULUE_VILLAGE });
    const res = await get(admin, `/api/homes/${home.id}/sign`);
    expect(res.statusCode).toBe(200);
    expect(res.json<THomeSign>()).toMatchObject({
      villageName: '辛圐圙村委会',
      title: '辛圐圙村驻村干部公寓',
      townshipName: '下社镇',
      countyName: '应县',
      residents: [],
    });
  });

  it('hides the sign and photos of a home outside the scope (404)', async () => {
    const home = await insertTestHome(db(), { villageCode });
    const resident = await stationed('周住户');
    await moveIn(home.id, home.roomIds[0]!, resident.id);
    await setPhoto(resident.id);
    expect((await get(township, `/api/homes/${home.id}/sign/photos/${resident.id}`)).statusCode).toBe(200);
    const kulue = await insertTestHome(db(), { villageCode: KULUE_VILLAGE });
    expect((await get(otherTownship, `/api/homes/${home.id}/sign`)).statusCode).toBe(404);
    expect((await get(otherTownship, `/api/homes/${home.id}/sign/photos/${resident.id}`)).statusCode).toBe(
      404,
    );
    expect((await get(cadre, `/api/homes/${kulue.id}/sign`)).statusCode).toBe(404);
    expect((await get(township, `/api/homes/${kulue.id}/sign`)).statusCode).toBe(404);
    expect((await get(admin, '/api/homes/999999/sign')).statusCode).toBe(404);
  });
});
