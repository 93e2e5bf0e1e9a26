import { createHash } from 'node:crypto';
import {
  addDays,
  DEFAULT_RATING_CYCLE_SETTINGS,
  orgFormScore,
  resultFigures,
  type TRatingSnapshot,
  type TSurveyAnswer,
} from '@zhucun/core';
import { and, asc, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { TDb } from '../db/client.ts';
import {
  awards,
  households,
  persons,
  postings,
  ratingCycles,
  ratingOrgForms,
  ratingResults,
  ratingSurveyAnswers,
  roleAssignments,
  users,
} from '../db/schema.ts';
import type { TActorContext } from '../modules/audit/audit.service.ts';
import { confirmStars } from '../modules/rating/rating.confirm.ts';
import { computeQuantitative, computeTotals } from '../modules/rating-compute/rating-compute.service.ts';
import { afterConfirm } from '../modules/rating-follow/after-confirm.ts';
import { demoDutyFrom } from './demo-duty.ts';
import {
  DEMO_AWARDS,
  demoFormScores,
  demoInputs,
  demoTier,
  lastYearDates,
  surveyWindow,
  type TDemoTier,
} from './demo-rating.plan.ts';

const SETTINGS = DEFAULT_RATING_CYCLE_SETTINGS;
/** 10:00 in Beijing on a day. */
const at = (day: string) => new Date(`${day}T02:00:00Z`);

type TResultRow = { id: number; personId: number; villageCode: string; inputs: Record<string, unknown> };

async function userIdOf(tx: TDb, username: string) {
  const [u] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
  return u?.id ?? null;
}

/** The first township administrator of each township (who signs the township's forms). */
async function townshipSigners(tx: TDb): Promise<Map<string, number>> {
  const rows = await tx
    .select({ code: roleAssignments.divisionCode, userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.role, 'township_admin'), isNotNull(roleAssignments.divisionCode)))
    .orderBy(asc(roleAssignments.id));
  const out = new Map<string, number>();
  for (const r of rows) if (r.code && !out.has(r.code)) out.set(r.code, r.userId);
  return out;
}

async function resultsOf(tx: TDb, cycleId: number): Promise<TResultRow[]> {
  return tx
    .select({
      id: ratingResults.id,
      personId: ratingResults.personId,
      villageCode: ratingResults.villageCode,
      inputs: ratingResults.inputs,
    })
    .from(ratingResults)
    .where(eq(ratingResults.cycleId, cycleId))
    .orderBy(asc(ratingResults.villageCode), asc(ratingResults.personId));
}

/** The township's and the county's forms on each result, signed by their accounts. */
async function insertForms(
  tx: TDb,
  cycleId: number,
  rows: { r: TResultRow; tier: TDemoTier; n: number }[],
  signers: { county: number | null; townships: Map<string, number> },
  submittedAt: Date,
) {
  const forms = rows.flatMap(({ r, tier, n }) => {
    const township = signers.townships.get(r.villageCode.slice(0, 9));
    return [
      ...(township ? [{ evaluator: 'township', by: township, scores: demoFormScores(tier, n + 1) }] : []),
      ...(signers.county
        ? [{ evaluator: 'county', by: signers.county, scores: demoFormScores(tier, n) }]
        : []),
    ].map((f) => ({
      cycleId,
      personId: r.personId,
      evaluator: f.evaluator,
      scores: f.scores,
      score: orgFormScore(SETTINGS.criteria, f.scores),
      submittedBy: f.by,
      submittedAt,
    }));
  });
  for (let i = 0; i < forms.length; i += 500) await tx.insert(ratingOrgForms).values(forms.slice(i, i + 500));
}

/** The weak year: a cadre without an account, in 南河种镇 when there is one (the demo's own accounts keep clean records). */
async function weakPersonOf(tx: TDb, results: TResultRow[]): Promise<number | undefined> {
  const ids = results.map((r) => r.personId);
  if (!ids.length) return undefined;
  const free = await tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(inArray(persons.id, ids), isNull(persons.userId)));
  const noAccount = new Set(free.map((p) => p.id));
  return (
    results.find((r) => noAccount.has(r.personId) && r.villageCode.startsWith('140622101'))?.personId ??
    results.find((r) => noAccount.has(r.personId))?.personId ??
    results.at(-1)?.personId
  );
}

/** Last year's three commendations, before the stars are counted. */
async function insertAwards(tx: TDb, year: number, strong: number[], createdBy: number) {
  const [shuji] = await tx
    .select({ personId: persons.id, villageCode: postings.villageCode })
    .from(users)
    .innerJoin(persons, eq(persons.userId, users.id))
    .innerJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .where(eq(users.username, 'shuji'));
  for (const a of DEMO_AWARDS) {
    const h = a.holder;
    const holder =
      'username' in h
        ? { personId: shuji?.personId ?? null, villageCode: null }
        : 'village' in h
          ? { personId: null, villageCode: shuji?.villageCode ?? null }
          : { personId: strong.find((id) => id !== shuji?.personId) ?? null, villageCode: null };
    if (holder.personId === null && holder.villageCode === null) continue;
    await tx.insert(awards).values({
      ...holder,
      level: a.level,
      title: a.title,
      issuer: a.issuer,
      documentNo: a.documentNo(year),
      awardedOn: `${year}-${a.monthDay}`,
      createdBy,
    });
  }
}

/**
 * Last year's cycle, confirmed: the quantitative part computed (its inputs a summary, see the plan), the
 * township's and the county's forms, the totals with caps and quota, reviewed, on notice, confirmed with
 * stars from grades and three commendations, and the one cadre with no star admonished (诫勉) with the
 * rectification that brings (afterConfirm, as at a real confirmation).
 */
async function seedLastYear(
  tx: TDb,
  today: string,
  countyCode: string,
  actor: TActorContext & { userId: number },
) {
  const year = Number(today.slice(0, 4)) - 1;
  const d = lastYearDates(today);
  const [cycle] = await tx
    .insert(ratingCycles)
    .values({
      countyCode,
      year,
      stage: 'computed',
      settings: { ...SETTINGS },
      openedBy: actor.userId,
      computedAt: at(d.computedOn),
      createdAt: at(addDays(d.computedOn, -2)),
    })
    .returning();
  if (!cycle) return;
  await computeQuantitative(tx, cycle, { today });
  const results = await resultsOf(tx, cycle.id);
  const weak = await weakPersonOf(tx, results);
  const rated = results.map((r, n) => ({
    r,
    n,
    tier: r.personId === weak ? ('weak' as const) : demoTier(n),
  }));
  for (const { r, n, tier } of rated) {
    const snapshot = { ...(r.inputs as TRatingSnapshot), quantitative: demoInputs(tier, n) };
    await tx
      .update(ratingResults)
      .set({ inputs: snapshot, quantitative: resultFigures(snapshot, SETTINGS).quantitative })
      .where(eq(ratingResults.id, r.id));
  }
  const signers = { county: actor.userId, townships: await townshipSigners(tx) };
  await insertForms(tx, cycle.id, rated, signers, at(addDays(d.computedOn, 3)));
  await computeTotals(tx, cycle);
  await tx
    .update(ratingResults)
    .set({ reviewedBy: actor.userId, reviewedAt: at(addDays(d.totalledOn, 2)) })
    .where(eq(ratingResults.cycleId, cycle.id));
  const strong = rated.filter((x) => x.tier === 'strong').map((x) => x.r.personId);
  await insertAwards(tx, year, strong, actor.userId);
  const [confirmed] = await tx
    .update(ratingCycles)
    .set({
      stage: 'confirmed',
      surveyFrom: addDays(d.totalledOn, -21),
      surveyUntil: addDays(d.totalledOn, -1),
      totalledAt: at(d.totalledOn),
      noticeFrom: d.noticeFrom,
      noticeUntil: d.noticeUntil,
      confirmedAt: at(d.confirmedOn),
      updatedAt: at(d.confirmedOn),
    })
    .where(eq(ratingCycles.id, cycle.id))
    .returning();
  if (!confirmed) return;
  await confirmStars(tx, confirmed);
  await afterConfirm(tx, confirmed, actor, at(d.confirmedOn));
}

/** This year's cycle: the quantitative part computed, 金城镇's forms signed, the survey running with some answers. */
async function seedThisYear(
  tx: TDb,
  today: string,
  countyCode: string,
  actor: TActorContext & { userId: number },
) {
  const window = surveyWindow(today);
  const year = Number(today.slice(0, 4));
  // the demo county's records start with its day records: its quantitative part counts from then
  const from = demoDutyFrom(today);
  const [cycle] = await tx
    .insert(ratingCycles)
    .values({
      countyCode,
      year,
      stage: 'surveying',
      settings: { ...SETTINGS, recordsFrom: from > `${year}-01-01` ? from : null },
      openedBy: actor.userId,
      surveyFrom: window.from,
      surveyUntil: window.until,
      computedAt: at(addDays(today, -6)),
      createdAt: at(addDays(today, -9)),
    })
    .returning();
  if (!cycle) return;
  await computeQuantitative(tx, cycle, { today });
  const results = await resultsOf(tx, cycle.id);
  const townships = await townshipSigners(tx);
  const jincheng = results
    .filter((r) => r.villageCode.startsWith(`${countyCode}100`))
    .map((r, n) => ({ r, n, tier: demoTier(n) }));
  await insertForms(tx, cycle.id, jincheng, { county: null, townships }, at(addDays(today, -2)));
  // a few households of shuji's village have answered on its QR page (fewer than the sample so far)
  const [village] = await tx
    .select({ code: postings.villageCode })
    .from(users)
    .innerJoin(persons, eq(persons.userId, users.id))
    .innerJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .where(eq(users.username, 'shuji'));
  if (!village) return;
  const homes = await tx
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.villageCode, village.code), isNotNull(households.phone)))
    .orderBy(asc(households.id))
    .limit(6);
  const answers: TSurveyAnswer[] = [
    'satisfied',
    'satisfied',
    'basically_satisfied',
    'satisfied',
    'dissatisfied',
  ];
  const values = results
    .filter((r) => r.villageCode === village.code)
    .flatMap((r) =>
      homes.map((h, i) => ({
        cycleId: cycle.id,
        personId: r.personId,
        householdId: h.id,
        answer: answers[(i + r.personId) % answers.length] as TSurveyAnswer,
        comment: i === 0 ? '常来入户，办事实在' : '',
        addressHash: createHash('sha256').update(`demo-survey-${h.id}`).digest('hex'),
        createdAt: at(addDays(window.from, i % 4)),
      })),
    );
  if (values.length) await tx.insert(ratingSurveyAnswers).values(values);
}

/**
 * 星级评定 in the demo county (docs/rules.md §4.6), once: last year's cycle confirmed (grades, stars, three
 * commendations, one admonishment with its rectification), this year's open with the survey running.
 */
export async function seedDemoRating(tx: TDb, today: string, countyCode: string): Promise<void> {
  const [have] = await tx
    .select({ n: count() })
    .from(ratingCycles)
    .where(eq(ratingCycles.countyCode, countyCode));
  if ((have?.n ?? 0) > 0) return;
  const userId = await userIdOf(tx, 'admin');
  if (userId === null) return;
  const actor = { userId, username: 'admin', roles: ['county_admin'], ip: null, requestId: null };
  await seedLastYear(tx, today, countyCode, actor);
  await seedThisYear(tx, today, countyCode, actor);
}
