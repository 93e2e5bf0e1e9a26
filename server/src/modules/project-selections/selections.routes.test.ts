import { addDays, localDate, type TMyScoring, type TSelection } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../../test/factories.ts';
import {
  JINCHENG,
  NANHEZHONG,
  PANEL_TOWNSHIP,
  selectionsContext,
  type TSelectionsContext,
} from './selections.test-context.ts';

/** 优秀创新项目评选: quotas, nominations, the panel's rules, the notice and the confirmation. */
describe('the excellent-project selection', () => {
  let c: TSelectionsContext;
  let today: string;
  beforeAll(async () => {
    c = await selectionsContext();
    today = localDate(c.t.clock.now());
  });
  afterAll(() => c.t.close());

  it('is opened by the county, once a year, with a quota per township', async () => {
    const s = await c.open(2015, { [JINCHENG]: 1, [NANHEZHONG]: 3 });
    expect(s).toMatchObject({ year: 2015, stage: 'nominating', mayManage: true });
    expect(s.quotas.map((q) => [q.townshipName, q.quota, q.nominated])).toEqual([
      ['金城镇', 1, 0],
      ['南河种镇', 3, 0],
    ]);
    const again = await c.admin.request({
      method: 'POST',
      url: '/api/project-selections',
      payload: { year: 2015, awardCount: 1, quotas: [] },
    });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toBe('2015 年度的优秀创新项目评选已经发起');
    const byTownship = await c.clients.jincheng!.request({
      method: 'POST',
      url: '/api/project-selections',
      payload: { year: 2014 + 2, awardCount: 1, quotas: [] },
    });
    expect(byTownship.statusCode).toBe(403);
    expect((await c.audits('selection.open')).length).toBeGreaterThan(0);
  });

  it('lets a township nominate its own projects within its quota, and see only its own before the notice', async () => {
    const s = await c.open(2016, { [JINCHENG]: 1, [NANHEZHONG]: 1 });
    const a = await c.project('jincheng', '冷链物流中心');
    const b = await c.project('jincheng', '羊肚菌种植基地');
    const theirs = await c.project('nanhezhong', '乡村旅游民宿');
    const draft = await c.project('jincheng', '尚未备案的项目', 'submitted');
    const jincheng = c.clients.jincheng!;
    expect((await c.nominate(jincheng, s.id, theirs)).statusCode).toBe(404);
    const early = await c.nominate(jincheng, s.id, draft);
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toBe('该项目当前为“待乡镇审核”，县级备案后的项目才能推荐');
    c.ok(await c.nominate(jincheng, s.id, a));
    const over = await c.nominate(jincheng, s.id, b);
    expect(over.statusCode).toBe(409);
    expect(errorOf(over).message).toBe('本乡镇的推荐名额为 1 个，已推荐 1 个，不能再推荐');
    c.ok(await c.nominate(c.clients.nanhezhong!, s.id, theirs));

    const own = await c.view(jincheng, s.id);
    expect(own.nominations.map((n) => n.title)).toEqual(['冷链物流中心']);
    expect(own.nominations[0]).toMatchObject({ scoreCount: null, combined: null });
    expect(own.panel).toBeNull();
    const county = await c.view(c.admin, s.id);
    expect(county.nominations.map((n) => n.title).sort()).toEqual(['乡村旅游民宿', '冷链物流中心']);

    // withdrawn, the quota is free again
    const withdrawn = await jincheng.request({
      method: 'POST',
      url: `/api/project-nominations/${own.nominations[0]!.id}/withdraw`,
      payload: {},
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    c.ok(await c.nominate(jincheng, s.id, b));
    expect(
      (await c.view(jincheng, s.id)).nominations.filter((n) => !n.withdrawn).map((n) => n.title),
    ).toEqual(['羊肚菌种植基地']);
  });

  it('opens the scoring only when nobody is over quota', async () => {
    const s = await c.open(2017, { [JINCHENG]: 2 });
    c.ok(await c.nominate(c.clients.jincheng!, s.id, await c.project('jincheng', '光伏发电')));
    c.ok(await c.nominate(c.clients.jincheng!, s.id, await c.project('jincheng', '小杂粮加工')));
    c.ok(
      await c.admin.request({
        method: 'PUT',
        url: `/api/project-selections/${s.id}/quotas`,
        payload: { quotas: [{ townshipCode: JINCHENG, quota: 1 }] },
      }),
    );
    const refused = await c.county(s.id, 'open-scoring');
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).message).toBe('金城镇推荐的项目超出名额，不能开始评审');
    expect((await c.view(c.admin, s.id)).refusals.open_scoring).toBe('over_quota');
  });

  it('has each panel member score alone, never a project of their own township or unit', async () => {
    const s = await c.open(2018);
    const a = await c.project('jincheng', '蔬菜大棚');
    const b = await c.project('nanhezhong', '杂粮深加工');
    c.ok(await c.nominate(c.clients.jincheng!, s.id, a));
    c.ok(await c.nominate(c.clients.nanhezhong!, s.id, b));
    await c.seat(s.id, 'xiashe', PANEL_TOWNSHIP.xiashe);
    await c.seat(s.id, 'yijing', PANEL_TOWNSHIP.yijing);
    await c.seat(s.id, 'nanhezhong', NANHEZHONG);
    await c.seat(s.id, 'viewer', null, c.unit.id); // a county leader from the leader's unit
    const ids = Object.fromEntries((await c.view(c.admin, s.id)).nominations.map((n) => [n.title, n.id]));
    const early = await c.score('xiashe', ids.蔬菜大棚!, 80);
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toBe('评选当前为“推荐中”，不能评分');
    c.ok(await c.county(s.id, 'open-scoring'));

    const ownTownship = await c.score('nanhezhong', ids.杂粮深加工!, 95);
    expect(ownTownship.statusCode).toBe(403);
    expect(errorOf(ownTownship).message).toBe('回避：“杂粮深加工”是您所在乡镇的项目，您不能为它评分');
    const ownUnit = await c.score('viewer', ids.蔬菜大棚!, 95);
    expect(ownUnit.statusCode).toBe(403);
    expect(errorOf(ownUnit).message).toBe(`回避：“蔬菜大棚”的领办人或认领人来自您所在的单位，您不能为它评分`);
    const notOnPanel = await c.score('zangzhai', ids.蔬菜大棚!, 95);
    expect(notOnPanel.statusCode).toBe(403);
    expect(errorOf(notOnPanel).message).toBe('您不是 2018 年度评选的评委');

    const sheet = c.ok<TMyScoring>(await c.score('xiashe', ids.蔬菜大棚!, 88));
    expect(sheet.items.find((i) => i.title === '蔬菜大棚')).toMatchObject({ myScore: 88, conflict: null });
    const other = c.ok<TMyScoring>(
      await c.clients.yijing!.request({ method: 'GET', url: `/api/project-selections/${s.id}/my-scoring` }),
    );
    expect(other.items.map((i) => i.myScore)).toEqual([null, null]);
    const conflicted = c.ok<TMyScoring>(
      await c.clients.nanhezhong!.request({
        method: 'GET',
        url: `/api/project-selections/${s.id}/my-scoring`,
      }),
    );
    expect(conflicted.items.find((i) => i.title === '杂粮深加工')?.conflict).toBe('own_township');
    expect(JSON.stringify(sheet)).not.toContain(await c.nameOf(c.leader.personId));

    const county = await c.view(c.admin, s.id);
    const row = county.nominations.find((n) => n.title === '蔬菜大棚')!;
    expect(row).toMatchObject({ scoreCount: 1, combined: null, rank: null, eligibleReviewers: 3 });
    const publish = await c.county(s.id, 'publish-notice');
    expect(publish.statusCode).toBe(409);
    expect(errorOf(publish).message).toMatch(/只有 [01] 份评分，每个项目至少需要 3 份评分/);
  });

  it('drops the highest and the lowest score, and shows the result only from the notice on', async () => {
    const { selection, nominationId } = await c.toNotice(2019, today, [95, 70, 80, 60]);
    const row = selection.nominations.find((n) => n.id === nominationId)!;
    expect(row.combined).toMatchObject({
      score: 75,
      meanOfAll: 76.3,
      kept: [70, 80],
      droppedHighest: 95,
      droppedLowest: 60,
      trimmed: true,
    });
    expect(row).toMatchObject({ rank: 1, tieBreak: 'first', proposed: true });
    expect(selection).toMatchObject({ stage: 'notice', noticeStart: today });
    const seen = await c.view(c.clients.nanhezhong!, selection.id);
    expect(seen.nominations.map((n) => [n.title, n.combined?.score, n.leaderName])).toEqual([
      ['2019年度日光温室', 75, null],
    ]);
    const late = await c.score('xiashe', nominationId, 100);
    expect(late.statusCode).toBe(409);
  });

  it('runs the notice 5 working days by the county’s calendar, over National Day', async () => {
    // published Friday 27 September 2024: 27, 29 (a Sunday worked), 30 September, then 8 and 9 October
    const { selection } = await c.toNotice(2024, '2024-09-27');
    expect(selection).toMatchObject({ noticeStart: '2024-09-27', noticeEnd: '2024-10-09' });
    const [audit] = (await c.audits('selection.publish_notice')).filter(
      (a) => a.object_id === String(selection.id),
    );
    expect(audit?.details.workingDays).toEqual([
      '2024-09-27',
      '2024-09-29',
      '2024-09-30',
      '2024-10-08',
      '2024-10-09',
    ]);
  });

  it('confirms the awards only after the notice, with every objection answered', async () => {
    const running = await c.toNotice(2020, today);
    const early = await c.county(running.selection.id, 'confirm', { nominationIds: [running.nominationId] });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toBe(
      `公示期至 ${running.selection.noticeEnd} 结束，公示期满后才能确认结果`,
    );

    const publishedOn = addDays(today, -30);
    const { selection, nominationId } = await c.toNotice(2021, publishedOn);
    expect(selection.noticeEnd! < today).toBe(true);
    const objection = (receivedOn: string) =>
      c.county(selection.id, 'objections', {
        nominationId,
        receivedOn,
        raisedBy: '村民王某',
        content: '项目带动户数不实',
      });
    const outside = await objection(today);
    expect(outside.statusCode).toBe(400);
    expect(errorOf(outside).message).toContain('收到日期须在公示期内');
    const recorded = c.ok<TSelection>(await objection(publishedOn));
    const pending = recorded.objections![0]!;
    expect(pending).toMatchObject({
      raisedBy: '村民王某',
      outcome: 'pending',
      recordedByName: '县委组织部管理员',
    });
    const blocked = await c.county(selection.id, 'confirm', { nominationIds: [nominationId] });
    expect(blocked.statusCode).toBe(409);
    expect(errorOf(blocked).message).toBe('还有 1 条异议未处理，处理后才能确认结果');

    c.ok(
      await c.admin.request({
        method: 'POST',
        url: `/api/project-objections/${pending.id}/handle`,
        payload: { outcome: 'dismissed', handling: '经核实，带动 35 户属实' },
      }),
    );
    const confirmed = c.ok<TSelection>(
      await c.county(selection.id, 'confirm', { nominationIds: [nominationId] }),
    );
    expect(confirmed.stage).toBe('confirmed');
    expect(confirmed.nominations[0]).toMatchObject({ id: nominationId, awardId: expect.any(Number) });
    expect(confirmed.objections![0]).toMatchObject({
      outcome: 'dismissed',
      handling: '经核实，带动 35 户属实',
    });
  });

  it('never awards a nomination whose objection was upheld', async () => {
    const { selection, nominationId } = await c.toNotice(2022, addDays(today, -30));
    const recorded = c.ok<TSelection>(
      await c.county(selection.id, 'objections', {
        nominationId,
        receivedOn: selection.noticeStart,
        raisedBy: '匿名来信',
        content: '资金使用不规范',
      }),
    );
    c.ok(
      await c.admin.request({
        method: 'POST',
        url: `/api/project-objections/${recorded.objections![0]!.id}/handle`,
        payload: { outcome: 'upheld', handling: '经审计属实' },
      }),
    );
    const refused = await c.county(selection.id, 'confirm', { nominationIds: [nominationId] });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).message).toContain('已撤回推荐或异议成立，不能确认为优秀项目');
    expect((await c.view(c.admin, selection.id)).nominations[0]).toMatchObject({
      proposed: false,
      upheldObjections: 1,
    });
  });
});
