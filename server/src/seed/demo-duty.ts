import { addDays, type TFourRole, type TPlace, weekStart } from '@zhucun/core';
import { and, count, eq, isNull, ne, sql } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import { absences, dutyDays, persons, postings, roleAssignments, spotChecks } from '../db/schema.ts';
import { createRandom } from './demo-registry/random.ts';

/** Weeks of day records the demo county starts with, before the current week. */
const DEMO_WEEKS = 8;

/** The first day of the demo county's day records: the Monday DEMO_WEEKS weeks before this week's. */
export function demoDutyFrom(today: string): string {
  return addDays(weekStart(today), -7 * DEMO_WEEKS);
}

const WORK: readonly (readonly [string, TFourRole])[] = [
  ['入户走访脱贫户，核实“两不愁三保障”落实情况', 'prosperity_helper'],
  ['在村党群服务中心宣讲惠农补贴政策', 'policy_advocate'],
  ['调解两户村民宅基地边界纠纷，双方签订协议', 'dispute_mediator'],
  ['对接县农业农村局，落实蔬菜大棚项目用地', 'development_guide'],
  ['组织党员开展主题党日活动，清理村内垃圾', 'policy_advocate'],
  ['帮助合作社联系收购商，销售小米 2000 斤', 'prosperity_helper'],
  ['走访留守老人，登记医疗报销需求', 'prosperity_helper'],
  ['召开村“两委”会议，研究冬季取暖安排', 'development_guide'],
];

/**
 * The demo county's recent weeks (deterministic for a given day): day records and logs of every
 * dispatched cadre, some approved and pending leave, and a few spot checks — so the township and
 * county pages show something real on first start. The demo accounts' own cadres keep the days
 * they may still write (today and the backfill window) empty, for the person trying it out.
 */
export async function seedDemoDuty(db: TDb, today: string): Promise<{ days: number }> {
  const [existing] = await db.select({ n: count() }).from(dutyDays);
  if (Number(existing?.n ?? 0) > 0) return { days: 0 };
  const cadres = await db
    .select({
      id: persons.id,
      village: postings.villageCode,
      userId: persons.userId,
      start: postings.startDate,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .where(and(isNull(postings.actualEndDate), ne(postings.category, 'village_committee')))
    .orderBy(persons.id);
  const [checker] = await db
    .select({ id: roleAssignments.userId })
    .from(roleAssignments)
    .where(eq(roleAssignments.role, 'county_admin'))
    .limit(1);
  const random = createRandom(Number(today.replaceAll('-', '')));
  const first = demoDutyFrom(today);
  const rows: (typeof dutyDays.$inferInsert)[] = [];
  const leave: (typeof absences.$inferInsert)[] = [];
  for (const c of cadres) {
    const last = addDays(today, c.userId ? -4 : -1);
    const steady = random.next(); // how reliably this cadre keeps 五天四夜
    const leaveFrom = random.chance(0.15) ? addDays(first, random.int(0, 7 * DEMO_WEEKS - 10)) : null;
    const leaveTo = leaveFrom ? addDays(leaveFrom, random.int(1, 5)) : null;
    if (leaveFrom && leaveTo) {
      const endDate = leaveTo;
      leave.push({
        personId: c.id,
        villageCode: c.village,
        kind: 'leave',
        startDate: leaveFrom,
        endDate,
        reason: '家中老人住院陪护',
        state: 'approved',
      });
    }
    for (let date = first; date <= last; date = addDays(date, 1)) {
      if (date < c.start) continue;
      const onLeave = leaveFrom !== null && leaveTo !== null && date >= leaveFrom && date <= leaveTo;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
      const weekend = weekday === 0 || weekday === 6;
      const inVillage = !onLeave && (!weekend || random.chance(0.4)) && random.chance(0.9 + steady * 0.1);
      const day: TPlace = onLeave
        ? 'leave'
        : inVillage
          ? random.chance(0.08)
            ? 'official_duty'
            : 'village'
          : 'absent';
      // Friday night is the first of the week's three nights of rest (休息), not an absence
      const night: TPlace =
        day === 'village' && weekday !== 5 && random.chance(0.97)
          ? 'village'
          : day === 'leave'
            ? 'leave'
            : weekday === 5 && inVillage
              ? 'rest'
              : 'absent';
      if (!inVillage && !onLeave && weekend) continue; // weekends at home are simply not recorded
      const [work, role] = random.pick(WORK);
      rows.push({
        personId: c.id,
        villageCode: c.village,
        date,
        dayPlace: day,
        nightPlace: night,
        work: day === 'village' || day === 'official_duty' ? work : '',
        roles: day === 'village' ? [role] : [],
        recordedBy: c.userId,
      });
    }
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) await tx.insert(dutyDays).values(rows.slice(i, i + 1000));
    if (leave.length) await tx.insert(absences).values(leave);
    // two requests waiting in the townships' queues, from cadres without a demo account
    const waiting = cadres.filter((c) => !c.userId).slice(0, 2);
    for (const [i, c] of waiting.entries())
      await tx.insert(absences).values({
        personId: c.id,
        villageCode: c.village,
        kind: i === 0 ? 'leave' : 'official_duty',
        startDate: addDays(today, 3 + i),
        endDate: addDays(today, 3 + i + (i === 0 ? 1 : 0)),
        reason: i === 0 ? '孩子高考，请假陪考' : '参加市委组织部驻村干部培训班',
        state: 'pending_township',
      });
    if (checker) {
      const sample = cadres.filter((_, i) => i % 40 === 7).slice(0, 8);
      for (const [i, c] of sample.entries()) {
        const date = addDays(today, -7 - i * 3);
        await tx.insert(spotChecks).values({
          personId: c.id,
          villageCode: c.village,
          checkedAt: sql`${`${date} 20:30:00+08`}::timestamptz`,
          method: i % 2 ? 'video' : 'on_site',
          finding: i === 3 ? 'absent' : 'present',
          note: i === 3 ? '视频点名未接通，电话联系后称在县城办事' : null,
          checkedBy: checker.id,
        });
      }
    }
  });
  return { days: rows.length };
}
