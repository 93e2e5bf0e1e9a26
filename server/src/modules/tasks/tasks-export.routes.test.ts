import { addDays, localDate } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { ROOMY_LOGIN } from '../../test/factories.ts';
import { insertTestTask, userIdOf, villagesOf } from '../../test/task-factory.ts';
import { TASK_LEDGER_HEADERS } from './tasks-ledger.xlsx.ts';

const JINCHENG = '140622100';

/** The ledger's title, headers and rows by header (the header row is the second). */
async function ledgerOf(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const headers = (ws.getRow(2).values as unknown[]).slice(1).map((v) => String(v ?? ''));
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 2) rows.push((row.values as unknown[]).slice(1));
  });
  return { title: String(ws.getCell(1, 1).value), sheet: ws.name, headers, rows };
}

describe('任务台账 (Excel)', () => {
  let t: TTestApp;
  let township: TClient;
  let otherTownship: TClient;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    [township, otherTownship] = await Promise.all([t.signIn('jincheng'), t.signIn('nanhezhong')]);
  });
  afterAll(() => t.close());

  it('holds one row per assignment in reach, cell by cell, and is audited; another township does not see it', async () => {
    const today = localDate(t.clock.now());
    const db = t.database.db;
    const villages = await villagesOf(db, JINCHENG, 2);
    const title = `台账测试任务 ${Date.now() % 100_000}`;
    const task = await insertTestTask(db, {
      title,
      deadline: addDays(today, -4),
      assignerCode: JINCHENG,
      villages,
      createdBy: await userIdOf(db, 'jincheng'),
    });
    await db.execute(
      sql`update tasks set evidence_required = '现场照片', priority = 'high' where id = ${task.id}`,
    );
    await db.execute(
      sql`update task_assignments set state = 'done', done_on = ${addDays(today, -6)}, percent = 100,
          evidence = '已清理完毕', note = '村民参与' where id = ${task.assignmentIds[0]!}`,
    );
    await db.execute(
      sql`update task_assignments set percent = 40, note = '进行中' where id = ${task.assignmentIds[1]!}`,
    );
    const [names] = await rowsOf<{ a: string; b: string }>(
      db,
      sql`select (select name from divisions where code = ${villages[0]!}) as a, (select name from divisions where code = ${villages[1]!}) as b`,
    );

    const res = await township.request({ method: 'GET', url: '/api/tasks/export.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ledger = await ledgerOf(res.rawPayload);
    expect(ledger.sheet).toBe('任务台账');
    expect(ledger.title).toBe(`任务台账（${today}）`);
    expect(ledger.headers).toEqual(TASK_LEDGER_HEADERS);
    expect(ledger.headers).toEqual([
      '任务名称',
      '下达单位',
      '完成时限',
      '优先级',
      '佐证要求',
      '承办类型',
      '乡镇',
      '村（社区）',
      '承办干部',
      '状态',
      '逾期天数',
      '完成进度（%）',
      '完成日期',
      '完成佐证',
      '进展说明',
    ]);
    const ours = ledger.rows.filter((r) => r[0] === title);
    // an empty cell reads as undefined
    const cells = (...values: unknown[]) => values.map((v) => (v === '' || v === null ? undefined : v));
    const deadline = addDays(today, -4);
    expect(ours).toEqual([
      cells(
        title,
        '金城镇',
        deadline,
        '紧急',
        '现场照片',
        '村',
        '金城镇',
        names!.a,
        '',
        '按期完成',
        null,
        100,
        addDays(today, -6),
        '已清理完毕',
        '村民参与',
      ),
      cells(
        title,
        '金城镇',
        deadline,
        '紧急',
        '现场照片',
        '村',
        '金城镇',
        names!.b,
        '',
        '已逾期',
        4,
        40,
        '',
        '',
        '进行中',
      ),
    ]);
    const last = ledger.rows.at(-1)!;
    expect(String(last[0])).toMatch(/^合计（\d+ 项承办）$/);

    const [audit] = await rowsOf<{ details: { rows: number } }>(
      db,
      sql`select details from audit_log where action = 'task.export' order by id desc limit 1`,
    );
    expect(audit?.details.rows).toBe(ledger.rows.length - 1);

    const other = await ledgerOf(
      (await otherTownship.request({ method: 'GET', url: '/api/tasks/export.xlsx' })).rawPayload,
    );
    expect(other.rows.some((r) => r[0] === title)).toBe(false);
  });
});
