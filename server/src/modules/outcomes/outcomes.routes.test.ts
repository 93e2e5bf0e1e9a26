import {
  addDays,
  localDate,
  monthOf,
  type TDesignation,
  type TDesignationList,
  type TLabourReportDetail,
  type TLabourReportList,
  type TOutcomeFigures,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { errorOf } from '../../test/factories.ts';
import { jpegWithGps } from '../../test/images.ts';
import { findOutcomeFigures } from './outcomes.service.ts';

const JINCHENG_VILLAGE = '140622100201';
const NANHEZHONG_VILLAGE = '140622101200';

/** 帮扶成效: villages' months of labour and designations, entered in the village or township, reviewed by the county. */
describe('outcome indicators', () => {
  let t: TTestApp;
  let admin: TClient;
  let jincheng: TClient;
  let nanhezhong: TClient;
  let viewer: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    [admin, jincheng, nanhezhong, viewer] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
      t.signIn('viewer'),
    ]);
  });
  afterAll(() => t.close());

  const today = () => localDate(t.clock.now());
  const figures = async (client: TClient) => {
    const res = await client.request({ method: 'GET', url: `/api/outcomes/figures?asOf=${today()}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TOutcomeFigures>();
  };
  const household = async (client: TClient, villageCode: string, headName: string) => {
    const res = await client.request({
      method: 'POST',
      url: '/api/households',
      payload: { villageCode, headName },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ id: number }>().id;
  };
  /** A village of 金城镇 with no month sent yet (each test takes its own). */
  let nextVillage = 210;
  const freshVillage = () => `140622100${nextVillage++}`;
  const audits = (type: string, id: number) =>
    rowsOf<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where object_type = ${type} and object_id = ${String(id)} order by id`,
    );

  it('a township sends a month, the county returns it with a reason, it is corrected and approved, and the figure shows it', async () => {
    const village = freshVillage();
    const [a, b] = [
      await household(jincheng, village, '张桂兰'),
      await household(jincheng, village, '李德福'),
    ];
    const before = await figures(admin);
    const sent = await jincheng.request({
      method: 'POST',
      url: '/api/outcomes/reports',
      payload: { villageCode: village, month: monthOf(today()), lines: [{ householdId: a, labourers: 2 }] },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const report = sent.json<TLabourReportDetail>();
    expect(report).toMatchObject({ state: 'submitted', labourers: 2, households: 1, townshipName: '金城镇' });
    // waiting for the county: not counted
    expect((await figures(admin)).totals.labourers).toBe(before.totals.labourers);

    const refused = await jincheng.request({
      method: 'POST',
      url: `/api/outcomes/reports/${report.id}/approve`,
    });
    expect(refused.statusCode).toBe(403);
    const returned = await admin.request({
      method: 'POST',
      url: `/api/outcomes/reports/${report.id}/return`,
      payload: { reason: '李德福家两人外出未列入' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const [seen] = (
      await jincheng.request({ method: 'GET', url: `/api/outcomes/reports?division=${village}` })
    ).json<TLabourReportList>().items;
    expect(seen).toMatchObject({ state: 'returned', returnReason: '李德福家两人外出未列入' });
    const twice = await admin.request({ method: 'POST', url: `/api/outcomes/reports/${report.id}/approve` });
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).message).toBe('该外出务工月报当前为“已退回”，不能审核通过');

    const corrected = await jincheng.request({
      method: 'PUT',
      url: `/api/outcomes/reports/${report.id}`,
      payload: {
        lines: [
          { householdId: a, labourers: 2 },
          { householdId: b, labourers: 2 },
        ],
      },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json<TLabourReportDetail>()).toMatchObject({
      state: 'submitted',
      labourers: 4,
      returnReason: null,
    });
    const approved = await admin.request({
      method: 'POST',
      url: `/api/outcomes/reports/${report.id}/approve`,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(
      approved
        .json<TLabourReportDetail>()
        .lines.map((l) => l.headName)
        .sort(),
    ).toEqual(['张桂兰', '李德福'].sort());

    const after = await figures(admin);
    expect(after.totals.labourers).toBe(before.totals.labourers + 4);
    expect(after.villages.find((v) => v.code === village)).toMatchObject({
      labourers: 4,
      labourMonth: monthOf(today()),
    });
    const township = after.townships.find((r) => r.code === '140622100');
    expect(township?.labourers).toBe(
      (before.townships.find((r) => r.code === '140622100')?.labourers ?? 0) + 4,
    );
    // the county leader reads the same figure; another township does not see the village
    expect((await figures(viewer)).totals.labourers).toBe(after.totals.labourers);
    expect((await figures(nanhezhong)).villages.some((v) => v.code === village)).toBe(false);
    expect((await audits('labour_report', report.id)).map((r) => r.action)).toEqual([
      'outcome.report_submit',
      'outcome.report_return',
      'outcome.report_correct',
      'outcome.report_approve',
    ]);
    const again = await jincheng.request({
      method: 'PUT',
      url: `/api/outcomes/reports/${report.id}`,
      payload: { lines: [{ householdId: a, labourers: 1 }] },
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a month not begun, a household of another village, a household twice and a second report of the month, storing nothing', async () => {
    const village = freshVillage();
    const own = await household(jincheng, village, '王秀英');
    const elsewhere = await household(jincheng, JINCHENG_VILLAGE, '赵文斌');
    const send = (payload: Record<string, unknown>) =>
      jincheng.request({
        method: 'POST',
        url: '/api/outcomes/reports',
        payload: {
          villageCode: village,
          month: monthOf(today()),
          lines: [{ householdId: own, labourers: 1 }],
          ...payload,
        },
      });
    const future = await send({ month: monthOf(addDays(today(), 40)) });
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).message).toContain('月份');
    const foreign = await send({ lines: [{ householdId: elsewhere, labourers: 1 }] });
    expect(foreign.statusCode).toBe(400);
    expect(errorOf(foreign).message).toContain(`${elsewhere} 不是该村登记的农户`);
    const twice = await send({
      lines: [
        { householdId: own, labourers: 1 },
        { householdId: own, labourers: 2 },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(errorOf(twice).message).toContain('同一农户只能列一次');
    const tooMany = await send({ lines: [{ householdId: own, labourers: 21 }] });
    expect(tooMany.statusCode).toBe(400);
    expect(errorOf(tooMany).message).toContain('外出务工人数');
    const list = await jincheng.request({ method: 'GET', url: `/api/outcomes/reports?division=${village}` });
    expect(list.json<TLabourReportList>().total).toBe(0);

    expect((await send({})).statusCode).toBe(200);
    const second = await send({});
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).message).toContain('已报送（待审核）');
  });

  it('keeps another township’s village and reports out of reach (404)', async () => {
    const village = freshVillage();
    const h = await household(jincheng, village, '刘建国');
    const sent = await jincheng.request({
      method: 'POST',
      url: '/api/outcomes/reports',
      payload: { villageCode: village, month: monthOf(today()), lines: [{ householdId: h, labourers: 3 }] },
    });
    const id = sent.json<TLabourReportDetail>().id;
    expect((await nanhezhong.request({ method: 'GET', url: `/api/outcomes/reports/${id}` })).statusCode).toBe(
      404,
    );
    const put = await nanhezhong.request({
      method: 'PUT',
      url: `/api/outcomes/reports/${id}`,
      payload: { lines: [{ householdId: h, labourers: 1 }] },
    });
    expect(put.statusCode).toBe(404);
    const list = await nanhezhong.request({ method: 'GET', url: '/api/outcomes/reports' });
    expect(list.json<TLabourReportList>().items.some((r) => r.id === id)).toBe(false);
    const other = await nanhezhong.request({
      method: 'POST',
      url: '/api/outcomes/reports',
      payload: { villageCode: village, month: monthOf(today()), lines: [{ householdId: h, labourers: 1 }] },
    });
    expect(other.statusCode).toBe(404);
    expect(
      (await viewer.request({ method: 'POST', url: `/api/outcomes/reports/${id}/approve` })).statusCode,
    ).toBe(403);
  });

  it('a village’s cadre sends a designation with its document; returned, corrected, approved, counted once per village', async () => {
    const cadre = await createSignedInCadre(t, admin, { villageCode: NANHEZHONG_VILLAGE });
    const upload = await cadre.client.request({
      method: 'POST',
      url: '/api/outcomes/designations/document',
      headers: { 'content-type': 'image/jpeg' },
      payload: await jpegWithGps(),
    });
    expect(upload.statusCode, upload.body).toBe(200);
    const fileId = upload.json<{ id: number }>().id;
    const before = await figures(admin);
    const designation = {
      villageCode: NANHEZHONG_VILLAGE,
      kind: 'rural_tourism',
      level: 'county',
      title: '应县乡村旅游示范村',
      issuer: '应县文化和旅游局',
      documentNo: '应文旅发〔2026〕3号',
      designatedOn: addDays(today(), -30),
      fileId,
    };
    const elsewhere = await cadre.client.request({
      method: 'POST',
      url: '/api/outcomes/designations',
      payload: { ...designation, villageCode: JINCHENG_VILLAGE },
    });
    expect(elsewhere.statusCode).toBe(404);
    const future = await cadre.client.request({
      method: 'POST',
      url: '/api/outcomes/designations',
      payload: { ...designation, designatedOn: addDays(today(), 2) },
    });
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).message).toContain('命名日期');

    const sent = await cadre.client.request({
      method: 'POST',
      url: '/api/outcomes/designations',
      payload: designation,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const { id } = sent.json<TDesignation>();
    const returned = await admin.request({
      method: 'POST',
      url: `/api/outcomes/designations/${id}/return`,
      payload: { reason: '级别应为省级，请核对文号' },
    });
    expect(returned.json<TDesignation>()).toMatchObject({
      state: 'returned',
      returnReason: '级别应为省级，请核对文号',
    });
    const { villageCode: _, ...rest } = designation;
    const corrected = await cadre.client.request({
      method: 'PUT',
      url: `/api/outcomes/designations/${id}`,
      payload: {
        ...rest,
        level: 'provincial',
        issuer: '山西省文化和旅游厅',
        documentNo: '晋文旅发〔2026〕12号',
      },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(
      (await admin.request({ method: 'POST', url: `/api/outcomes/designations/${id}/approve` })).statusCode,
    ).toBe(200);
    // a second (county) designation of the same village counts it once
    const county = await nanhezhong.request({
      method: 'POST',
      url: '/api/outcomes/designations',
      payload: { ...designation, fileId: null, documentNo: '应文旅发〔2026〕9号' },
    });
    const countyId = county.json<TDesignation>().id;
    await admin.request({ method: 'POST', url: `/api/outcomes/designations/${countyId}/approve` });

    const after = await figures(admin);
    expect(after.totals.ruralTourism).toBe(before.totals.ruralTourism + 1);
    const list = await nanhezhong.request({
      method: 'GET',
      url: '/api/outcomes/designations?kind=rural_tourism',
    });
    const mine = list.json<TDesignationList>().items.find((d) => d.id === id);
    expect(mine).toMatchObject({ state: 'approved', level: 'provincial', hasFile: true });
    const doc = await admin.request({ method: 'GET', url: `/api/outcomes/designations/${id}/document` });
    expect(doc.statusCode).toBe(200);
    expect(
      (await jincheng.request({ method: 'GET', url: `/api/outcomes/designations/${id}/document` }))
        .statusCode,
    ).toBe(404);
    expect((await audits('designation', id)).map((r) => r.action)).toEqual([
      'outcome.designation_submit',
      'outcome.designation_return',
      'outcome.designation_correct',
      'outcome.designation_approve',
    ]);
  });

  it('gives the bulletin the figures of a scope as of a date, with the months used', async () => {
    const village = freshVillage();
    const h = await household(jincheng, village, '孙玉梅');
    const sent = await jincheng.request({
      method: 'POST',
      url: '/api/outcomes/reports',
      payload: { villageCode: village, month: monthOf(today()), lines: [{ householdId: h, labourers: 5 }] },
    });
    await admin.request({
      method: 'POST',
      url: `/api/outcomes/reports/${sent.json<{ id: number }>().id}/approve`,
    });
    const now = await findOutcomeFigures(t.database.db, {
      scope: { all: false, codes: [village] },
      asOf: today(),
    });
    expect(now.totals.labourers).toBe(5);
    expect(now.labourMonths).toEqual([monthOf(today())]);
    expect(now.villages).toEqual([expect.objectContaining({ code: village, labourers: 5 })]);
    const lastMonth = addDays(`${monthOf(today())}-01`, -1);
    const earlier = await findOutcomeFigures(t.database.db, {
      scope: { all: false, codes: [village] },
      asOf: lastMonth,
    });
    expect(earlier.totals.labourers).toBe(0);
  });
});
