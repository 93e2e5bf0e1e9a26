import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { dutyContext, type TDutyContext } from '../../test/duty-context.ts';
import { localMinuteFrom, scheduleMeeting } from '../../test/meeting-factory.ts';
import { createMeetingNoticeJob, type TMeetingNoticeJob } from './meeting-notices.job.ts';

describe('meeting notices (the day before and an hour before)', () => {
  let ctx: TDutyContext;
  let notify: TMeetingNoticeJob;
  beforeAll(async () => {
    ctx = await dutyContext();
    notify = createMeetingNoticeJob({ db: ctx.t.database.db });
  });
  afterAll(() => ctx.t.close());

  const noticesOf = async (meetingId: number) =>
    rowsOf<{ kind: string; user_id: number; payload: { title: string; videoUrl: string } }>(
      ctx.t.database.db,
      sql`select kind, user_id, payload from notifications where payload->>'meetingId' = ${String(meetingId)} order by id`,
    );

  it('tells each invitee once a day ahead and once in the last hour, whatever the job’s runs', async () => {
    const { t } = ctx;
    const m = await ctx.newCadre('会议提醒干部').then(async ({ cadre }) =>
      scheduleMeeting(ctx.township, {
        kind: 'meeting',
        title: '冬季防火部署会',
        divisionCode: ctx.villageCode.slice(0, 9),
        startsAt: localMinuteFrom(t.clock.now(), 26 * 60),
        invitees: { personIds: [cadre.id, ctx.personId] },
      }),
    );
    await notify(t.clock.now());
    expect(await noticesOf(m.id)).toEqual([]);

    t.clock.advanceMinutes(3 * 60); // 23 hours before
    await notify(t.clock.now());
    await notify(t.clock.now());
    let notices = await noticesOf(m.id);
    expect(notices.map((n) => n.kind)).toEqual(['meeting_tomorrow', 'meeting_tomorrow']);
    expect(new Set(notices.map((n) => n.user_id)).size).toBe(2);
    expect(notices[0]!.payload).toMatchObject({
      title: '冬季防火部署会',
      videoUrl: 'https://sjxf.example.cn/room/8801',
    });

    t.clock.advanceMinutes(22 * 60 + 30); // half an hour before
    await notify(t.clock.now());
    await notify(t.clock.now());
    notices = await noticesOf(m.id);
    expect(notices.map((n) => n.kind).sort()).toEqual([
      'meeting_soon',
      'meeting_soon',
      'meeting_tomorrow',
      'meeting_tomorrow',
    ]);

    t.clock.advanceMinutes(60); // started: nothing more
    await notify(t.clock.now());
    expect(await noticesOf(m.id)).toHaveLength(4);
  });
});
