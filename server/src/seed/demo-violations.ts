import {
  addDays,
  answerDueOf,
  DEFAULT_ANSWER_DAYS,
  type TViolationOutcome,
  type TViolationState,
} from '@zhucun/core';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import {
  conductCatalogues,
  conductItems,
  persons,
  postings,
  users,
  violationEvents,
  violations,
} from '../db/schema.ts';

/**
 * The demo county's negative list of conduct (履职行为负面清单), worded after the bulletin's full-time duty
 * (五天四夜, 工作日志, 视频点名) and the common discipline of stationed cadres: [text, points, veto].
 */
export const DEMO_CONDUCT: readonly (readonly [string, number, boolean])[] = [
  ['未经批准擅自离岗，或请假、公务外出不按规定报备', 3, false],
  ['不按时参加“三晋先锋”视频点名或会议，无正当理由缺席', 2, false],
  ['工作日志弄虚作假、虚报工作记录或代他人记录', 5, false],
  ['吃拿卡要、优亲厚友，在低保、救助等事项中谋取私利', 8, false],
  ['违规插手村级事务、干预村级财务或工程项目', 6, false],
  ['对群众诉求推诿扯皮、态度生硬，造成不良影响', 2, false],
  ['夜访走过场，未入户却登记走访记录', 3, false],
  ['违反中央八项规定精神，接受宴请或收受礼品礼金', 10, false],
  ['违纪违法受到党纪政务处分', 0, true],
  ['因履职不力造成重大责任事故或严重负面舆情', 0, true],
];

/** Starts a year's demo catalogue (when the county has none for that year). */
async function seedYear(tx: TDb, year: number) {
  const [have] = await tx.select({ n: count() }).from(conductItems).where(eq(conductItems.year, year));
  if ((have?.n ?? 0) > 0) return;
  await tx.insert(conductCatalogues).values({ year, answerDays: DEFAULT_ANSWER_DAYS }).onConflictDoNothing();
  await tx
    .insert(conductItems)
    .values(
      DEMO_CONDUCT.map(([text, deduction, veto], i) => ({ year, position: i + 1, text, deduction, veto })),
    );
}

/** The demo catalogue of the year of `today` and the year before (records of early January cite the old one). */
export async function seedDemoConductCatalogue(tx: TDb, today: string): Promise<void> {
  const year = Number(today.slice(0, 4));
  await seedYear(tx, year - 1);
  await seedYear(tx, year);
}

/** A demo record: whose (a demo account), which item, how many days ago, and how far its due process went. */
type TDemoRecord = {
  username: string;
  item: number;
  daysAgo: number;
  circumstances: string;
  answer?: string;
  decision?: [TViolationOutcome, number | null, string];
  appeal?: string;
  appealDecision?: [TViolationOutcome, number | null, string];
};

const RECORDS: readonly TDemoRecord[] = [
  {
    username: 'shuji',
    item: 1,
    daysAgo: 2,
    circumstances: '县委组织部周三晚视频点名，该同志未上线，事后未说明情况。',
  },
  {
    username: 'daxuesheng',
    item: 0,
    daysAgo: 10,
    circumstances: '乡镇督查组工作日上午到村，该同志不在岗，未见请假记录。',
    answer: '当天上午陪同村民到县医院办理慢性病卡，事前电话告知了支部书记，但没有在系统中报备。',
    decision: ['reduced', 1, '确有为民办事情节，但未按规定报备，减轻扣分。'],
  },
  {
    username: 'duiyuan',
    item: 2,
    daysAgo: 40,
    circumstances: '抽查发现该同志连续三天工作日志内容雷同，其中一天登记的入户走访经核实未开展。',
    answer: '日志是晚上补记的，记混了日期。',
    decision: ['upheld', null, '经核实，走访记录与实际不符，事实清楚，维持扣分。'],
    appeal: '当天确实入户了，只是走访户记错，请求复核。',
    appealDecision: ['upheld', null, '复核后维持原决定：该户当天不在家，走访未开展。'],
  },
];

/**
 * The demo county's violation records (relative to the first start's day), one at each stage of due process:
 * notified (its answer period open), decided (reduced, the cadre may still appeal) and final (appealed, upheld).
 * Recorded by the county administrator; skipped when the county already has records.
 */
export async function seedDemoViolations(tx: TDb, today: string): Promise<void> {
  const [have] = await tx.select({ n: count() }).from(violations);
  if ((have?.n ?? 0) > 0) return;
  const [county] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'admin')).limit(1);
  if (!county) return;
  const people = await tx
    .select({
      username: users.username,
      personId: persons.id,
      userId: users.id,
      villageCode: postings.villageCode,
    })
    .from(users)
    .innerJoin(persons, eq(persons.userId, users.id))
    .innerJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .where(
      inArray(
        users.username,
        RECORDS.map((r) => r.username),
      ),
    )
    .orderBy(asc(postings.startDate));
  const byName = new Map(people.map((p) => [p.username, p]));
  for (const r of RECORDS) {
    const who = byName.get(r.username);
    if (!who) continue;
    const occurredOn = addDays(today, -r.daysAgo - 1);
    const year = Number(occurredOn.slice(0, 4));
    const [item] = await tx
      .select()
      .from(conductItems)
      .where(and(eq(conductItems.year, year), eq(conductItems.text, DEMO_CONDUCT[r.item]![0])))
      .limit(1);
    if (!item) continue;
    await seedRecord(tx, r, { ...who, countyUserId: county.id, occurredOn, today, item });
  }
}

async function seedRecord(
  tx: TDb,
  r: TDemoRecord,
  c: {
    personId: number;
    userId: number;
    villageCode: string;
    countyUserId: number;
    occurredOn: string;
    today: string;
    item: typeof conductItems.$inferSelect;
  },
) {
  const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  const recordedOn = addDays(c.occurredOn, 1);
  const answerDue = answerDueOf(recordedOn, DEFAULT_ANSWER_DAYS);
  const answeredOn = addDays(recordedOn, 2);
  const decidedOn = addDays(recordedOn, DEFAULT_ANSWER_DAYS + 2);
  const appealDue = answerDueOf(decidedOn, DEFAULT_ANSWER_DAYS);
  const appealedOn = addDays(decidedOn, 2);
  const finalOn = addDays(appealedOn, 5);
  const decision = r.appealDecision ?? r.decision;
  const finalDeduction = decision
    ? decision[0] === 'dismissed'
      ? 0
      : (decision[1] ?? c.item.deduction)
    : null;
  const state: TViolationState = r.appealDecision
    ? 'final'
    : r.decision
      ? 'decided'
      : r.answer
        ? 'answered'
        : 'notified';
  const [row] = await tx
    .insert(violations)
    .values({
      personId: c.personId,
      villageCode: c.villageCode,
      year: c.item.year,
      itemId: c.item.id,
      occurredOn: c.occurredOn,
      description: r.circumstances,
      state,
      deduction: c.item.deduction,
      veto: c.item.veto,
      answerDue,
      answer: r.answer ?? null,
      answeredAt: r.answer ? at(answeredOn, 20) : null,
      outcome: decision?.[0] ?? null,
      finalDeduction,
      decidedAt: decision ? at(r.appealDecision ? finalOn : decidedOn, 10) : null,
      appealDue: r.decision ? appealDue : null,
      appeal: r.appeal ?? null,
      appealedAt: r.appeal ? at(appealedOn, 21) : null,
      recordedBy: c.countyUserId,
      recordedLevel: 'county',
      createdAt: at(recordedOn, 9),
      updatedAt: at(recordedOn, 9),
    })
    .returning({ id: violations.id });
  const violationId = row!.id;
  const events: (typeof violationEvents.$inferInsert)[] = [
    {
      violationId,
      at: at(recordedOn, 9),
      actorUserId: c.countyUserId,
      action: 'record',
      toState: 'notified',
      deduction: c.item.deduction,
      note: r.circumstances,
    },
  ];
  if (r.answer)
    events.push({
      violationId,
      at: at(answeredOn, 20),
      actorUserId: c.userId,
      action: 'answer',
      fromState: 'notified',
      toState: 'answered',
      note: r.answer,
    });
  if (r.decision) {
    const [outcome, reduced, reason] = r.decision;
    const deduction = outcome === 'dismissed' ? 0 : (reduced ?? c.item.deduction);
    events.push({
      violationId,
      at: at(decidedOn, 10),
      actorUserId: c.countyUserId,
      action: 'decide',
      fromState: r.answer ? 'answered' : 'notified',
      toState: 'decided',
      outcome,
      deduction,
      note: reason,
    });
  }
  if (r.appeal)
    events.push({
      violationId,
      at: at(appealedOn, 21),
      actorUserId: c.userId,
      action: 'appeal',
      fromState: 'decided',
      toState: 'appealed',
      note: r.appeal,
    });
  if (r.appealDecision) {
    const [outcome, , reason] = r.appealDecision;
    events.push({
      violationId,
      at: at(finalOn, 10),
      actorUserId: c.countyUserId,
      action: 'decide_appeal',
      fromState: 'appealed',
      toState: 'final',
      outcome,
      deduction: finalDeduction,
      note: reason,
    });
  }
  await tx.insert(violationEvents).values(events);
}
