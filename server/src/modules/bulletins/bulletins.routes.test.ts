import { addDays, localDate, type TBulletinDetail, type TBulletinList } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre } from '../../test/cadre-factory.ts';
import { errorOf, registerCadre } from '../../test/factories.ts';

/** 简报: the county composes, issues (freezing the figures) and downloads its bulletins. */
describe('the county’s bulletins', () => {
  let t: TTestApp;
  let admin: TClient;
  let viewer: TClient;
  let jincheng: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    [admin, viewer, jincheng] = await Promise.all([
      t.signIn('admin'),
      t.signIn('viewer'),
      t.signIn('jincheng'),
    ]);
  });
  afterAll(() => t.close());

  const today = () => localDate(t.clock.now());
  const create = (client: TClient, payload: Record<string, unknown> = {}) =>
    client.request({ method: 'POST', url: '/api/bulletins', payload });
  const created = async (payload: Record<string, unknown> = {}) => {
    const res = await create(admin, payload);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TBulletinDetail>();
  };
  const get = async (id: number) =>
    (await admin.request({ method: 'GET', url: `/api/bulletins/${id}` })).json<TBulletinDetail>();
  const documentText = async (client: TClient, id: number) => {
    const res = await client.request({ method: 'GET', url: `/api/bulletins/${id}/document.docx` });
    expect(res.statusCode, res.body).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    return xml.replace(/<[^>]+>/g, '');
  };
  const list = async (client: TClient) =>
    (await client.request({ method: 'GET', url: '/api/bulletins' })).json<TBulletinList>();

  it('proposes the next numbers from the last issue, and refuses a number already taken, naming the field', async () => {
    const first = await created({ issueNo: 101, runningNo: 301 });
    expect(first.bulletin).toMatchObject({ issueNo: 101, runningNo: 301, state: 'draft' });
    const next = (await list(admin)).next;
    expect(next.issueNo).toBeGreaterThanOrEqual(102);
    expect(next.runningNo).toBeGreaterThanOrEqual(302);
    const proposed = await created();
    expect(proposed.bulletin.issueNo).toBe(next.issueNo);
    expect(proposed.bulletin.runningNo).toBe(next.runningNo);
    // the new draft copies the county's latest text, placeholders and all
    expect(proposed.bulletin.sections.outcomes).toContain('{{labourers}}');

    const taken = await create(admin, { issueNo: 101, runningNo: 999 });
    expect(taken.statusCode).toBe(400);
    expect(errorOf(taken).details?.[0]).toMatchObject({ field: 'issueNo' });
    expect(errorOf(taken).details?.[0]?.message).toContain('第 101 期已经存在');
    const running = await create(admin, { issueNo: 998, runningNo: 301 });
    expect(running.statusCode).toBe(400);
    expect(errorOf(running).details?.[0]?.message).toContain('总期号（总第 M 期）');
    // the issue number runs within a year: 第 101 期 of next year is free
    const nextYear = `${Number(today().slice(0, 4)) + 1}-01-05`;
    const ok = await admin.request({
      method: 'PUT',
      url: `/api/bulletins/${proposed.bulletin.id}`,
      payload: {
        ...proposed.bulletin,
        id: undefined,
        state: undefined,
        issuedAt: undefined,
        updatedAt: undefined,
        issueNo: 101,
        issuedOn: nextYear,
      },
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('counts a draft dated earlier to its own date, the registry read today and said so', async () => {
    const earlier = addDays(today(), -40);
    const draft = await created({ issueNo: 141, runningNo: 341, issuedOn: earlier });
    expect(draft.bulletin).toMatchObject({ issuedOn: earlier, asOf: earlier });
    expect(draft.figures.asOf).toBe(earlier);
    // the registry keeps no history: read today, and said so
    expect(draft.figures.readOn).toBe(today());
    const future = await create(admin, { issueNo: 142, runningNo: 342, asOf: addDays(today(), 2) });
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).details?.[0]).toMatchObject({ field: 'asOf' });
  });

  it('refuses bad input with a 400 naming the field, and changes nothing', async () => {
    const draft = await created({ issueNo: 111, runningNo: 311 });
    const { id, state: _s, issuedAt: _i, updatedAt: _u, ...content } = draft.bulletin;
    const put = (payload: Record<string, unknown>) =>
      admin.request({ method: 'PUT', url: `/api/bulletins/${id}`, payload: { ...content, ...payload } });
    const unknown = await put({ sections: { ...content.sections, project: '建设{{cadres}}个' } });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).details?.[0]).toMatchObject({ field: 'sections.project' });
    expect(errorOf(unknown).details?.[0]?.message).toContain('“项目化”帮扶一节');
    expect(errorOf(unknown).details?.[0]?.message).toContain('{{cadres}}');
    const late = await put({ asOf: addDays(content.issuedOn, 1) });
    expect(late.statusCode).toBe(400);
    expect(errorOf(late).details?.[0]?.message).toContain('统计截至日期');
    const empty = await put({ headline: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).details?.[0]).toMatchObject({ field: 'headline' });
    expect((await get(id)).bulletin).toEqual(draft.bulletin);
  });

  it('recounts a draft, and keeps an issued bulletin’s figures frozen: downloading again gives the same', async () => {
    const draft = await created({ issueNo: 121, runningNo: 321 });
    const before = draft.figures.values.graduateOfficials;
    expect(draft.figures.frozenAt).toBeNull();
    const issued = await admin.request({ method: 'POST', url: `/api/bulletins/${draft.bulletin.id}/issue` });
    expect(issued.statusCode, issued.body).toBe(200);
    const frozen = issued.json<TBulletinDetail>();
    expect(frozen.bulletin.state).toBe('issued');
    expect(frozen.figures.frozenAt).not.toBeNull();
    expect(frozen.figures.values.graduateOfficials).toBe(before);
    const text = await documentText(admin, draft.bulletin.id);
    expect(text).toContain(`到村任职大学生${before}人`);

    // a new graduate serving in a village: the draft counts one more, the issued bulletin does not change
    const { cadre } = await registerCadre(admin, buildCadre());
    expect(cadre.id).toBeGreaterThan(0);
    const other = await created({ issueNo: 122, runningNo: 322 });
    expect(other.figures.values.graduateOfficials).toBe(before + 1);
    expect((await get(draft.bulletin.id)).figures.values.graduateOfficials).toBe(before);
    expect(await documentText(admin, draft.bulletin.id)).toBe(text);

    // an issued bulletin is not edited nor issued twice
    const again = await admin.request({ method: 'POST', url: `/api/bulletins/${draft.bulletin.id}/issue` });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toContain('已于');
    const [audit] = await rowsOf<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where object_type = 'bulletin' and object_id = ${String(draft.bulletin.id)}
          order by id desc limit 1`,
    );
    expect(audit?.action).toBe('bulletin.issue');
  });

  it('lets the county leader read and download but not compose; a township reads none of it', async () => {
    const draft = await created({ issueNo: 131, runningNo: 331 });
    expect((await list(viewer)).items.some((b) => b.id === draft.bulletin.id)).toBe(true);
    expect(await documentText(viewer, draft.bulletin.id)).toContain('驻村帮扶');
    expect((await create(viewer)).statusCode).toBe(403);
    for (const url of [
      '/api/bulletins',
      `/api/bulletins/${draft.bulletin.id}`,
      `/api/bulletins/${draft.bulletin.id}/document.docx`,
      `/api/bulletins/figures?asOf=${today()}`,
    ])
      expect((await jincheng.request({ method: 'GET', url })).statusCode, url).toBe(403);
    expect((await admin.request({ method: 'GET', url: '/api/bulletins/999999' })).statusCode).toBe(404);
  });
});
