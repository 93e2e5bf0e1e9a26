import { addDays, type TFundingEntryView, type TFundingLedger } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { dutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';
import { insertTestHome } from '../../test/home-factory.ts';
import { solid } from '../../test/images.ts';

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

describe('home funding (统一资金)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let viewer: TClient;
  let today: string;
  let villageCode: string;
  let otherVillage: string;
  beforeAll(async () => {
    ({ t, cadre, township, otherTownship, viewer, today, villageCode } = await dutyContext());
    const other = villageCode.startsWith('140622100') ? '140622101' : '140622100';
    const [village] = await rowsOf<{ code: string }>(
      t.database.db,
      sql`select code from divisions where parent_code = ${other} and level = 'village' order by code limit 1`,
    );
    otherVillage = village!.code;
  });
  afterAll(() => t.close());

  /** A fresh home in the cadre's village (the township's) and one in another township, no entries yet. */
  const twoHomes = async () => ({
    homeId: (await insertTestHome(t.database.db, { villageCode })).id,
    otherHomeId: (await insertTestHome(t.database.db, { villageCode: otherVillage, kind: 'farmhouse' })).id,
  });
  const countEntries = async (...ids: number[]) =>
    Number(
      (
        await rowsOf<{ n: number }>(
          t.database.db,
          sql`select count(*) as n from home_funding_entries where home_id in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`,
        )
      )[0]!.n,
    );
  const auditsOf = (action: string, homeId: number) =>
    rowsOf<{ details: Record<string, unknown> }>(
      t.database.db,
      sql`select details from audit_log where action = ${action}
          and details->>'homeId' = ${String(homeId)} order by id`,
    );
  const upload = (payload: Buffer, type = 'application/pdf', client = township) =>
    client.request({
      method: 'POST',
      url: '/api/homes/funding/vouchers',
      headers: { 'content-type': type },
      payload,
    });
  const add = (id: number, payload: Record<string, unknown>, client = township) =>
    client.request({ method: 'POST', url: `/api/homes/${id}/funding`, payload });
  const correct = (id: number, entryId: number, payload: Record<string, unknown>) =>
    township.request({ method: 'POST', url: `/api/homes/${id}/funding/${entryId}/corrections`, payload });
  const ledger = async (id: number, client = township) =>
    (await client.request({ method: 'GET', url: `/api/homes/${id}/funding` })).json<TFundingLedger>();
  const IN = {
    direction: 'in',
    source: 'selectee_settlement',
    amountFen: 500_000,
    purpose: '选调生一次性安置费到账',
  };
  const OUT = { direction: 'out', source: 'team_funds', amountFen: 123_456, purpose: '购置热水器' };
  /** A ledger of three entries: 5000 in, 1234.56 out, 10 in (501000 fen in, 123456 out). */
  const threeEntries = async (id: number) => {
    for (const payload of [
      { ...IN, date: addDays(today, -2) },
      { ...OUT, date: addDays(today, -1) },
      { ...IN, source: 'other', amountFen: 1_000, date: today, purpose: '房东退押金' },
    ]) {
      const res = await add(id, payload);
      expect(res.statusCode, res.body).toBe(200);
    }
  };

  it('refuses bad input with a Chinese message naming the field, and stores nothing', async () => {
    const { homeId } = await twoHomes();
    const date = addDays(today, -3);
    const negative = await add(homeId, { ...IN, date, amountFen: -100 });
    expect(negative.statusCode).toBe(400);
    expect(errorOf(negative).details?.[0]?.message).toBe('金额不能小于 1');
    expect((await add(homeId, { ...IN, date, amountFen: 0 })).statusCode).toBe(400);
    expect((await add(homeId, { ...IN, date, amountFen: 12.5 })).statusCode).toBe(400);
    const future = await add(homeId, { ...IN, date: addDays(today, 1) });
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).details?.[0]?.message).toBe(
      `日期：${addDays(today, 1)} 还没到，不能登记未来的收支`,
    );
    const source = await add(homeId, { ...IN, date, source: 'lottery' });
    expect(errorOf(source).details?.[0]?.message).toMatch(/^资金来源/);
    const voucher = await add(homeId, { ...IN, date, voucherFileId: 999_999 });
    expect(errorOf(voucher).details?.[0]?.message).toBe('凭证：找不到您上传的这个文件，请重新上传');
    expect(await countEntries(homeId)).toBe(0);
  });

  it('takes a voucher as PDF or image, refuses other files and vouchers uploaded by someone else', async () => {
    const { homeId } = await twoHomes();
    const pdf = await upload(PDF_BYTES);
    expect(pdf.statusCode).toBe(200);
    const image = await upload(await solid(60, 40).png().toBuffer(), 'image/png');
    expect(image.statusCode).toBe(200);
    const text = await upload(Buffer.from('收据：伍仟元整'), 'text/plain');
    expect(text.statusCode).toBe(400);
    expect(errorOf(text).details?.[0]).toEqual({
      field: 'voucherFileId',
      message: '凭证只接受 PDF、JPEG、PNG 或 WebP 文件',
    });
    expect((await upload(Buffer.alloc(0))).statusCode).toBe(400);
    expect((await upload(PDF_BYTES, 'application/pdf', viewer)).statusCode).toBe(403);

    const theirs = (await upload(PDF_BYTES, 'application/pdf', otherTownship)).json<{ id: number }>().id;
    const refused = await add(homeId, { ...IN, date: today, voucherFileId: theirs });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).details?.[0]).toEqual({
      field: 'voucherFileId',
      message: '凭证：找不到您上传的这个文件，请重新上传',
    });
    expect(await countEntries(homeId)).toBe(0);

    const withPdf = await add(homeId, {
      ...IN,
      date: addDays(today, -2),
      voucherFileId: pdf.json<{ id: number }>().id,
    });
    expect(withPdf.statusCode).toBe(200);
    const entry = withPdf.json<TFundingEntryView>();
    expect(entry).toMatchObject({ hasVoucher: true, amountFen: 500_000, effectiveFen: 500_000 });
    const shown = await township.request({
      method: 'GET',
      url: `/api/homes/${homeId}/funding/${entry.id}/voucher`,
    });
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('application/pdf');
    expect(shown.rawPayload.subarray(0, 9).toString()).toBe('%PDF-1.4\n');
    // a voucher names one entry only
    const again = await add(homeId, { ...IN, date: today, voucherFileId: pdf.json<{ id: number }>().id });
    expect(errorOf(again).details?.[0]?.field).toBe('voucherFileId');
    const out = await add(homeId, {
      ...OUT,
      date: addDays(today, -1),
      voucherFileId: image.json<{ id: number }>().id,
    });
    expect(out.json<TFundingEntryView>()).toMatchObject({ direction: 'out', amountFen: -123_456 });
    const photo = await cadre.request({
      method: 'GET',
      url: `/api/homes/${homeId}/funding/${out.json<TFundingEntryView>().id}/voucher`,
    });
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const none = await add(homeId, {
      ...IN,
      source: 'other',
      amountFen: 1_000,
      date: today,
      purpose: '房东退押金',
    });
    expect(
      (
        await township.request({
          method: 'GET',
          url: `/api/homes/${homeId}/funding/${none.json<TFundingEntryView>().id}/voucher`,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await otherTownship.request({
          method: 'GET',
          url: `/api/homes/${homeId}/funding/${entry.id}/voucher`,
        })
      ).statusCode,
    ).toBe(404);

    const l = await ledger(homeId);
    expect(l.entries.map((e) => e.amountFen)).toEqual([500_000, -123_456, 1_000]);
    expect(l.totals).toEqual({
      bySource: { selectee_settlement: 500_000, team_funds: -123_456, township_party_award: 0, other: 1_000 },
      inFen: 501_000,
      outFen: 123_456,
      total: 377_544,
    });
    expect(await auditsOf('home_funding.create', homeId)).toHaveLength(3);
  });

  it('corrects with a new entry holding the difference; the original row never changes', async () => {
    const { homeId, otherHomeId } = await twoHomes();
    await threeEntries(homeId);
    const before = await ledger(homeId);
    const out = before.entries.find((e) => e.direction === 'out')!;
    const [original] = await rowsOf<Record<string, unknown>>(
      t.database.db,
      sql`select * from home_funding_entries where id = ${out.id}`,
    );
    const fixed = await correct(homeId, out.id, {
      amountFen: 120_000,
      reason: '发票金额为 1200 元，录入有误',
    });
    expect(fixed.statusCode).toBe(200);
    expect(fixed.json<TFundingEntryView>()).toMatchObject({
      correctsId: out.id,
      direction: 'out',
      source: 'team_funds',
      amountFen: 3_456,
      effectiveFen: null,
      reason: '发票金额为 1200 元，录入有误',
      date: today,
    });
    const [after] = await rowsOf<Record<string, unknown>>(
      t.database.db,
      sql`select * from home_funding_entries where id = ${out.id}`,
    );
    expect(after).toEqual(original);

    // a second correction starts from the corrected amount
    const twice = await correct(homeId, out.id, { amountFen: 0, reason: '该笔支出已由乡镇直接支付，撤销' });
    expect(twice.json<TFundingEntryView>().amountFen).toBe(120_000);
    const l = await ledger(homeId);
    expect(l.entries.find((e) => e.id === out.id)!.effectiveFen).toBe(0);
    expect(l.entries.filter((e) => e.correctsId === out.id)).toHaveLength(2);
    expect(l.totals).toMatchObject({ inFen: 501_000, outFen: 0, total: 501_000 });
    expect(l.totals.bySource.team_funds).toBe(0);
    // inFen and outFen are the positive and negative effective amounts of the originals
    const effective = l.entries.flatMap((e) => (e.effectiveFen === null ? [] : [e.effectiveFen]));
    expect(effective.filter((x) => x > 0).reduce((a, b) => a + b, 0)).toBe(l.totals.inFen);
    expect(effective.filter((x) => x < 0).reduce((a, b) => a - b, 0)).toBe(l.totals.outFen);

    const count = await countEntries(homeId, otherHomeId);
    const ofCorrection = await correct(homeId, twice.json<TFundingEntryView>().id, {
      amountFen: 5,
      reason: '再改',
    });
    expect(ofCorrection.statusCode).toBe(400);
    expect(errorOf(ofCorrection).details?.[0]).toEqual({
      field: 'entryId',
      message: '收支记录：请更正原始记录，不能更正一条更正记录',
    });
    const same = await correct(homeId, out.id, { amountFen: 0, reason: '重复更正' });
    expect(errorOf(same).details?.[0]?.message).toBe('金额：与当前金额相同，无需更正');
    const noReason = await correct(homeId, out.id, { amountFen: 100, reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect((await correct(otherHomeId, out.id, { amountFen: 100, reason: '错家园' })).statusCode).toBe(404);
    expect((await correct(homeId, 999_999, { amountFen: 100, reason: '不存在' })).statusCode).toBe(404);
    expect(await countEntries(homeId, otherHomeId)).toBe(count);
    const audit = await auditsOf('home_funding.correct', homeId);
    expect(audit.map((a) => a.details)).toMatchObject([
      {
        originalFen: -123_456,
        previousFen: -123_456,
        newFen: -120_000,
        reason: '发票金额为 1200 元，录入有误',
      },
      { originalFen: -123_456, previousFen: -120_000, newFen: 0 },
    ]);
  });

  it('keeps the ledger in scope: other township 404, viewer reads but may not write, the cadre reads', async () => {
    const { homeId, otherHomeId } = await twoHomes();
    await threeEntries(homeId);
    const count = await countEntries(homeId, otherHomeId);
    const date = addDays(today, -1);
    expect((await add(homeId, { ...IN, date }, otherTownship)).statusCode).toBe(404);
    expect(
      (await otherTownship.request({ method: 'GET', url: `/api/homes/${homeId}/funding` })).statusCode,
    ).toBe(404);
    expect((await add(homeId, { ...IN, date }, viewer)).statusCode).toBe(403);
    expect((await add(homeId, { ...IN, date }, cadre)).statusCode).toBe(403);
    expect((await add(999_999, { ...IN, date })).statusCode).toBe(404);
    expect(await countEntries(homeId, otherHomeId)).toBe(count);
    expect((await ledger(homeId, viewer)).entries).toHaveLength(3);
    expect((await ledger(homeId, cadre)).totals.total).toBe(377_544);
    expect(
      (await cadre.request({ method: 'GET', url: `/api/homes/${otherHomeId}/funding` })).statusCode,
    ).toBe(404);
    expect((await ledger(otherHomeId, otherTownship)).entries).toEqual([]);
  });
});
