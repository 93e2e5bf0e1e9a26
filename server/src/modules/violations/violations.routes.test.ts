import {
  addDays,
  localDate,
  type TMyViolations,
  type TViolationDetail,
  type TViolationList,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { dutyContext, type TDutyContext } from '../../test/duty-context.ts';
import { createUser, errorOf, signInReady } from '../../test/factories.ts';
import { createConductItem, recordViolation } from '../../test/violation-factory.ts';

describe('violation records (负面清单 due process)', () => {
  let ctx: TDutyContext;
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let today: string;
  let year: number;
  beforeAll(async () => {
    ctx = await dutyContext();
    ({ t, admin, township, today } = ctx);
    year = Number(today.slice(0, 4));
  });
  afterAll(() => t.close());

  const decide = (client: TClient, id: number, payload: Record<string, unknown>) =>
    client.request({ method: 'POST', url: `/api/violations/${id}/decide`, payload });
  const statement = (client: TClient, id: number, action: 'answer' | 'appeal', explanation: string) =>
    client.request({
      method: 'POST',
      url: `/api/duty/my/violations/${id}/${action}`,
      payload: { explanation },
    });
  const auditCount = async (id: number) =>
    (
      await rowsOf<{ n: number }>(
        t.database.db,
        sql`select count(*)::int as n from audit_log where object_type = 'violation' and object_id = ${String(id)}`,
      )
    )[0]!.n;

  it('refuses a decision before the answer period ends, then takes it once the cadre has answered', async () => {
    const cadre = await ctx.newCadre('申辩干部');
    const itemId = await createConductItem(admin, year, { deduction: 5 });
    const v = await recordViolation(township, { personId: cadre.cadre.id, itemId, occurredOn: today });
    expect(v.state).toBe('notified');
    expect(v.recordedLevel).toBe('township');
    expect(v.answerDue).toBe(addDays(today, 5));

    // the cadre is told in the bell
    const bell = await cadre.client.request({ method: 'GET', url: '/api/notifications' });
    expect(bell.body).toContain('violation_recorded');

    const early = await decide(admin, v.id, { outcome: 'upheld', reason: '事实清楚' });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toBe(
      `申辩期至 ${v.answerDue} 结束，干部尚未申辩，申辩期结束前不能作出决定`,
    );

    // a township cannot decide at all
    expect((await decide(township, v.id, { outcome: 'upheld', reason: '事实清楚' })).statusCode).toBe(403);

    const answered = await statement(
      cadre.client,
      v.id,
      'answer',
      '当天因村里突发火情赶赴现场处置，事后补报。',
    );
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<TViolationDetail>().state).toBe('answered');
    const again = await statement(cadre.client, v.id, 'answer', '再补充一次说明，应被拒绝。');
    expect(again.statusCode).toBe(409);

    const noLower = await decide(admin, v.id, {
      outcome: 'reduced',
      reducedDeduction: 5,
      reason: '情有可原',
    });
    expect(noLower.statusCode).toBe(400);
    expect(errorOf(noLower).details?.[0]?.message).toBe('减轻后的扣分：减轻后的扣分须低于原扣分 5 分');

    const decided = await decide(admin, v.id, {
      outcome: 'reduced',
      reducedDeduction: 2,
      reason: '情有可原，减轻扣分',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const d = decided.json<TViolationDetail>();
    expect(d).toMatchObject({ state: 'decided', outcome: 'reduced', finalDeduction: 2 });
    expect(d.events.map((e) => e.action)).toEqual(['record', 'answer', 'decide']);
    expect(d.events[2]!.note).toBe('情有可原，减轻扣分');
    expect(await auditCount(v.id)).toBe(3);

    const mine = (
      await cadre.client.request({ method: 'GET', url: `/api/duty/my/violations?year=${year}` })
    ).json<TMyViolations>();
    expect(mine.year).toMatchObject({ counted: 1, totalDeduction: 2, gradeCap: null });
    expect(mine.items[0]!.allowed).toEqual(['appeal']);
  });

  it('decides without an answer once the answer period has ended', async () => {
    const cadre = await ctx.newCadre('未申辩干部');
    const itemId = await createConductItem(admin, year);
    const v = await recordViolation(admin, { personId: cadre.cadre.id, itemId, occurredOn: today });
    expect(v.recordedLevel).toBe('county');
    t.clock.advanceMinutes(6 * 24 * 60);
    try {
      const county = await t.signIn('admin');
      const late = await statement(await cadre.signIn(), v.id, 'answer', '申辩期过后才来申辩的说明。');
      expect(late.statusCode).toBe(409);
      expect(errorOf(late).message).toBe(`申辩期已于 ${v.answerDue} 结束，不能再申辩`);
      const res = await decide(county, v.id, { outcome: 'upheld', reason: '逾期未申辩，事实清楚' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<TViolationDetail>().appealDue).toBe(addDays(localDate(t.clock.now()), 5));
    } finally {
      t.clock.advanceMinutes(-6 * 24 * 60);
    }
  });

  it('lets only the cadre appeal, once; the decision on the appeal is final, and a veto caps the year', async () => {
    const cadre = await ctx.newCadre('申诉干部');
    const other = await ctx.newCadre('旁人干部');
    const itemId = await createConductItem(admin, year, {
      deduction: 0,
      veto: true,
      text: `受到党纪政务处分-${Date.now()}`,
    });
    const v = await recordViolation(admin, { personId: cadre.cadre.id, itemId, occurredOn: today });
    expect((await statement(other.client, v.id, 'answer', '不是我的记录，也想申辩。')).statusCode).toBe(404);
    expect((await statement(cadre.client, v.id, 'appeal', '还没决定就申诉，应被拒绝。')).statusCode).toBe(
      409,
    );
    await statement(cadre.client, v.id, 'answer', '对处分决定本身无异议，但请核实时间。');
    expect((await decide(admin, v.id, { outcome: 'upheld', reason: '已受处分' })).statusCode).toBe(200);

    const year1 = await admin.request({
      method: 'GET',
      url: `/api/violations/year?personId=${cadre.cadre.id}&year=${year}`,
    });
    expect(year1.json()).toMatchObject({
      gradeCap: 'incompetent',
      vetoes: [expect.stringContaining('受到党纪政务处分')],
    });

    expect((await statement(other.client, v.id, 'appeal', '替别人申诉，应被拒绝。')).statusCode).toBe(404);
    const appealed = await statement(cadre.client, v.id, 'appeal', '处分已被上级撤销，请复核。');
    expect(appealed.json<TViolationDetail>().state).toBe('appealed');
    const twice = await statement(cadre.client, v.id, 'appeal', '再申诉一次，应被拒绝。');
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).message).toBe('每条违规记录只能申诉一次，复核决定为最终决定');

    const final = await decide(admin, v.id, { outcome: 'upheld', reason: '复核维持' });
    expect(final.json<TViolationDetail>()).toMatchObject({ state: 'final', outcome: 'upheld', allowed: [] });
    expect(final.json<TViolationDetail>().events.map((e) => e.action)).toEqual([
      'record',
      'answer',
      'decide',
      'appeal',
      'decide_appeal',
    ]);
    expect((await decide(admin, v.id, { outcome: 'dismissed', reason: '再改一次' })).statusCode).toBe(409);
    expect((await statement(cadre.client, v.id, 'appeal', '终局之后再申诉。')).statusCode).toBe(409);
    const mine = (
      await cadre.client.request({ method: 'GET', url: '/api/duty/my/violations' })
    ).json<TMyViolations>();
    expect(mine.year.gradeCap).toBe('incompetent');
  });

  it('shows records to the cadre, their township and the county only', async () => {
    const cadre = await ctx.newCadre('范围干部');
    const itemId = await createConductItem(admin, year);
    const v = await recordViolation(township, { personId: cadre.cadre.id, itemId, occurredOn: today });
    const get = (c: TClient) => c.request({ method: 'GET', url: `/api/violations/${v.id}` });
    expect((await get(admin)).json<TViolationDetail>().allowed).toEqual([]);
    expect((await get(township)).statusCode).toBe(200);
    expect((await get(ctx.otherTownship)).statusCode).toBe(404);
    expect((await get(ctx.viewer)).statusCode).toBe(403);
    expect((await get(ctx.cadre)).statusCode).toBe(403);
    const mentor = await signInReady(
      t,
      await createUser(admin, { roles: [{ role: 'mentor', divisionCode: '140622' }] }),
    );
    expect((await get(mentor)).statusCode).toBe(403);

    const list = (c: TClient) =>
      c.request({ method: 'GET', url: `/api/violations?year=${year}&personId=${cadre.cadre.id}` });
    expect((await list(township)).json<TViolationList>().total).toBe(1);
    expect((await list(ctx.otherTownship)).json<TViolationList>()).toEqual({ items: [], total: 0 });
    expect((await list(ctx.viewer)).statusCode).toBe(403);
    const year2 = `/api/violations/year?personId=${cadre.cadre.id}&year=${year}`;
    expect((await ctx.otherTownship.request({ method: 'GET', url: year2 })).statusCode).toBe(404);
    // another cadre's own list does not hold it; the township of another cannot record for it
    const others = (
      await ctx.cadre.request({ method: 'GET', url: '/api/duty/my/violations' })
    ).json<TMyViolations>();
    expect(others.items.some((i) => i.id === v.id)).toBe(false);
    const foreign = await ctx.otherTownship.request({
      method: 'POST',
      url: '/api/violations',
      payload: { personId: cadre.cadre.id, itemId, occurredOn: today, circumstances: '越权登记的违规记录。' },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses recording a violation of oneself, and bad input with the field named', async () => {
    const cadre = await ctx.newCadre('本人干部');
    const created = await createUser(admin, {
      roles: [{ role: 'township_admin', divisionCode: cadre.cadre.postings[0]!.villageCode.slice(0, 9) }],
    });
    await t.database.db.execute(
      sql`update persons set user_id = ${created.user.id} where id = ${cadre.cadre.id}`,
    );
    const self = await signInReady(t, created);
    const itemId = await createConductItem(admin, year);
    const payload = {
      personId: cadre.cadre.id,
      itemId,
      occurredOn: today,
      circumstances: '给自己登记一条记录。',
    };
    const res = await self.request({ method: 'POST', url: '/api/violations', payload });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).message).toBe('不能登记或决定涉及本人的违规记录');

    const post = (body: Record<string, unknown>) =>
      township.request({ method: 'POST', url: '/api/violations', payload: { ...payload, ...body } });
    const future = await post({ occurredOn: addDays(today, 1) });
    expect(errorOf(future).details?.[0]?.message).toBe('发生日期：不能晚于今天');
    const lastYear = await createConductItem(admin, year + 1);
    const wrongYear = await post({ itemId: lastYear });
    expect(wrongYear.statusCode).toBe(400);
    expect(errorOf(wrongYear).details?.[0]?.message).toBe(
      `负面清单事项：须为 ${year} 年度负面清单中在用的事项`,
    );
    const short = await post({ circumstances: '短' });
    expect(errorOf(short).details?.[0]?.message).toMatch(/^违规情形/);
    const photo = await post({ photoIds: [999999] });
    expect(photo.statusCode).toBe(400);
  });
});
