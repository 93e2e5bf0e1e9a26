import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { errorOf, registerCadre } from '../../test/factories.ts';
import { insertRatingCycle, insertRatingResult } from '../../test/rating-follow-factory.ts';
import { RESULT_COLUMNS } from './results.xlsx.ts';

const documentText = async (body: Buffer) => {
  const zip = await JSZip.loadAsync(body);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
};
const rowValues = (ws: ExcelJS.Worksheet, n: number) =>
  RESULT_COLUMNS.map((_c, i) => ws.getCell(n, i + 1).value ?? '');

describe('the rating’s files: the result table (Excel) and the notice (Word), in scope', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    [admin, township] = await Promise.all([t.signIn('admin'), t.signIn('jincheng')]);
  });
  afterAll(() => t.close());

  const cadre = async (name: string, villageCode = '140622100200') =>
    (
      await registerCadre(
        admin,
        buildCadre({
          person: buildPerson({ name }),
          posting: buildPosting({ villageCode, startDate: '2015-01-01' }),
        }),
      )
    ).cadre.id;

  it('writes every figure of each result in scope, by village and name, cell by cell, and the notice', async () => {
    const db = t.database.db;
    const cycle = await insertRatingCycle(db, 2015, {
      stage: 'notice',
      noticeFrom: '2016-01-12',
      noticeUntil: '2016-01-18',
    });
    const [jia, yi, bing] = await Promise.all([
      cadre('导出甲'),
      cadre('导出乙'),
      cadre('导出丙', '140622101200'),
    ]);
    await insertRatingResult(db, cycle, {
      personId: yi,
      grade: 'basically_competent',
      quantitative: 80.25,
      organisation: 85,
      villagers: null,
      villagerHouseholds: 3,
      total: 80.84,
      scoreGrade: 'competent',
      caps: ['spot_check_absences'],
    });
    await insertRatingResult(db, cycle, {
      personId: jia,
      grade: 'competent',
      awardStars: 1,
      quantitative: 91.2,
      organisation: 95,
      villagers: 100,
      villagerHouseholds: 12,
      total: 93.34,
      scoreGrade: 'excellent',
      quotaAdjusted: true,
    });
    await insertRatingResult(db, cycle, {
      personId: bing,
      grade: 'excellent',
      villageCode: '140622101200',
      personnelStatus: 'institution_staff',
    });

    const res = await admin.request({ method: 'GET', url: `/api/rating/cycles/${cycle.id}/results.xlsx` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('星级评定结果（2015年度）.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('评定结果')!;
    expect(ws.getCell(1, 1).value).toBe('应县2015年度驻村干部星级评定结果');
    expect(rowValues(ws, 2)).toEqual([
      '序号',
      '乡镇',
      '村（社区）',
      '姓名',
      '干部类别',
      '人员身份',
      '量化考核',
      '组织评价',
      '群众评议',
      '评议户数',
      '综合得分',
      '按分数等次',
      '封顶原因',
      '名额调整',
      '评定等次',
      '等次星级',
      '表彰加星',
      '星级',
    ]);
    expect(rowValues(ws, 3)).toEqual([
      1,
      '金城镇',
      '东关村委会',
      '导出甲',
      '到村任职大学生',
      '公务员',
      91.2,
      95,
      100,
      12,
      93.34,
      '优秀',
      '',
      '是',
      '合格',
      1,
      1,
      2,
    ]);
    expect(rowValues(ws, 4)).toEqual([
      2,
      '金城镇',
      '东关村委会',
      '导出乙',
      '到村任职大学生',
      '公务员',
      80.25,
      85,
      '',
      3,
      80.84,
      '合格',
      '抽查缺岗',
      '否',
      '基本合格',
      0,
      0,
      0,
    ]);
    expect(rowValues(ws, 5).slice(1, 6)).toEqual([
      '南河种镇',
      '西堡村委会',
      '导出丙',
      '到村任职大学生',
      '事业人员',
    ]);
    expect(ws.rowCount).toBe(5);

    // the township's table holds its own villages only
    const own = await township.request({ method: 'GET', url: `/api/rating/cycles/${cycle.id}/results.xlsx` });
    const ownBook = new ExcelJS.Workbook();
    await ownBook.xlsx.load(own.rawPayload as unknown as ArrayBuffer);
    expect(ownBook.getWorksheet('评定结果')!.rowCount).toBe(4);

    const notice = await admin.request({ method: 'GET', url: `/api/rating/cycles/${cycle.id}/notice.docx` });
    expect(notice.statusCode, notice.body).toBe(200);
    expect(notice.headers['content-disposition']).toContain(
      encodeURIComponent('星级评定结果公示（2015年度）.docx'),
    );
    const text = await documentText(notice.rawPayload);
    expect(text).toContain('关于2015年度驻村干部星级评定结果的公示');
    expect(text).toContain('公示期为2016年1月12日至2016年1月18日');
    expect(text).toContain('共 3 人：优秀 1 人，合格 1 人，基本合格 1 人，不合格 0 人');
    expect(text).toContain('导出甲');
    expect(text).toContain('2 星');
    expect(text).toContain('中共应县县委组织部');
    const ownNotice = await documentText(
      (await township.request({ method: 'GET', url: `/api/rating/cycles/${cycle.id}/notice.docx` }))
        .rawPayload,
    );
    expect(ownNotice).toContain('导出甲');
    expect(ownNotice).not.toContain('导出丙');
  });

  it('refuses the notice before it is published (in Chinese), an unknown cycle and a cadre', async () => {
    const review = await insertRatingCycle(t.database.db, 2016, {
      stage: 'review',
      noticeFrom: null,
      noticeUntil: null,
    });
    const early = await admin.request({ method: 'GET', url: `/api/rating/cycles/${review.id}/notice.docx` });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toBe('2016 年度星级评定结果尚未公示，还不能导出公示');
    expect(
      (await admin.request({ method: 'GET', url: `/api/rating/cycles/${review.id}/results.xlsx` }))
        .statusCode,
    ).toBe(200);
    expect(
      (await admin.request({ method: 'GET', url: '/api/rating/cycles/99999999/results.xlsx' })).statusCode,
    ).toBe(404);
    expect(
      (await admin.request({ method: 'GET', url: '/api/rating/cycles/x1/results.xlsx' })).statusCode,
    ).toBe(400);
    const cadreClient = await t.signIn('shuji');
    expect(
      (await cadreClient.request({ method: 'GET', url: `/api/rating/cycles/${review.id}/results.xlsx` }))
        .statusCode,
    ).toBe(403);
  });
});
