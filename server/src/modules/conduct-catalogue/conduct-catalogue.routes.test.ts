import type { TConductCatalogue } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { dutyContext, type TDutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';
import { createConductItem, recordViolation } from '../../test/violation-factory.ts';

describe('the negative list (履职行为负面清单), by year', () => {
  let ctx: TDutyContext;
  let t: TTestApp;
  let admin: TClient;
  let year: number;
  beforeAll(async () => {
    ctx = await dutyContext();
    ({ t, admin } = ctx);
    year = Number(ctx.today.slice(0, 4));
  });
  afterAll(() => t.close());

  const read = (c: TClient, y: number) =>
    c.request({ method: 'GET', url: `/api/conduct-catalogue/${y}` }).then((r) => r.json<TConductCatalogue>());

  it('is read by every role with the rules; only the county changes it', async () => {
    const demo = await read(ctx.cadre, year);
    expect(demo.exists).toBe(true);
    expect(demo.items.length).toBeGreaterThan(0);
    expect(demo.items.some((i) => i.veto)).toBe(true);
    const add = (c: TClient) =>
      c.request({
        method: 'POST',
        url: `/api/conduct-catalogue/${year}/items`,
        payload: { conduct: 'township tries', deduction: 1, veto: false },
      });
    expect((await add(ctx.township)).statusCode).toBe(403);
    expect((await add(ctx.cadre)).statusCode).toBe(403);
    const bad = await admin.request({
      method: 'POST',
      url: `/api/conduct-catalogue/${year}/items`,
      payload: { conduct: '一', deduction: 101, veto: false },
    });
    expect(bad.statusCode).toBe(400);
    const fields = errorOf(bad).details?.map((d) => d.message) ?? [];
    expect(fields.some((m) => m.startsWith('负面清单事项内容'))).toBe(true);
    expect(fields.some((m) => m.startsWith('扣分'))).toBe(true);
  });

  it('keeps earlier years read-only, and an item a record cites unchanged', async () => {
    const closed = await admin.request({
      method: 'PUT',
      url: `/api/conduct-catalogue/${year - 1}`,
      payload: { answerDays: 7 },
    });
    expect(closed.statusCode).toBe(409);
    expect(errorOf(closed).message).toBe(`${year - 1} 年度的负面清单已过该年度，只能查看，不能修改`);

    const itemId = await createConductItem(admin, year, { deduction: 4 });
    const change = (deduction: number) =>
      admin.request({
        method: 'PUT',
        url: `/api/conduct-items/${itemId}`,
        payload: { conduct: `改过的事项${itemId}`, deduction, veto: false },
      });
    expect((await change(3)).statusCode).toBe(200);
    const cadre = await ctx.newCadre('清单干部');
    await recordViolation(admin, { personId: cadre.cadre.id, itemId, occurredOn: ctx.today });
    const used = await change(1);
    expect(used.statusCode).toBe(409);
    expect(errorOf(used).message).toMatch(/^该事项已被违规记录引用/);
    const retired = await admin.request({ method: 'POST', url: `/api/conduct-items/${itemId}/retire` });
    expect(retired.json<TConductCatalogue>().items.find((i) => i.id === itemId)).toMatchObject({
      retired: true,
      used: true,
      deduction: 3,
    });
  });

  it('starts a new year from the year before, with its answer period', async () => {
    const next = year + 2;
    expect((await read(admin, next)).exists).toBe(false);
    await admin.request({
      method: 'PUT',
      url: `/api/conduct-catalogue/${year + 1}`,
      payload: { answerDays: 7 },
    });
    await createConductItem(admin, year + 1, { text: '下一年度的事项' });
    const copied = await admin.request({ method: 'POST', url: `/api/conduct-catalogue/${next}/copy` });
    expect(copied.statusCode, copied.body).toBe(200);
    const c = copied.json<TConductCatalogue>();
    expect(c).toMatchObject({ exists: true, answerDays: 7, closed: false });
    expect(c.items.map((i) => i.conduct)).toContain('下一年度的事项');
    const twice = await admin.request({ method: 'POST', url: `/api/conduct-catalogue/${next}/copy` });
    expect(twice.statusCode).toBe(409);
  });
});
