import type { TPersonnelStatus, TPriorityLists } from '@zhucun/core';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admonishments } from '../../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { errorOf, registerCadre } from '../../test/factories.ts';
import { insertRatingCycle, insertRatingResult } from '../../test/rating-follow-factory.ts';

const documentText = async (body: Buffer) => {
  const zip = await JSZip.loadAsync(body);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
};

describe('结果运用: priority lists by personnel status, exclusions named, sorted by village and name', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let viewer: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    [admin, township, viewer] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('viewer'),
    ]);
  });
  afterAll(() => t.close());

  it('puts two stars or more on the lists of their status, names who is left off and why, and writes them to Word', async () => {
    const db = t.database.db;
    const c2012 = await insertRatingCycle(db, 2012);
    const c2013 = await insertRatingCycle(db, 2013);
    const cadre = async (name: string, status: TPersonnelStatus, villageCode = '140622100200') =>
      (
        await registerCadre(
          admin,
          buildCadre({
            person: buildPerson({ name, personnelStatus: status }),
            posting: buildPosting({ villageCode, startDate: '2012-01-01' }),
          }),
        )
      ).cadre.id;
    const jia = await cadre('优先甲', 'civil_servant');
    const yi = await cadre('优先乙', 'institution_manager');
    const bing = await cadre('优先丙', 'professional_technical');
    const ding = await cadre('优先丁', 'institution_staff');
    const wu = await cadre('优先戊', 'other');
    const ji = await cadre('优先己', 'civil_servant');
    const geng = await cadre('优先庚', 'civil_servant', '140622101200');
    const rate = (
      personId: number,
      grade: 'excellent' | 'competent',
      status: TPersonnelStatus,
      awardStars = 0,
    ) =>
      insertRatingResult(db, c2013, {
        personId,
        grade,
        awardStars,
        personnelStatus: status,
        villageCode: personId === geng ? '140622101200' : '140622100200',
      });
    await rate(jia, 'excellent', 'civil_servant');
    await rate(yi, 'competent', 'institution_manager', 1);
    await rate(bing, 'excellent', 'professional_technical');
    await rate(ding, 'excellent', 'institution_staff');
    await rate(wu, 'excellent', 'other');
    await rate(ji, 'competent', 'civil_servant');
    await rate(geng, 'excellent', 'civil_servant');
    await insertRatingResult(db, c2012, { personId: bing, grade: 'basically_competent' });
    await db.insert(admonishments).values({
      personId: ding,
      cycleId: c2012.id,
      reason: '测试诫勉',
      issuedOn: '2013-10-01',
      effectiveUntil: '2014-03-31',
    });

    const lists = async (client: TClient, query: string) => {
      const res = await client.request({ method: 'GET', url: `/api/rating/priority-lists?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<TPriorityLists>();
    };
    const names = (p: TPriorityLists, list: string) =>
      p.lists.find((l) => l.list === list)?.entries.map((e) => e.name);
    const p = await lists(admin, 'year=2013&date=2014-02-01');
    expect(p.cycle?.year).toBe(2013);
    expect(p.years).toEqual(expect.arrayContaining([2013, 2012]));
    expect(names(p, 'post_selection')).toEqual(['优先甲', '优先庚']);
    expect(names(p, 'rank_promotion')).toEqual(['优先甲', '优先庚']);
    expect(names(p, 'staff_grade_promotion')).toEqual(['优先乙']);
    expect(names(p, 'title_evaluation')).toEqual([]);
    expect(names(p, 'civil_service_transfer')).toEqual([]);
    expect(p.excluded.map((e) => [e.name, e.lists, e.exclusions])).toEqual([
      ['优先丙', ['title_evaluation'], ['low_grade_last_year']],
      ['优先丁', ['civil_service_transfer'], ['admonishment_in_effect']],
    ]);
    expect(p.unlisted.map((e) => e.name)).toEqual(['优先戊']);

    // after the admonishment's last day the cadre is on their list
    expect(names(await lists(admin, 'year=2013&date=2014-04-01'), 'civil_service_transfer')).toEqual([
      '优先丁',
    ]);
    // a township reads its own villages' cadres; the county's viewers read all
    expect(names(await lists(township, 'year=2013&date=2014-02-01'), 'post_selection')).toEqual(['优先甲']);
    expect(names(await lists(viewer, 'year=2013&date=2014-02-01'), 'post_selection')).toEqual([
      '优先甲',
      '优先庚',
    ]);
    // a year without a confirmed cycle has no lists
    expect((await lists(admin, 'year=2099')).cycle).toBeNull();

    const doc = await admin.request({
      method: 'GET',
      url: '/api/rating/priority-lists.docx?year=2013&date=2014-02-01',
    });
    expect(doc.statusCode, doc.body).toBe(200);
    expect(doc.headers['content-type']).toContain('wordprocessingml');
    expect(doc.headers['content-disposition']).toContain(
      encodeURIComponent('星级评定结果运用优先名单（2013年度）.docx'),
    );
    const text = await documentText(doc.rawPayload);
    expect(text).toContain('应县2013年度驻村干部星级评定结果运用优先名单');
    expect(text).toContain('名单日期：2014年2月1日');
    expect(text).toContain('一、职务选任（公务员）');
    expect(text).toContain('三、职员等级晋升（事业单位管理岗）');
    expect(text).toContain('优先乙');
    expect(text).toContain('六、未列入名单人员及原因');
    expect(text).toContain('上年度基本合格及以下');
    expect(text).toContain('诫勉影响期内');
    expect(text).toContain('优先戊（东关村委会）');
    expect(text).not.toContain('优先己');
    // the township's document holds its own villages only
    const own = await documentText(
      (
        await township.request({
          method: 'GET',
          url: '/api/rating/priority-lists.docx?year=2013&date=2014-02-01',
        })
      ).rawPayload,
    );
    expect(own).toContain('优先甲');
    expect(own).not.toContain('优先庚');
  });

  it('refuses a malformed date or year by name, and a cadre', async () => {
    const bad = await admin.request({ method: 'GET', url: '/api/rating/priority-lists?date=2014-13-01' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toBeTruthy();
    expect(
      (await admin.request({ method: 'GET', url: '/api/rating/priority-lists?year=20x3' })).statusCode,
    ).toBe(400);
    expect(
      (await admin.request({ method: 'GET', url: '/api/rating/priority-lists.docx?year=2098' })).statusCode,
    ).toBe(404);
    const cadre = await t.signIn('shuji');
    expect((await cadre.request({ method: 'GET', url: '/api/rating/priority-lists' })).statusCode).toBe(403);
  });
});
