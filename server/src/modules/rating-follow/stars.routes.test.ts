import type { TCadreList, TStarHistory } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { errorOf, registerCadre } from '../../test/factories.ts';
import { insertRatingCycle, insertRatingResult } from '../../test/rating-follow-factory.ts';

describe('星级: a cadre’s stars across the tenure, on the profile, on /me and in the registry’s filter', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let unitAdmin: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    [admin, township, otherTownship, unitAdmin] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
      t.signIn('danwei'),
    ]);
  });
  afterAll(() => t.close());

  it('lists the confirmed years with grade, base and award stars, and sums the tenure’s', async () => {
    const db = t.database.db;
    const cadre = await createSignedInCadre(t, admin, { startDate: '2003-03-01' });
    const award = await admin.request({
      method: 'POST',
      url: '/api/awards',
      payload: {
        personId: cadre.personId,
        level: 'provincial',
        title: '全省优秀驻村干部（测试）',
        issuer: '中共山西省委组织部',
        awardedOn: '2003-06-01',
      },
    });
    expect(award.statusCode, award.body).toBe(200);
    const personId = cadre.personId;
    // a year before this tenure, two in it, and one still on notice (not counted)
    await insertRatingResult(db, await insertRatingCycle(db, 2001), { personId, grade: 'excellent' });
    await insertRatingResult(db, await insertRatingCycle(db, 2003), {
      personId,
      grade: 'competent',
      awardStars: 1,
    });
    await insertRatingResult(db, await insertRatingCycle(db, 2004), {
      personId,
      grade: 'basically_competent',
    });
    await insertRatingResult(db, await insertRatingCycle(db, 2005, { stage: 'notice' }), {
      personId,
      grade: 'excellent',
    });

    const res = await admin.request({ method: 'GET', url: `/api/cadres/${personId}/stars` });
    expect(res.statusCode, res.body).toBe(200);
    const history = res.json<TStarHistory>();
    expect(history).toMatchObject({ tenureFrom: '2003-03-01', tenureStars: 2, tenureYears: 2 });
    expect(
      history.years.map((y) => [y.year, y.grade, y.baseStars, y.awardStars, y.stars, y.inTenure]),
    ).toEqual([
      [2004, 'basically_competent', 0, 0, 0, true],
      [2003, 'competent', 1, 1, 2, true],
      [2001, 'excellent', 2, 0, 2, false],
    ]);
    expect(history.years[1]?.awards).toEqual([{ title: '全省优秀驻村干部（测试）', level: 'provincial' }]);
    expect(history.admonishments).toEqual([]);

    // the township reads its own cadre; another township does not find them; the cadre reads their own
    expect((await township.request({ method: 'GET', url: `/api/cadres/${personId}/stars` })).statusCode).toBe(
      200,
    );
    expect(
      (await otherTownship.request({ method: 'GET', url: `/api/cadres/${personId}/stars` })).statusCode,
    ).toBe(404);
    expect(
      (await cadre.client.request({ method: 'GET', url: `/api/cadres/${personId}/stars` })).statusCode,
    ).toBe(403);
    const mine = await cadre.client.request({ method: 'GET', url: '/api/me/stars' });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json<TStarHistory>().years.map((y) => y.stars)).toEqual([0, 2, 2]);
    expect((await admin.request({ method: 'GET', url: '/api/cadres/99999999/stars' })).statusCode).toBe(404);
  });

  it('filters the registry by stars over the tenure or last year, kept to accounts that read ratings', async () => {
    const db = t.database.db;
    const posting = buildPosting({ startDate: '2006-01-01' });
    const [x, y] = await Promise.all([
      registerCadre(admin, buildCadre({ person: buildPerson({ name: '星级甲' }), posting })),
      registerCadre(admin, buildCadre({ person: buildPerson({ name: '星级乙' }), posting })),
    ]);
    const c2006 = await insertRatingCycle(db, 2006);
    const c2007 = await insertRatingCycle(db, 2007);
    await insertRatingResult(db, c2006, { personId: x.cadre.id, grade: 'excellent' });
    await insertRatingResult(db, c2007, { personId: x.cadre.id, grade: 'competent' });
    await insertRatingResult(db, c2006, { personId: y.cadre.id, grade: 'incompetent' });
    await insertRatingResult(db, c2007, { personId: y.cadre.id, grade: 'basically_competent' });

    const ids = async (query: string, client = admin) => {
      const res = await client.request({ method: 'GET', url: `/api/cadres?pageSize=200&q=星级&${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<TCadreList>().items.map((c) => c.id);
    };
    expect(await ids('starsMin=3')).toEqual(expect.arrayContaining([x.cadre.id]));
    expect(await ids('starsMin=3')).not.toContain(y.cadre.id);
    expect(await ids('starsMax=0&starsOver=tenure')).toContain(y.cadre.id);
    expect(await ids('starsMax=0&starsOver=tenure')).not.toContain(x.cadre.id);
    expect(await ids('starsMin=3', township)).toContain(x.cadre.id);

    // last year: the confirmed cycle of the year before today's
    const lastYear = t.clock.now().getFullYear() - 1;
    await insertRatingResult(db, await insertRatingCycle(db, lastYear), {
      personId: x.cadre.id,
      grade: 'excellent',
    });
    expect(await ids('starsMin=2&starsOver=last_year')).toContain(x.cadre.id);
    expect(await ids('starsMin=2&starsOver=last_year')).not.toContain(y.cadre.id);
    expect(await ids('starsMax=0&starsOver=last_year')).not.toContain(y.cadre.id); // no result last year

    // a dispatching unit's administrator reads the registry but not ratings: the filter is refused by name
    const refused = await unitAdmin.request({ method: 'GET', url: '/api/cadres?starsMin=1' });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).message).toContain('星级不少于');
    const exported = await unitAdmin.request({ method: 'GET', url: '/api/cadres/export.xlsx?starsMin=1' });
    expect(exported.statusCode).toBe(400);
    const bad = await admin.request({ method: 'GET', url: '/api/cadres?starsMin=many' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toContain('星级不少于');
  });
});
