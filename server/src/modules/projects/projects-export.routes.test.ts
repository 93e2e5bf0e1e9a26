import { addDays, localDate, type TProject } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { projectMilestones } from '../../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { errorOf } from '../../test/factories.ts';
import { buildProject, insertTestMilestone, insertTestProject } from '../../test/project-factory.ts';

/** 东关村委会, 金城镇. */
const VILLAGE = '140622100200';
/** Words only this file's projects carry in their titles, so the demo county's projects stay out of the way. */
const MARK = '台账测试';

/** The ledger's rows by header: the header row is the second (the first is the title). */
async function ledgerRows(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const headers = (ws.getRow(2).values as unknown[]).map((v) => String(v ?? ''));
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n <= 2) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null]).filter(([h]) => h)));
  });
  return { title: String(ws.getCell(1, 1).value), rows };
}

const documentText = async (body: Buffer) => {
  const zip = await JSZip.loadAsync(body);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
};

describe('project exports: 项目台账 (Excel) by the list’s filters and 项目卡 (Word), in scope', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let project: TProject;
  let farId: number;
  const today = localDate(new Date());

  beforeAll(async () => {
    t = await buildTestApp();
    [admin, township, otherTownship] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
    ]);
    const secretary = await createSignedInCadre(t, admin, {
      villageCode: VILLAGE,
      category: 'party_secretary',
      postTitle: '村党组织书记',
    });
    const res = await secretary.client.request({
      method: 'POST',
      url: '/api/projects',
      payload: buildProject(VILLAGE, secretary.personId, {
        title: `${MARK}冷链仓储中心`,
        isDemonstration: true,
      }),
    });
    expect(res.statusCode, res.body).toBe(200);
    project = res.json<TProject>();
    const db = t.database.db;
    const owner = secretary.personId;
    const done = await insertTestMilestone(db, {
      projectId: project.id,
      ownerPersonId: owner,
      dueDate: addDays(today, -20),
      title: '完成选址',
    });
    await db
      .update(projectMilestones)
      .set({ doneOn: addDays(today, -21) })
      .where(sql`${projectMilestones.id} = ${done.id}`);
    await insertTestMilestone(db, {
      projectId: project.id,
      ownerPersonId: owner,
      dueDate: addDays(today, -5),
      title: '冷库主体封顶',
    });
    await insertTestMilestone(db, {
      projectId: project.id,
      ownerPersonId: owner,
      dueDate: addDays(today, 30),
      title: '设备安装调试',
    });

    const [far] = await rowsOf<{ code: string }>(
      db,
      sql`select code from divisions where kind = 'village' and code like '140622101%' order by code limit 1`,
    );
    const farLeader = await createSignedInCadre(t, admin, { villageCode: far!.code });
    farId = (
      await insertTestProject(db, {
        villageCodes: [far!.code],
        leaderPersonId: farLeader.personId,
        title: `${MARK}南河种镇乡村旅游`,
        state: 'submitted',
      })
    ).id;
  });
  afterAll(() => t.close());

  const ledger = (client: TClient, query: string) =>
    client.request({ method: 'GET', url: `/api/projects/export.xlsx?${query}` });

  it('exports the filtered projects with the figures a clerk checks, as an attachment, audited', async () => {
    const res = await ledger(admin, `q=${encodeURIComponent(MARK)}&township=140622100`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`帮扶项目台账-金城镇-${today}.xlsx`),
    );
    const { title, rows } = await ledgerRows(res.rawPayload);
    expect(title).toBe(`金城镇帮扶项目台账（截至 ${today}）`);
    const titles = rows.map((r) => r['项目名称']);
    expect(titles).toContain(`${MARK}冷链仓储中心`);
    expect(titles).not.toContain(`${MARK}南河种镇乡村旅游`);
    const row = rows.find((r) => r['项目名称'] === `${MARK}冷链仓储中心`)!;
    expect(row).toMatchObject({
      乡镇: '金城镇',
      项目类型: '产业发展',
      一村一示范: '是',
      '项目预算（元）': 1_200_000,
      '财政衔接资金（元）': 1_000_000,
      '村集体经济（元）': 200_000,
      '资金合计（元）': 1_200_000,
      受益户数: 35,
      受益人数: 96,
      状态: '草稿',
      已完成节点: 1,
      节点总数: 3,
      逾期节点: 1,
    });
    // the totals row closes the sheet
    expect(rows.at(-1)!['乡镇']).toBe(`合计（${rows.length - 1} 个项目）`);

    const [audit] = await rowsOf<{ actor_name: string; details: { rows: number; filters: { q: string } } }>(
      t.database.db,
      sql`select actor_name, details from audit_log where action = 'project.export' order by id desc limit 1`,
    );
    expect(audit).toMatchObject({
      actor_name: 'admin',
      details: { rows: rows.length - 1, filters: { q: MARK } },
    });
  });

  it('never exports a project out of the caller’s scope, whatever the filter asks', async () => {
    const own = await ledgerRows((await ledger(township, `q=${encodeURIComponent(MARK)}`)).rawPayload);
    expect(own.rows.map((r) => r['项目名称'])).toContain(`${MARK}冷链仓储中心`);
    expect(own.rows.map((r) => r['项目名称'])).not.toContain(`${MARK}南河种镇乡村旅游`);
    const asked = await ledger(township, `q=${encodeURIComponent(MARK)}&township=140622101`);
    expect(asked.statusCode).toBe(200);
    expect((await ledgerRows(asked.rawPayload)).rows.map((r) => r['乡镇'])).toEqual(['合计（0 个项目）']);
    const theirs = await ledgerRows(
      (await ledger(otherTownship, `q=${encodeURIComponent(MARK)}`)).rawPayload,
    );
    expect(theirs.rows.map((r) => r['项目名称'])).toEqual([`${MARK}南河种镇乡村旅游`, null]);
    expect(theirs.rows[0]).toMatchObject({ 状态: '待乡镇审核', 节点总数: 0, 逾期节点: 0 });
  });

  it('follows the list’s filters (state) and refuses a bad one naming the field', async () => {
    const drafts = await ledgerRows(
      (await ledger(admin, `q=${encodeURIComponent(MARK)}&state=draft`)).rawPayload,
    );
    expect(drafts.rows.map((r) => r['项目名称'])).toEqual([`${MARK}冷链仓储中心`, null]);
    const bad = await ledger(admin, 'state=finished');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toBe('提交的内容有误：状态的取值不在允许范围内');
  });

  it('exports a project card in Word with its facts and plan; 404 out of scope', async () => {
    const res = await township.request({ method: 'GET', url: `/api/projects/${project.id}/card.docx` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`项目卡-${MARK}冷链仓储中心.docx`),
    );
    const text = await documentText(res.rawPayload);
    expect(text).toContain('帮扶项目卡');
    expect(text).toContain(`${MARK}冷链仓储中心`);
    expect(text).toContain('产业发展（一村一示范）');
    expect(text).toContain('1,000,000.00 元');
    expect(text).toContain('冷库主体封顶');
    expect(text).toContain('逾期 5 天');
    expect(
      (await otherTownship.request({ method: 'GET', url: `/api/projects/${project.id}/card.docx` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await township.request({ method: 'GET', url: `/api/projects/${farId}/card.docx` })).statusCode,
    ).toBe(404);
    const [audit] = await rowsOf<{ object_id: string }>(
      t.database.db,
      sql`select object_id from audit_log where action = 'project.export' and actor_name = 'jincheng' order by id desc limit 1`,
    );
    expect(audit?.object_id).toBe(String(project.id));
  });
});
