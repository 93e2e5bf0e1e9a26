import { addDays, localDate, type TRectificationView } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createRectification, setRectificationDeadline } from '../../test/rectification-factory.ts';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import { createRectificationEscalationJob, type TRectificationEscalationJob } from './escalation.job.ts';

const DAY = 24 * 60;

describe('整改台账: overdue problems escalate one level at a time (逾期升级)', () => {
  let t: TTestApp;
  let escalate: TRectificationEscalationJob;
  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    escalate = createRectificationEscalationJob({
      db,
      notify: createNotificationsService({ db, now: t.clock.now }).notify,
    });
  });
  afterAll(() => t.close());

  const read = async (c: TClient, id: number) =>
    (await c.request({ method: 'GET', url: `/api/rectifications/${id}` })).json<TRectificationView>();
  const notesOf = async (c: TClient) =>
    (await c.request({ method: 'GET', url: '/api/notifications' })).json<{
      items: { kind: string; payload: { rectificationId?: number; level?: string } }[];
    }>().items;

  it('moves a village problem to the township the day after its deadline, to the county a week later, then stops', async () => {
    const admin = await t.signIn('admin');
    const item = await createRectification(t, admin);
    const today = localDate(t.clock.now());
    // the job runs over the whole county: the demo's overdue problems move too, so count this one only
    await escalate(t.clock.now());
    expect((await read(admin, item.id)).superviseLevel).toBe('village'); // not overdue yet
    await setRectificationDeadline(t.database.db, item.id, addDays(today, -1));
    expect(await escalate(t.clock.now())).toBeGreaterThanOrEqual(1);
    expect(await escalate(t.clock.now())).toBe(0); // safe to run twice the same day

    const township = await t.signIn('jincheng');
    const up = await read(township, item.id);
    expect(up).toMatchObject({ state: 'open', superviseLevel: 'township', overdue: true });
    expect(up.events.at(-1)).toMatchObject({ action: 'escalate', actor: null, superviseLevel: 'township' });
    expect(await notesOf(township)).toContainEqual(
      expect.objectContaining({
        kind: 'rectification_escalated',
        payload: expect.objectContaining({ rectificationId: item.id, level: 'township' }),
      }),
    );
    const other = await t.signIn('nanhezhong');
    expect((await notesOf(other)).some((n) => n.payload.rectificationId === item.id)).toBe(false);

    t.clock.advanceMinutes(6 * DAY);
    await escalate(t.clock.now());
    const county = await t.signIn('admin');
    expect((await read(county, item.id)).superviseLevel).toBe('township'); // six days: not yet
    t.clock.advanceMinutes(DAY);
    await escalate(t.clock.now());
    const later = await t.signIn('admin');
    expect((await read(later, item.id)).superviseLevel).toBe('county');
    expect(await notesOf(later)).toContainEqual(
      expect.objectContaining({
        kind: 'rectification_escalated',
        payload: expect.objectContaining({ rectificationId: item.id, level: 'county' }),
      }),
    );
    t.clock.advanceMinutes(8 * DAY);
    await escalate(t.clock.now());
    const last = await read(await t.signIn('admin'), item.id);
    expect(last.superviseLevel).toBe('county'); // nowhere higher
    expect(last.events.filter((e) => e.action === 'escalate')).toHaveLength(2);
  });

  it('leaves a reported problem alone: it waits for review, not for its owner', async () => {
    const admin = await t.signIn('admin'); // the clock may have moved past the first session's idle limit
    const cadreItem = await createRectification(t, admin);
    await admin.request({
      method: 'POST',
      url: `/api/rectifications/${cadreItem.id}/report`,
      payload: { statement: '已整改完成' },
    });
    await setRectificationDeadline(t.database.db, cadreItem.id, addDays(localDate(t.clock.now()), -3));
    await escalate(t.clock.now());
    expect(await read(admin, cadreItem.id)).toMatchObject({
      state: 'reported',
      superviseLevel: 'village',
      overdue: false,
    });
  });
});
