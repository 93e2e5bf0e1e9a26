import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TTestApp } from '../../test/build-test-app.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';
import { answerAll, countAnswers, jinchengVillages, setUpSurvey } from '../../test/rating-survey-factory.ts';

/** Households 户01 … with phones ending 0001 …. */
const householdsOf = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({
    headName: `${prefix}${String(i + 1).padStart(2, '0')}`,
    phone: `1390000${String(i + 1).padStart(4, '0')}`,
  }));
const last4 = (i: number) => String(i + 1).padStart(4, '0');

async function appWith(survey: { perIpPerHour: number; perAddressPerDay: number; perVillagePerDay: number }) {
  const t = await buildTestApp({ login: ROOMY_LOGIN, survey });
  const admin = await t.signIn('admin');
  const villages = await jinchengVillages(t);
  return { t, admin, villages };
}

/** The flood and stuffing tests: scripted answers beyond the limits change nothing. */
describe('the survey under scripted answers', () => {
  const apps: TTestApp[] = [];
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  it('stuffing: one household scripted 300 times keeps its first answer, one row per cadre', async () => {
    const { t, admin, villages } = await appWith({
      perIpPerHour: 100_000,
      perAddressPerDay: 20,
      perVillagePerDay: 300,
    });
    apps.push(t);
    const s = await setUpSurvey(t, admin, {
      village: villages[1]!,
      cadres: ['甲干部', '乙干部'],
      households: [{ headName: '刷票户', phone: '13600009999' }],
    });
    const body = (answer: string) => ({
      headName: '刷票户',
      phoneLast4: '9999',
      answers: answerAll(s.survey, answer),
    });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/public/v/${s.token}/survey`,
          payload: body('dissatisfied'),
        })
      ).statusCode,
    ).toBe(200);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/public/v/${s.token}/survey`,
        payload: body(i % 2 ? 'satisfied' : 'basically_satisfied'),
        remoteAddress: `198.51.100.${(i % 250) + 1}`,
      });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 409: 300 });
    const rows = await rowsOf<{ answer: string }>(
      t.database.db,
      sql`select answer from rating_survey_answers where cycle_id = ${s.cycleId}`,
    );
    expect(rows.map((r) => r.answer)).toEqual(['dissatisfied', 'dissatisfied']);
  }, 120_000);

  it('flood from one address: households beyond the daily cap change nothing; another address still gets through', async () => {
    const cap = 3;
    const { t, admin, villages } = await appWith({
      perIpPerHour: 100_000,
      perAddressPerDay: cap,
      perVillagePerDay: 300,
    });
    apps.push(t);
    const s = await setUpSurvey(t, admin, {
      village: villages[2]!,
      cadres: ['丙干部'],
      households: householdsOf(12, '户'),
    });
    const send = (i: number, remoteAddress = '203.0.113.9') =>
      t.app.inject({
        method: 'POST',
        url: `/api/public/v/${s.token}/survey`,
        payload: { headName: `户${last4(i).slice(2)}`, phoneLast4: last4(i), answers: answerAll(s.survey) },
        remoteAddress,
      });
    const codes: number[] = [];
    for (let i = 0; i < 10; i++) codes.push((await send(i)).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429, 429, 429, 429, 429, 429]);
    const refused = await send(5);
    expect(errorOf(refused).message).toBe(
      `同一网络今天已提交 ${cap} 户的评价，已达上限，请明天再试，或联系驻村干部`,
    );
    expect(await countAnswers(t, s.cycleId)).toBe(cap);
    expect((await send(10, '192.0.2.77')).statusCode).toBe(200);
    expect(await countAnswers(t, s.cycleId)).toBe(cap + 1);
  }, 120_000);

  it('holds a concurrent burst from one address to the cap (counted and stored under the village’s lock)', async () => {
    const cap = 4;
    const { t, admin, villages } = await appWith({
      perIpPerHour: 100_000,
      perAddressPerDay: cap,
      perVillagePerDay: 300,
    });
    apps.push(t);
    const s = await setUpSurvey(t, admin, {
      village: villages[3]!,
      cadres: ['丁干部'],
      households: householdsOf(20, '户'),
    });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: `/api/public/v/${s.token}/survey`,
          payload: { headName: `户${last4(i).slice(2)}`, phoneLast4: last4(i), answers: answerAll(s.survey) },
          remoteAddress: '203.0.113.10',
        }),
      ),
    );
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(cap);
    expect(answers.filter((r) => r.statusCode === 429)).toHaveLength(20 - cap);
    expect(await countAnswers(t, s.cycleId)).toBe(cap);
  }, 120_000);

  it('caps a village’s households per day across many addresses', async () => {
    const cap = 5;
    const { t, admin, villages } = await appWith({
      perIpPerHour: 100_000,
      perAddressPerDay: 100,
      perVillagePerDay: cap,
    });
    apps.push(t);
    const s = await setUpSurvey(t, admin, {
      village: villages[4]!,
      cadres: ['戊干部'],
      households: householdsOf(12, '户'),
    });
    const codes: number[] = [];
    let refusal = '';
    for (let i = 0; i < 12; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/public/v/${s.token}/survey`,
        payload: { headName: `户${last4(i).slice(2)}`, phoneLast4: last4(i), answers: answerAll(s.survey) },
        remoteAddress: `198.51.100.${i + 1}`,
      });
      codes.push(res.statusCode);
      if (res.statusCode === 429 && !refusal) refusal = errorOf(res).message;
    }
    expect(codes.filter((c) => c === 200)).toHaveLength(cap);
    expect(refusal).toBe(`本村今天在线评议已达 ${cap} 户上限，请明天再提交`);
    expect(await countAnswers(t, s.cycleId)).toBe(cap);
  }, 120_000);

  it('guessing a phone’s last four digits is cut off per address per hour, and the right guess then changes nothing', async () => {
    const { t, admin, villages } = await appWith({
      perIpPerHour: 20,
      perAddressPerDay: 100,
      perVillagePerDay: 300,
    });
    apps.push(t);
    const s = await setUpSurvey(t, admin, {
      village: villages[5]!,
      cadres: ['己干部'],
      households: [{ headName: '被猜户', phone: '13800004242' }],
    });
    const guess = (digits: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/public/v/${s.token}/survey`,
        payload: { headName: '被猜户', phoneLast4: digits, answers: answerAll(s.survey, 'dissatisfied') },
        remoteAddress: '203.0.113.66',
      });
    const codes = new Map<number, number>();
    for (let i = 0; i < 100; i++) {
      const res = await guess(String(4000 + i));
      codes.set(res.statusCode, (codes.get(res.statusCode) ?? 0) + 1);
    }
    expect(Object.fromEntries(codes)).toEqual({ 400: 20, 429: 80 });
    const right = await guess('4242');
    expect(right.statusCode).toBe(429);
    expect(errorOf(right).message).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/);
    expect(await countAnswers(t, s.cycleId)).toBe(0);
  }, 120_000);
});
