import { localDate, type TBulletinDetail, type TBulletinList } from '@zhucun/core';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../test/build-test-app.ts';
import { DEMO_BULLETIN, seedDemoBulletin } from './demo-bulletin.ts';
import { seedDemoHomes } from './demo-homes.ts';
import { seedDemoOutcomes } from './demo-outcomes.ts';
import { seedDemoProjects } from './demo-projects.ts';

let t: TTestApp;
let admin: TClient;
const today = localDate(new Date());

beforeAll(async () => {
  t = await buildTestApp();
  const db = t.database.db;
  await seedDemoHomes(db, today);
  await seedDemoProjects(db, today);
  await seedDemoOutcomes(db, today);
  expect(await seedDemoBulletin(db, today, '140622')).toBe(1);
  expect(await seedDemoBulletin(db, today, '140622')).toBe(0); // once only
  admin = await t.signIn('admin');
}, 120_000);
afterAll(async () => t?.close());

/** The text of a .docx's body (word/document.xml without its tags). */
async function documentText(id: number): Promise<string> {
  const res = await admin.request({ method: 'GET', url: `/api/bulletins/${id}/document.docx` });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-disposition']).toContain(encodeURIComponent('第22期（总第45期）'));
  const zip = await JSZip.loadAsync(res.rawPayload);
  const xml = await zip.file('word/document.xml')?.async('string');
  expect(xml).toBeDefined();
  return (xml ?? '').replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '');
}

describe('the demo county’s bulletin', () => {
  it('generates every figure of the seed bulletin from the records, in the .docx', async () => {
    const { items } = (await admin.request({ method: 'GET', url: '/api/bulletins' })).json<TBulletinList>();
    const demo = items.find((b) => b.issueNo === DEMO_BULLETIN.issueNo);
    expect(demo).toMatchObject({ runningNo: 45, state: 'draft', asOf: today });
    const detail = (
      await admin.request({ method: 'GET', url: `/api/bulletins/${demo!.id}` })
    ).json<TBulletinDetail>();
    expect(detail.figures.values).toEqual({
      partySecretaries: 76,
      graduateOfficials: 73,
      selectedGraduates: 17,
      teams: 56,
      teamPeople: 171,
      apartments: 44,
      farmhouses: 42,
      industryProjects: 43,
      labourers: 3122,
      ruralTourismVillages: 12,
      greatWallVillages: 5,
    });

    const text = await documentText(demo!.id);
    // the title block, then each figure in the seed bulletin's own words
    expect(text).toContain('第 22 期（总第 45 期）');
    expect(text).toContain('中共应县县委组织部');
    for (const phrase of [
      '到村任党支部书记76人',
      '到村任职大学生73人',
      '选调生到村任大学生村官17人',
      '驻村工作队56支171人',
      '标准化公寓44个',
      '标准化农家小院42个',
      '43个产业帮扶项目',
      '组织3122名脱贫劳动力外出务工',
      '12个乡村旅游示范村',
      '5个“长城人家”',
      '发：',
      '送：',
      '印发',
    ])
      expect(text, phrase).toContain(phrase);
    expect(text).not.toContain('{{');
  });
});
