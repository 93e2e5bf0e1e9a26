import { localDate } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TTestApp } from '../../test/build-test-app.ts';
import { ROOMY_LOGIN } from '../../test/factories.ts';
import { createRulesService } from '../rules/rules.service.ts';
import { createDayReminderJob, type TDayReminderJob } from './reminder.job.ts';

describe('the 21:00 reminder to record the day', () => {
  let t: TTestApp;
  let sendDayReminders: TDayReminderJob;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    // move the clock to 20:50 Shanghai time (today's, or tomorrow's when that has passed)
    const now = t.clock.now();
    let target = new Date(`${localDate(now)}T20:50:00+08:00`);
    if (target < now) target = new Date(target.getTime() + 86_400_000);
    t.clock.advanceMinutes(Math.ceil((target.getTime() - now.getTime()) / 60_000));
    sendDayReminders = createDayReminderJob({
      db: t.database.db,
      rules: createRulesService({ db: t.database.db, now: t.clock.now }),
    });
  });
  afterAll(() => t.close());

  const remindersOf = async (username: string) =>
    rowsOf<{ kind: string; payload: { date: string }; dedupe_key: string }>(
      t.database.db,
      sql`select n.kind, n.payload, n.dedupe_key from notifications n join users u on u.id = n.user_id
          where u.username = ${username} and n.kind = 'reminder'`,
    );

  it('waits for the reminder time, then reminds once whoever has not recorded today and is not on leave', async () => {
    expect(await sendDayReminders(t.clock.now())).toBe(0);
    const today = localDate(t.clock.now());
    const shuji = await t.signIn('shuji');
    const saved = await shuji.request({
      method: 'PUT',
      url: `/api/duty/my/days/${today}`,
      payload: { day: 'village', night: 'village', work: '入户走访' },
    });
    expect(saved.statusCode).toBe(200);
    await t.database.db.execute(sql`
      insert into absences (person_id, village_code, kind, start_date, end_date, reason, state)
      select p.id, p.filed_under, 'leave', ${today}, ${today}, '事假', 'approved'
      from persons p join users u on u.id = p.user_id where u.username = 'daxuesheng'`);

    t.clock.advanceMinutes(15); // 21:05
    const sent = await sendDayReminders(t.clock.now());
    expect(sent).toBeGreaterThan(0);
    expect(await remindersOf('shuji')).toEqual([]); // recorded today
    expect(await remindersOf('daxuesheng')).toEqual([]); // on approved leave
    const xuandiao = await remindersOf('xuandiao');
    expect(xuandiao).toHaveLength(1);
    expect(xuandiao[0]!.payload).toEqual({ date: today });
    expect(xuandiao[0]!.dedupe_key).toMatch(new RegExp(`^reminder:\\d+:${today}$`));
    expect(await remindersOf('admin')).toEqual([]); // not a cadre

    t.clock.advanceMinutes(5);
    expect(await sendDayReminders(t.clock.now())).toBe(0); // run twice: nothing new
    expect(await remindersOf('xuandiao')).toHaveLength(1);
    const seen = await (await t.signIn('xuandiao')).request({ method: 'GET', url: '/api/notifications' });
    expect(seen.json<{ items: { kind: string; payload: { date: string } }[] }>().items[0]).toMatchObject({
      kind: 'reminder',
      payload: { date: today },
    });
  });
});
