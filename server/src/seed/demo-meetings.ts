import { addDays, DISPATCHED_CATEGORIES } from '@zhucun/core';
import { and, eq, inArray, isNull, like } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import { meetingInvitees, meetings, postings, spotChecks, users } from '../db/schema.ts';

/**
 * Demo county's meetings and video roll calls (会议 / 视频点名, docs/rules.md §4.12), dated relative to the seeding
 * day: a 金城镇 roll call two days ago with its attendance (each mark its spot check, method video), a county
 * meeting last week with minutes, and a roll call tomorrow and a meeting in three days that the demo cadres
 * `shuji` and `daxuesheng` see on 今天 with the link. Only what the API would write.
 */

const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const LINK = 'https://sjxf.example.cn/meeting/';

async function userIdOf(db: TDb, username: string): Promise<number | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row?.id ?? null;
}

/** Cadres posted now under a code prefix (optionally of some categories). */
async function postedUnder(db: TDb, prefix: string, categories: readonly string[] = DISPATCHED_CATEGORIES) {
  return db
    .select({ personId: postings.personId, villageCode: postings.villageCode })
    .from(postings)
    .where(
      and(
        like(postings.villageCode, `${prefix}%`),
        isNull(postings.actualEndDate),
        inArray(postings.category, [...categories]),
      ),
    )
    .orderBy(postings.personId);
}

/** Seeds the demo meetings once (skipped when any meeting exists). */
export async function seedDemoMeetings(db: TDb, today: string, countyCode: string): Promise<void> {
  const [existing] = await db.select({ id: meetings.id }).from(meetings).limit(1);
  if (existing) return;
  const admin = await userIdOf(db, 'admin');
  const jincheng = await userIdOf(db, 'jincheng');
  if (!admin || !jincheng) return;
  const township = '140622100';
  const townshipCadres = await postedUnder(db, township);
  const firstSecretaries = await postedUnder(db, countyCode, ['first_secretary']);
  if (townshipCadres.length === 0) return;

  const plan = [
    {
      kind: 'roll_call',
      title: '金城镇驻村干部视频点名',
      divisionCode: township,
      startsAt: at(addDays(today, -2), '10:00'),
      minutes: 30,
      createdBy: jincheng,
      invitees: townshipCadres,
      marked: true,
      text: '',
    },
    {
      kind: 'meeting',
      title: '全县驻村第一书记工作推进会',
      divisionCode: countyCode,
      startsAt: at(addDays(today, -6), '15:00'),
      minutes: 90,
      createdBy: admin,
      invitees: firstSecretaries,
      marked: true,
      text: '一、通报上月五天四夜落实情况。\n二、部署冬季防火和困难群众走访。\n三、各村月底前完成整改台账更新。',
    },
    {
      kind: 'roll_call',
      title: '金城镇周例行视频点名',
      divisionCode: township,
      startsAt: at(addDays(today, 1), '09:00'),
      minutes: 30,
      createdBy: jincheng,
      invitees: townshipCadres,
      marked: false,
      text: '',
    },
    {
      kind: 'meeting',
      title: '全县驻村工作视频调度会',
      divisionCode: countyCode,
      startsAt: at(addDays(today, 3), '14:30'),
      minutes: 60,
      createdBy: admin,
      invitees: [...new Map([...townshipCadres, ...firstSecretaries].map((c) => [c.personId, c])).values()],
      marked: false,
      text: '',
    },
  ] as const;

  for (const [n, p] of plan.entries()) {
    const [m] = await db
      .insert(meetings)
      .values({
        kind: p.kind,
        title: p.title,
        divisionCode: p.divisionCode,
        startsAt: p.startsAt,
        endsAt: new Date(p.startsAt.getTime() + p.minutes * 60_000),
        videoUrl: `${LINK}${8800 + n}`,
        selection:
          p.divisionCode === township
            ? { townships: [township], categories: [], personIds: [] }
            : {
                townships: [],
                categories: p.kind === 'meeting' && n === 1 ? ['first_secretary'] : [],
                personIds: [],
              },
        minutes: p.text,
        minutesUpdatedBy: p.text ? p.createdBy : null,
        minutesUpdatedAt: p.text ? p.startsAt : null,
        createdBy: p.createdBy,
        createdAt: at(addDays(today, -8), '09:00'),
      })
      .returning({ id: meetings.id });
    for (const [i, c] of p.invitees.entries()) {
      // one in seven found absent, the rest present
      const attendance = p.marked ? (i % 7 === 3 ? 'absent' : 'present') : null;
      let spotCheckId: number | null = null;
      if (attendance && p.kind === 'roll_call') {
        const [check] = await db
          .insert(spotChecks)
          .values({
            personId: c.personId,
            villageCode: c.villageCode,
            checkedAt: p.startsAt,
            method: 'video',
            finding: attendance,
            note: p.title,
            checkedBy: p.createdBy,
            createdAt: p.startsAt,
          })
          .returning({ id: spotChecks.id });
        spotCheckId = check!.id;
      }
      await db.insert(meetingInvitees).values({
        meetingId: m!.id,
        personId: c.personId,
        villageCode: c.villageCode,
        attendance,
        markedBy: attendance ? p.createdBy : null,
        markedAt: attendance ? new Date(p.startsAt.getTime() + 20 * 60_000) : null,
        spotCheckId,
      });
    }
  }
}
