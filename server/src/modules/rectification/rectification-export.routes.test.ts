import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { actOn, createRectification } from '../../test/rectification-factory.ts';

/** A sheet's rows as arrays of cell values, from the third row on (1: title, 2: headers). */
async function sheets(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const read = (name: string) => {
    const ws = wb.getWorksheet(name)!;
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 2) rows.push((row.values as unknown[]).slice(1));
    });
    return {
      title: ws.getCell(1, 1).value,
      headers: (ws.getRow(2).values as unknown[]).slice(1),
      rows,
    };
  };
  return { names: wb.worksheets.map((w) => w.name), read };
}

describe('整改台账 as Excel: 问题清单、任务清单、责任清单, checked cell by cell, in scope', () => {
  let t: TTestApp;
  let admin: TClient;
  let otherTownship: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    [admin, otherTownship] = await Promise.all([t.signIn('admin'), t.signIn('nanhezhong')]);
  });
  afterAll(() => t.close());

  it('writes one workbook of three sheets, each problem, measure and owner in its cells', async () => {
    const cadre = await createSignedInCadre(t, admin);
    const person = await admin.request({ method: 'GET', url: `/api/cadres/${cadre.personId}` });
    const personName = person.json<{ name: string }>().name;
    const item = await createRectification(t, admin, {
      problem: '驻村帮扶责任没有完全压实',
      owners: [
        { role: 'unit', name: '金城镇党委' },
        { role: 'unit', name: '县乡村振兴局' },
        { role: 'leader', name: '张志刚' },
        { role: 'person', name: '（以台账为准）', personId: cadre.personId },
      ],
    });
    await actOn(cadre.client, item.id, 'report', { statement: '已整改' });
    const [m1, m2] = item.measures;

    const res = await admin.request({
      method: 'GET',
      url: '/api/rectifications/export.xlsx?township=140622100',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('整改台账'));
    const book = await sheets(res.rawPayload);
    expect(book.names).toEqual(['问题清单', '任务清单', '责任清单']);

    const problems = book.read('问题清单');
    expect(problems.title).toBe('整改台账·问题清单');
    expect(problems.headers).toEqual([
      '问题编号',
      '问题来源',
      '反馈批次',
      '问题表述',
      '整改层级',
      '乡镇',
      '村（社区）',
      '整改时限',
      '整改状态',
      '是否逾期',
      '督办层级',
      '退回次数',
      '销号日期',
    ]);
    expect(problems.rows.find((r) => r[0] === item.id)).toEqual([
      item.id,
      '国考反馈',
      '2026年国家巩固脱贫成果后评估反馈',
      '驻村帮扶责任没有完全压实',
      '村级',
      '金城镇',
      item.division.name,
      item.deadline,
      '已报送',
      '否',
      '村级',
      0,
      '',
    ]);

    const tasks = book.read('任务清单');
    expect(tasks.headers).toEqual([
      '问题编号',
      '问题表述',
      '措施序号',
      '整改措施',
      '完成时限',
      '整改责任地',
      '整改状态',
    ]);
    expect(tasks.rows.filter((r) => r[0] === item.id)).toEqual([
      [item.id, '驻村帮扶责任没有完全压实', 1, m1!.text, m1!.deadline, item.division.name, '已报送'],
      [item.id, '驻村帮扶责任没有完全压实', 2, m2!.text, item.deadline, item.division.name, '已报送'],
    ]);

    const duties = book.read('责任清单');
    expect(duties.headers).toEqual([
      '问题编号',
      '问题表述',
      '整改责任地',
      '责任单位',
      '责任领导',
      '责任人',
      '整改时限',
    ]);
    expect(duties.rows.find((r) => r[0] === item.id)).toEqual([
      item.id,
      '驻村帮扶责任没有完全压实',
      item.division.name,
      '金城镇党委、县乡村振兴局',
      '张志刚',
      personName, // a registry person is named as the registry names them
      item.deadline,
    ]);

    // another township's export holds none of it; every export is audited
    const other = await sheets(
      (await otherTownship.request({ method: 'GET', url: '/api/rectifications/export.xlsx' })).rawPayload,
    );
    expect(other.read('问题清单').rows.some((r) => r[0] === item.id)).toBe(false);
    const audit = await (await t.signIn('auditor')).request({
      method: 'GET',
      url: '/api/audit?action=rectification.export',
    });
    expect(audit.json<{ total: number }>().total).toBeGreaterThanOrEqual(2);
  });
});
