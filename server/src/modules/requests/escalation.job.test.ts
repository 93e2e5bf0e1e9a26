import type { TRequestView } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { dutyContext } from '../../test/duty-context.ts';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import { createRulesService } from '../rules/rules.service.ts';
import { createEscalationJob, type TEscalationJob } from './escalation.job.ts';

const DAY = 24 * 60;

describe('overdue escalation (逾期自动升级)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let villageCode: string;
  let escalateOverdue: TEscalationJob;
  let signInTownship: () => Promise<TClient>;
  beforeAll(async () => {
    ({ t, cadre, villageCode, signInTownship } = await dutyContext());
    const db = t.database.db;
    const notifications = createNotificationsService({ db, now: t.clock.now });
    escalateOverdue = createEscalationJob({
      db,
      rules: createRulesService({ db, now: t.clock.now }),
      notify: notifications.notify,
    });
  });
  afterAll(() => t.close());

  const read = async (c: TClient, id: number) =>
    (await c.request({ method: 'GET', url: `/api/requests/${id}` })).json<TRequestView>();

  it('moves an overdue request one level up, restarts its deadlines, and does nothing more the same day', async () => {
    const created = (
      await cadre.request({
        method: 'POST',
        url: '/api/requests',
        payload: { villageCode, category: 'medical', urgency: 'urgent', description: '村卫生室缺药' },
      })
    ).json<TRequestView>();
    expect(await escalateOverdue(t.clock.now())).toBe(0); // not overdue yet
    t.clock.advanceMinutes(6 * DAY); // past the one working day to accept (even over a weekend)
    expect(await escalateOverdue(t.clock.now())).toBe(1);
    expect(await escalateOverdue(t.clock.now())).toBe(0); // safe to run twice
    const township = await signInTownship();
    const up = await read(township, created.id);
    expect(up).toMatchObject({ state: 'registered', ownerLevel: 'township', overdue: false });
    expect(up.ownerDivision.code).toBe(villageCode.slice(0, 9));
    expect(up.acceptBy > created.acceptBy).toBe(true);
    const last = up.events.at(-1)!;
    expect(last).toMatchObject({
      action: 'escalate',
      actorKind: 'system',
      actor: '系统',
      toState: 'registered',
    });
    const notes = (await township.request({ method: 'GET', url: '/api/notifications' })).json<{
      items: { kind: string; payload: { requestId?: number } }[];
    }>();
    expect(
      notes.items.some((n) => n.kind === 'request_handed_up' && n.payload.requestId === created.id),
    ).toBe(true);

    t.clock.advanceMinutes(6 * DAY);
    expect(await escalateOverdue(t.clock.now())).toBe(1);
    const county = await t.signIn('admin');
    expect(await read(county, created.id)).toMatchObject({ ownerLevel: 'county', state: 'registered' });
    t.clock.advanceMinutes(6 * DAY);
    expect(await escalateOverdue(t.clock.now())).toBe(0); // nowhere higher: stays overdue at the county
    const again = await t.signIn('admin'); // the first session went idle while the clock moved
    const queue = (await again.request({ method: 'GET', url: '/api/requests?overdue=true' })).json<{
      items: { id: number; overdue: boolean }[];
    }>();
    expect(queue.items).toEqual([expect.objectContaining({ id: created.id, overdue: true })]);
  });
});
