import {
  addDays,
  localDate,
  type TDutyListHistory,
  type TDutyListOverview,
  type TDutyListPost,
  type TDutyListVersion,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { duties, publishList, saveDraft } from '../../test/duty-list-factory.ts';
import { errorOf } from '../../test/factories.ts';

/**
 * 岗位职责清单: the county edits and publishes; versions stay as published; the version in force on
 * a date. Each test that publishes works on a post of its own, and asserts relative to what it read.
 */
describe('duty lists: who writes, what is valid, versions', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let viewer: TClient;
  let today: string;

  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn('admin');
    township = await t.signIn('jincheng');
    viewer = await t.signIn('viewer');
    today = localDate(t.clock.now());
  });
  afterAll(() => t.close());

  const overview = async (c: TClient, on?: string) => {
    const res = await c.request({ method: 'GET', url: `/api/duty-lists${on ? `?on=${on}` : ''}` });
    expect(res.statusCode).toBe(200);
    return res.json<TDutyListOverview>();
  };
  const postOf = (o: TDutyListOverview, category: TDutyListPost) =>
    o.posts.find((p) => p.category === category)!;
  const audits = (action: string, objectId: number) =>
    rowsOf<{ details: Record<string, unknown>; actor_name: string }>(
      t.database.db,
      sql`select details, actor_name from audit_log where action = ${action} and object_id = ${String(objectId)}`,
    );

  it('lets only the county write: a township administrator and a cadre are refused (403)', async () => {
    const cadre = await createSignedInCadre(t, admin);
    const body = { category: 'team_member', items: duties('夜访') };
    for (const c of [township, cadre.client, viewer]) {
      const res = await c.request({ method: 'PUT', url: '/api/duty-lists/draft', payload: body });
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('forbidden');
    }
    const draft = await saveDraft(admin, 'team_member', duties('入户走访，收集群众诉求'));
    for (const c of [township, cadre.client]) {
      const publish = await c.request({
        method: 'POST',
        url: `/api/duty-lists/${draft.id}/publish`,
        payload: { effectiveFrom: today },
      });
      expect(publish.statusCode).toBe(403);
      const discard = await c.request({ method: 'DELETE', url: `/api/duty-lists/${draft.id}` });
      expect(discard.statusCode).toBe(403);
    }
    // reading is open to staff and cadres, but the draft is the county's working copy
    expect(postOf(await overview(admin), 'team_member').draft?.id).toBe(draft.id);
    for (const c of [township, viewer, cadre.client])
      expect(postOf(await overview(c), 'team_member').draft).toBeNull();
    const hidden = await township.request({ method: 'GET', url: `/api/duty-lists/${draft.id}` });
    expect(hidden.statusCode).toBe(404);
  });

  it('refuses an empty list, a heading alone, a huge line and NUL, naming the field in Chinese', async () => {
    const put = (payload: object) => admin.request({ method: 'PUT', url: '/api/duty-lists/draft', payload });
    const cases: [object, string, RegExp][] = [
      [{ category: 'first_secretary', items: [] }, 'items', /职责条目至少需要 1 项/],
      [
        { category: 'first_secretary', items: [{ kind: 'duty', wording: '   ' }] },
        'items.0.wording',
        /职责条目第1项的文字/,
      ],
      [
        { category: 'first_secretary', items: [{ kind: 'duty', wording: '责'.repeat(201) }] },
        'items.0.wording',
        /最多 200 个字符/,
      ],
      [
        { category: 'first_secretary', items: [{ kind: 'heading', wording: '建强村党组织' }] },
        'items.0.wording',
        /小标题下至少需要一条职责/,
      ],
      [
        {
          category: 'first_secretary',
          items: [{ kind: 'heading', wording: '标'.repeat(41) }, ...duties('夜访')],
        },
        'items.0.wording',
        /小标题最多 40 个字/,
      ],
      [
        { category: 'first_secretary', items: [{ kind: 'duty', wording: '夜访\u0000' }] },
        'items.0.wording',
        /职责条目第1项的文字/,
      ],
      [{ category: 'village_committee', items: duties('夜访') }, 'category', /类别/],
      [{ category: 'first_secretary', items: Array(61).fill(duties('夜访')[0]) }, 'items', /最多 60 项/],
    ];
    for (const [payload, field, message] of cases) {
      const res = await put(payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      const detail = errorOf(res).details?.find((d) => d.field === field);
      expect(detail?.message, field).toMatch(message);
    }
    const draft = await saveDraft(admin, 'first_secretary', duties('夜访'));
    const badDate = await admin.request({
      method: 'POST',
      url: `/api/duty-lists/${draft.id}/publish`,
      payload: { effectiveFrom: '2026-02-30' },
    });
    expect(badDate.statusCode).toBe(400);
    expect(errorOf(badDate).details?.[0]?.field).toBe('effectiveFrom');
  });

  it('keeps a published version as published: the next edit is a new draft, and nothing changes the old one', async () => {
    const first = await publishList(admin, 'party_secretary', duties('领办一个典型示范项目'), today);
    expect(first.status).toBe('published');
    expect(first.effectiveFrom).toBe(today);
    const draft = await saveDraft(
      admin,
      'party_secretary',
      duties('领办一个典型示范项目', '抓党建促基层治理'),
    );
    expect(draft.id).not.toBe(first.id);
    expect(draft.status).toBe('draft');
    // the draft is edited in place until published
    const again = await saveDraft(admin, 'party_secretary', duties('领办一个典型示范项目', '落实五天四夜'));
    expect(again.id).toBe(draft.id);

    for (const res of [
      await admin.request({
        method: 'POST',
        url: `/api/duty-lists/${first.id}/publish`,
        payload: { effectiveFrom: today },
      }),
      await admin.request({ method: 'DELETE', url: `/api/duty-lists/${first.id}` }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(errorOf(res).message).toContain(`“村党组织书记（机关干部）”第 ${first.versionNo} 版已发布`);
    }
    // nor can SQL change it: a trigger refuses any update or delete of a published row
    for (const statement of [
      sql`update duty_list_versions set note = 'x' where id = ${first.id}`,
      sql`delete from duty_list_versions where id = ${first.id}`,
    ]) {
      const error = await t.database.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
      const reason = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      expect((reason as Error).message).toMatch(/is never changed/);
    }
    const read = await admin.request({ method: 'GET', url: `/api/duty-lists/${first.id}` });
    expect(read.json<TDutyListVersion>().items).toEqual(duties('领办一个典型示范项目'));

    const second = await publishList(admin, 'party_secretary', duties('落实五天四夜'), today);
    expect(second.versionNo).toBe(first.versionNo! + 1);
    expect(postOf(await overview(admin), 'party_secretary').inForce?.id).toBe(second.id);
  });

  it('answers the version in force on a date; a later-dated one waits; a date in the past or out of order is refused', async () => {
    const now = await publishList(admin, 'team_member', duties('协助落实防止返贫动态监测'), today);
    const later = await publishList(admin, 'team_member', duties('认领至少一个帮扶项目'), addDays(today, 20));
    const todays = postOf(await overview(admin), 'team_member');
    expect(todays.inForce?.id).toBe(now.id);
    expect(todays.scheduled.map((v) => v.id)).toEqual([later.id]);
    expect(postOf(await overview(admin, addDays(today, 19)), 'team_member').inForce?.id).toBe(now.id);
    expect(postOf(await overview(admin, addDays(today, 20)), 'team_member').inForce?.id).toBe(later.id);

    const draft = await saveDraft(admin, 'team_member', duties('参加工作队例会'));
    const publish = (effectiveFrom: string) =>
      admin.request({
        method: 'POST',
        url: `/api/duty-lists/${draft.id}/publish`,
        payload: { effectiveFrom },
      });
    const past = await publish(addDays(today, -1));
    expect(past.statusCode).toBe(400);
    expect(errorOf(past).details?.[0]).toEqual({
      field: 'effectiveFrom',
      message: `施行日期：${addDays(today, -1)} 早于今天（${today}），新版本只能从今天或以后施行`,
    });
    const early = await publish(addDays(today, 10));
    expect(errorOf(early).details?.[0]?.message).toBe(
      `施行日期：不能早于第 ${later.versionNo} 版的施行日期 ${addDays(today, 20)}`,
    );
    const far = await publish(addDays(today, 400));
    expect(errorOf(far).details?.[0]?.message).toContain('一年以内');
    // still a draft: a refused publication changes nothing
    expect(postOf(await overview(admin), 'team_member').draft?.id).toBe(draft.id);
  });

  it('shows a post’s history newest first, with the version in force, to every reader', async () => {
    const a = await publishList(admin, 'first_secretary', duties('建强村党组织'), today);
    const b = await publishList(admin, 'first_secretary', duties('推进强村富民'), addDays(today, 5));
    const res = await township.request({
      method: 'GET',
      url: '/api/duty-lists/history?category=first_secretary',
    });
    expect(res.statusCode).toBe(200);
    const history = res.json<TDutyListHistory>();
    expect(history.versions.length).toBeGreaterThanOrEqual(2);
    expect(history.versions.slice(0, 2).map((v) => v.id)).toEqual([b.id, a.id]);
    expect(history.versions.every((v) => v.status === 'published')).toBe(true);
    expect(history.inForceId).toBe(a.id);
    const bad = await township.request({
      method: 'GET',
      url: '/api/duty-lists/history?category=village_committee',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('discards a draft, audited; the published versions stay', async () => {
    const draft = await saveDraft(admin, 'selected_graduate', duties('每年形成一篇调研报告'));
    const res = await admin.request({ method: 'DELETE', url: `/api/duty-lists/${draft.id}` });
    expect(res.statusCode).toBe(200);
    expect(postOf(await overview(admin), 'selected_graduate').draft).toBeNull();
    expect(await audits('duty_list.draft_discard', draft.id)).toHaveLength(1);
    const gone = await admin.request({ method: 'DELETE', url: `/api/duty-lists/${draft.id}` });
    expect(gone.statusCode).toBe(404);
  });

  it('audits each save and publication with the post, the number and the date', async () => {
    const v = await publishList(admin, 'graduate_official', duties('当好政策宣传员'), addDays(today, 1));
    const [saved] = await audits('duty_list.draft_save', v.id);
    expect(saved?.actor_name).toBe('admin');
    expect(saved?.details).toMatchObject({ post: 'graduate_official', lines: 1 });
    const [published] = await audits('duty_list.publish', v.id);
    expect(published?.details).toEqual({
      post: 'graduate_official',
      versionNo: v.versionNo,
      effectiveFrom: addDays(today, 1),
      lines: 1,
    });
  });
});
