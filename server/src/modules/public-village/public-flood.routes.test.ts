import type { TPublicLink } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TTestApp } from '../../test/build-test-app.ts';
import { errorOf } from '../../test/factories.ts';

const VILLAGE = '140622100200';
const payload = { category: 'environment', description: '垃圾没人清运', consent: true };

async function appWith(limits: { perIp: number; perVillage: number }) {
  const t = await buildTestApp({
    publicPage: {
      baseUrl: null,
      submitPerIpPerHour: limits.perIp,
      trackPerIpPerMinute: 10_000,
      submitPerVillagePerDay: limits.perVillage,
    },
  });
  const admin = await t.signIn('admin');
  const { token } = (
    await admin.request({ method: 'GET', url: `/api/villages/${VILLAGE}/public-link` })
  ).json<TPublicLink>();
  const count = async () =>
    Number((await rowsOf<{ n: number }>(t.database.db, sql`select count(*) as n from requests`))[0]!.n);
  const submit = (remoteAddress = '203.0.113.7') =>
    t.app.inject({ method: 'POST', url: `/api/public/v/${token}/requests`, payload, remoteAddress });
  return { t, count, submit };
}

describe('bounded public submissions (no CAPTCHA, but bounded)', () => {
  const apps: TTestApp[] = [];
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  it('cuts a flood of 2,000 submissions from one address to the village’s daily cap; the table grows by the cap', async () => {
    const cap = 7;
    const { t, count, submit } = await appWith({ perIp: 100_000, perVillage: cap });
    apps.push(t);
    const before = await count();
    const statuses = new Map<number, number>();
    let refusal = '';
    for (let i = 0; i < 2000; i++) {
      const res = await submit();
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      if (res.statusCode === 429 && !refusal) refusal = errorOf(res).message;
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: cap, 429: 2000 - cap });
    expect(refusal).toBe(`本村今天在线提交的诉求已达 ${cap} 条上限，请明天再提交，或直接联系驻村干部`);
    expect(await count()).toBe(before + cap);
    const [events] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*) as n from request_events where actor_kind = 'submitter'`,
    );
    expect(Number(events!.n)).toBe(cap);
  }, 180_000);

  it('holds a burst of concurrent submissions to the cap too (count and insert in one locked transaction)', async () => {
    const cap = 5;
    const { t, count, submit } = await appWith({ perIp: 100_000, perVillage: cap });
    apps.push(t);
    const before = await count();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => submit(`198.51.100.${i + 1}`)));
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(cap);
    expect(answers.filter((r) => r.statusCode === 429)).toHaveLength(40 - cap);
    expect(await count()).toBe(before + cap);
  });

  it('limits one address per hour, in Chinese, while another address still gets through', async () => {
    const { t, count, submit } = await appWith({ perIp: 3, perVillage: 1000 });
    apps.push(t);
    const before = await count();
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await submit()).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429, 429]);
    const refused = await submit();
    expect(errorOf(refused).code).toBe('rate_limited');
    expect(errorOf(refused).message).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/);
    expect((await submit('192.0.2.55')).statusCode).toBe(200);
    expect(await count()).toBe(before + 4);
  });
});
