import type { TPublicLink } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre, neighbourVillage } from '../../test/cadre-account.ts';
import { createUser, ROOMY_LOGIN, signInReady } from '../../test/factories.ts';

const ROOMY_PUBLIC = {
  baseUrl: null,
  submitPerIpPerHour: 10_000,
  trackPerIpPerMinute: 10_000,
  submitPerVillagePerDay: 10_000,
};
/** 金城镇 东关村委会: the village of this file's own cadres. */
const VILLAGE = '140622100200';
const TOWNSHIP = '140622100';

type TBell = { items: { kind: string; payload: Record<string, unknown> }[] };

/**
 * Issue 13 (8a): a villager's request on the public page, or a reopening on /track, is heard of in the
 * bell by the village's stationed cadres and by the township staff who handle requests over it, naming
 * the village and the category; nobody else hears of it.
 */
describe('the bell hears of a villager’s request from the public page', () => {
  let t: TTestApp;
  let token: string;
  let villageName: string;
  let stationed: TClient;
  let committee: TClient;
  let elsewhere: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let county: TClient;

  const bellOf = async (c: TClient, kind: string) =>
    (await c.request({ method: 'GET', url: '/api/notifications' }))
      .json<TBell>()
      .items.filter((n) => n.kind === kind);
  const submit = async (description: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/v/${token}/requests`,
      payload: { category: 'medical', description, consent: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { trackingCode } = res.json<{ trackingCode: string }>();
    const [row] = await rowsOf<{ id: number }>(
      t.database.db,
      sql`select id from requests where tracking_code = ${trackingCode}`,
    );
    return { trackingCode, id: row!.id };
  };

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN, publicPage: ROOMY_PUBLIC });
    county = await t.signIn('admin');
    token = (
      await county.request({ method: 'GET', url: `/api/villages/${VILLAGE}/public-link` })
    ).json<TPublicLink>().token;
    const [v] = await rowsOf<{ name: string }>(
      t.database.db,
      sql`select name from divisions where code = ${VILLAGE}`,
    );
    villageName = v!.name;
    stationed = (await createSignedInCadre(t, county, { villageCode: VILLAGE })).client;
    committee = (
      await createSignedInCadre(t, county, {
        villageCode: VILLAGE,
        category: 'village_committee',
        postTitle: '村委会委员',
      })
    ).client;
    elsewhere = (await createSignedInCadre(t, county, { villageCode: await neighbourVillage(t, VILLAGE) }))
      .client;
    township = await signInReady(
      t,
      await createUser(county, { roles: [{ role: 'township_admin', divisionCode: TOWNSHIP }] }),
    );
    otherTownship = await signInReady(
      t,
      await createUser(county, { roles: [{ role: 'township_admin', divisionCode: '140622101' }] }),
    );
  });
  afterAll(() => t.close());

  it('tells the village’s stationed cadres and its township, naming the village, the category and the words', async () => {
    const { id } = await submit('老人腿脚不便，希望村医每月上门量一次血压');
    for (const who of [stationed, township]) {
      const heard = (await bellOf(who, 'request_submitted')).filter((n) => n.payload.requestId === id);
      expect(heard).toHaveLength(1);
      expect(heard[0]!.payload).toEqual({
        requestId: id,
        villageCode: VILLAGE,
        villageName,
        category: 'medical',
        text: '老人腿脚不便，希望村医每月上门量一次血压',
      });
    }
    // the village committee, a cadre of the next village, another township and the county do not
    for (const who of [committee, elsewhere, otherTownship, county])
      expect((await bellOf(who, 'request_submitted')).filter((n) => n.payload.requestId === id)).toEqual([]);
  });

  it('tells them again when the villager answers 不满意 on /track and the request reopens', async () => {
    const { trackingCode, id } = await submit('自来水管冬天冻裂，全组停水两天');
    await t.database.db.execute(
      sql`update requests set state = 'resolved', result = '已更换水管' where id = ${id}`,
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/track/${trackingCode}/follow-up`,
      payload: { satisfaction: 'dissatisfied', note: '只换了一段' },
    });
    expect(res.statusCode, res.body).toBe(200);
    for (const who of [stationed, township]) {
      const heard = (await bellOf(who, 'request_reopened')).filter((n) => n.payload.requestId === id);
      expect(heard).toHaveLength(1);
      expect(heard[0]!.payload).toMatchObject({
        requestId: id,
        villageName,
        category: 'medical',
        satisfaction: 'dissatisfied',
        text: '自来水管冬天冻裂，全组停水两天',
      });
    }
    for (const who of [committee, elsewhere, otherTownship])
      expect((await bellOf(who, 'request_reopened')).filter((n) => n.payload.requestId === id)).toEqual([]);
  });

  it('says nothing of a satisfied answer: nothing is reopened', async () => {
    const { trackingCode, id } = await submit('村口垃圾箱满了没人清');
    await t.database.db.execute(
      sql`update requests set state = 'resolved', result = '已清运' where id = ${id}`,
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/public/track/${trackingCode}/follow-up`,
      payload: { satisfaction: 'satisfied' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await bellOf(stationed, 'request_reopened')).filter((n) => n.payload.requestId === id)).toEqual(
      [],
    );
  });

  it('cuts a long request to its first words in the bell', async () => {
    const long = `${'村里的路灯'.repeat(20)}尾巴`;
    const { id } = await submit(long);
    const [heard] = (await bellOf(stationed, 'request_submitted')).filter((n) => n.payload.requestId === id);
    const text = String(heard!.payload.text);
    expect([...text]).toHaveLength(60);
    expect(text.endsWith('…')).toBe(true);
    expect(long.startsWith(text.slice(0, -1))).toBe(true);
  });
});
