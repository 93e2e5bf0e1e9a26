import type { TProjectState, TSelection } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { ROOMY_LOGIN } from '../../test/factories.ts';
import { insertTestProject } from '../../test/project-factory.ts';

export const JINCHENG = '140622100';
export const NANHEZHONG = '140622101';
export const JINCHENG_VILLAGE = '140622100200';
export const NANHEZHONG_VILLAGE = '140622101200';
/** Township administrators of townships with no project in these tests: the panel. */
export const PANEL = ['xiashe', 'yijing', 'zangzhai', 'dahuangwei'] as const;
export const PANEL_TOWNSHIP: Record<(typeof PANEL)[number], string> = {
  xiashe: '140622102',
  yijing: '140622201',
  zangzhai: '140622202',
  dahuangwei: '140622203',
};

export type TSelectionsContext = Awaited<ReturnType<typeof selectionsContext>>;

/** A demo app, the accounts a selection involves, and a leader in each of two townships (one from a unit). */
export async function selectionsContext() {
  const t: TTestApp = await buildTestApp({ login: ROOMY_LOGIN });
  const admin = await t.signIn('admin');
  const [unit] = await rowsOf<{ id: number; name: string }>(
    t.database.db,
    sql`select id, name from units order by id limit 1`,
  );
  const leader = await createSignedInCadre(t, admin, { villageCode: JINCHENG_VILLAGE, unitId: unit!.id });
  const otherLeader = await createSignedInCadre(t, admin, { villageCode: NANHEZHONG_VILLAGE });
  const clients: Record<string, TClient> = {};
  for (const name of ['jincheng', 'nanhezhong', 'viewer', ...PANEL]) clients[name] = await t.signIn(name);
  const userId = async (username: string) =>
    (await rowsOf<{ id: number }>(t.database.db, sql`select id from users where username = ${username}`))[0]!
      .id;

  /** A project led from the township's village, straight in the database. */
  const project = async (
    township: 'jincheng' | 'nanhezhong',
    title: string,
    state: TProjectState = 'in_progress',
  ) =>
    (
      await insertTestProject(t.database.db, {
        villageCodes: [township === 'jincheng' ? JINCHENG_VILLAGE : NANHEZHONG_VILLAGE],
        leaderPersonId: township === 'jincheng' ? leader.personId : otherLeader.personId,
        state,
        title,
      })
    ).id;

  const ok = <T>(res: { statusCode: number; body: string; json: () => unknown }): T => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const open = async (
    year: number,
    quotas: Record<string, number> = { [JINCHENG]: 2, [NANHEZHONG]: 2 },
    awardCount = 2,
  ) =>
    ok<TSelection>(
      await admin.request({
        method: 'POST',
        url: '/api/project-selections',
        payload: {
          year,
          awardCount,
          quotas: Object.entries(quotas).map(([townshipCode, quota]) => ({ townshipCode, quota })),
        },
      }),
    );
  const nominate = (c: TClient, selectionId: number, projectId: number) =>
    c.request({
      method: 'POST',
      url: `/api/project-selections/${selectionId}/nominations`,
      payload: { projectId, reason: '带动农户增收成效明显' },
    });
  const seat = async (
    selectionId: number,
    username: string,
    townshipCode: string | null,
    unitId: number | null = null,
  ) =>
    ok<TSelection>(
      await admin.request({
        method: 'POST',
        url: `/api/project-selections/${selectionId}/panel`,
        payload: { userId: await userId(username), townshipCode, unitId },
      }),
    );
  const county = (selectionId: number, action: string, payload: object = {}) =>
    admin.request({ method: 'POST', url: `/api/project-selections/${selectionId}/${action}`, payload });
  const score = (username: string, nominationId: number, value: number) =>
    clients[username]!.request({
      method: 'PUT',
      url: `/api/project-nominations/${nominationId}/score`,
      payload: { score: value, comment: '做法可复制' },
    });
  const view = async (c: TClient, selectionId: number) =>
    ok<TSelection>(await c.request({ method: 'GET', url: `/api/project-selections/${selectionId}` }));

  /**
   * A selection of `year` run to its notice: one jincheng project nominated (and one of nanhezhong
   * when asked), three panel members of other townships scoring, the notice published on `publishedOn`.
   */
  const toNotice = async (year: number, publishedOn: string, scores = [90, 80, 70]) => {
    const s = await open(year);
    const a = await project('jincheng', `${year}年度日光温室`);
    ok(await nominate(clients.jincheng!, s.id, a));
    for (const name of PANEL.slice(0, scores.length)) await seat(s.id, name, PANEL_TOWNSHIP[name]);
    ok(await county(s.id, 'open-scoring'));
    const nominationId = (await view(admin, s.id)).nominations[0]!.id;
    for (const [i, name] of PANEL.slice(0, scores.length).entries())
      ok(await score(name, nominationId, scores[i]!));
    const published = ok<TSelection>(await county(s.id, 'publish-notice', { publishedOn }));
    return { selection: published, nominationId, projectId: a };
  };

  return {
    t,
    admin,
    clients,
    unit: unit!,
    leader,
    otherLeader,
    userId,
    project,
    ok,
    open,
    nominate,
    seat,
    county,
    score,
    view,
    toNotice,
    nameOf: async (personId: number) =>
      (
        await rowsOf<{ name: string }>(t.database.db, sql`select name from persons where id = ${personId}`)
      )[0]!.name,
    audits: (action: string) =>
      rowsOf<{ object_id: string; details: Record<string, unknown> }>(
        t.database.db,
        sql`select object_id, details from audit_log where action = ${action} order by id`,
      ),
  };
}
