import {
  appealRefusal,
  excellentQuota,
  GRADES,
  storedSnapshot,
  type TMyRating,
  type TRatingCycleSettings,
  type TRatingCycleStage,
  type TRatingDistribution,
  type TRatingResultDetail,
  type TRatingResultList,
  type TRatingResultRow,
  type TScope,
  type ZRatingResultQuery,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf, type TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { cycleOf, type TRatingActor, type TRatingDeps, todayOf } from './rating.context.ts';
import { asGrade, explainCaps, explainParts, explainQuantitative } from './rating.explain.ts';
import {
  findAppealOfResult,
  findAwardsOf,
  findCycle,
  findDistribution,
  findFormsOf,
  findPersonOfUser,
  findResult,
  findResultHistory,
  findResults,
  findResultsOfPerson,
  findUserName,
  type TCycleRow,
  type TResultRow,
} from './rating.repository.ts';

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());
/** Stages from which the results are the cadre's to read (the notice on). */
const PUBLISHED: readonly TRatingCycleStage[] = ['notice', 'appeals', 'confirmed'];

/** A result row as the list shows it. */
export function rowView(r: TResultRow): TRatingResultRow {
  return {
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    villageCode: r.village_code,
    villageName: r.village_name,
    townshipName: r.township_name,
    category: r.category,
    personnelStatus: r.personnel_status,
    quantitative: r.quantitative,
    organisation: r.organisation,
    villagers: r.villagers,
    villagerHouseholds: r.villager_households,
    total: r.total,
    scoreGrade: asGrade(r.score_grade),
    caps: r.caps ?? [],
    quotaAdjusted: r.quota_adjusted,
    computedGrade: asGrade(r.computed_grade),
    grade: asGrade(r.grade),
    reviewed: r.reviewed_at !== null,
    amended: r.grade !== r.computed_grade,
    appeal: r.appeal_id === null ? 'none' : ((r.appeal_decision as 'kept' | 'amended' | null) ?? 'pending'),
    stars: r.stars,
  };
}

/** How many of the cycle are assessed (graded by the computation): the base of the quota. */
async function assessedCount(db: TDb, cycleId: number): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from rating_results where cycle_id = ${cycleId} and computed_grade is not null`,
  );
  return row?.n ?? 0;
}

/** A result explained down to its records, with what the caller may do on it. */
export async function resultDetail(
  db: TDb,
  r: TResultRow,
  cycle: TCycleRow,
  caller: { mayReview: boolean; own: boolean; today: string },
): Promise<TRatingResultDetail> {
  const settings = cycle.settings as unknown as TRatingCycleSettings;
  const appeal = await findAppealOfResult(db, r.id);
  const stage = cycle.stage as TRatingCycleStage;
  const history = await findResultHistory(db, r.id, appeal?.id ?? null);
  const assessed = await assessedCount(db, cycle.id);
  return {
    ...rowView(r),
    cycle: {
      id: cycle.id,
      year: cycle.year,
      stage,
      settings,
      totalledAt: iso(cycle.totalledAt),
      noticeFrom: cycle.noticeFrom,
      noticeUntil: cycle.noticeUntil,
    },
    parts: explainParts(r, settings),
    quantitativeDetail: explainQuantitative(storedSnapshot(r), settings),
    forms: (await findFormsOf(db, cycle.id, r.person_id)).map((f) => ({
      evaluator: f.evaluator,
      score: f.score,
      submittedByName: f.submitted_by_name,
      submittedAt: iso(f.submitted_at)!,
    })),
    survey: {
      households: r.villager_households,
      minSample: settings.minSurveySample,
      insufficient: r.villagers === null,
    },
    capFacts: explainCaps(storedSnapshot(r)),
    quota: {
      assessed,
      allowed: excellentQuota(assessed, settings.excellentShare),
      share: settings.excellentShare,
    },
    reviewedByName: await findUserName(db, r.reviewed_by),
    reviewedAt: iso(r.reviewed_at),
    reviewReason: r.review_reason,
    appealDetail: appeal
      ? {
          id: appeal.id,
          text: appeal.text,
          submittedAt: iso(appeal.submitted_at)!,
          decision: appeal.decision,
          newGrade: asGrade(appeal.new_grade),
          reason: appeal.reason,
          decidedByName: await findUserName(db, appeal.decided_by),
          decidedAt: iso(appeal.decided_at),
        }
      : null,
    awards: (await findAwardsOf(db, cycle.year, r.person_id, r.village_code)).map((a) => ({
      id: a.id,
      title: a.title,
      level: a.level,
      awardedOn: a.awarded_on,
      collective: a.collective,
    })),
    awardStars: r.award_stars,
    history: history.map((h) => ({
      at: iso(h.at)!,
      action: h.action,
      actorName: h.actor_name,
      grade: asGrade(((h.details?.to ?? h.details?.grade ?? h.details?.newGrade) as string) ?? null),
      reason: (h.details?.reason as string | undefined) || null,
    })),
    mayReview: caller.mayReview && stage === 'review',
    mayDecideAppeal:
      caller.mayReview && !!appeal && appeal.decision === null && (stage === 'notice' || stage === 'appeals'),
    mayAppeal:
      caller.own && appealRefusal({ stage, noticeUntil: cycle.noticeUntil }, caller.today, !!appeal) === null,
  };
}

/** The results' reads: lists in village and name order, distributions by grade, one result, the cadre's own. */
export function createRatingResults(deps: TRatingDeps) {
  const { db } = deps;
  const readScope = (a: TRatingActor): TScope => a.readScope ?? { all: false, codes: [] };

  return {
    async list(
      cycleId: number,
      q: z.output<typeof ZRatingResultQuery>,
      actor: TRatingActor,
    ): Promise<TRatingResultList> {
      await cycleOf(db, cycleId, actor);
      const { rows, total } = await findResults(db, cycleId, readScope(actor), q);
      return { items: rows.map(rowView), total };
    },

    /** Counts by grade, overall and by township, of the results in scope (never a list of names). */
    async distribution(cycleId: number, actor: TRatingActor): Promise<TRatingDistribution> {
      await cycleOf(db, cycleId, actor);
      const zero = () => ({ excellent: 0, competent: 0, basically_competent: 0, incompetent: 0, none: 0 });
      const out: TRatingDistribution = { assessed: 0, counts: zero(), townships: [] };
      for (const row of await findDistribution(db, cycleId, readScope(actor))) {
        let t = out.townships.find((x) => x.code === row.township_code);
        if (!t) {
          t = { code: row.township_code, name: row.township_name, assessed: 0, counts: zero() };
          out.townships.push(t);
        }
        const key = (
          row.grade && (GRADES as readonly string[]).includes(row.grade) ? row.grade : 'none'
        ) as keyof TRatingDistribution['counts'];
        t.counts[key] += row.n;
        out.counts[key] += row.n;
        t.assessed += row.n;
        out.assessed += row.n;
      }
      return out;
    },

    /** One result in the caller's scope (404 outside it, before anything about it is read). */
    async one(id: number, actor: TRatingActor): Promise<TRatingResultDetail> {
      const r = await findResult(db, id, readScope(actor));
      if (!r) throw notFound();
      const cycle = await cycleOf(db, r.cycle_id, actor);
      return resultDetail(db, r, cycle, {
        mayReview: actor.reviewScope !== null,
        own: false,
        today: todayOf(deps),
      });
    },

    /** The cadre's own results, from each cycle's notice on, explained; with the appeal they may make. */
    async mine(userId: number): Promise<TMyRating> {
      const today = todayOf(deps);
      const personId = await findPersonOfUser(db, userId);
      if (!personId) return { today, items: [] };
      const items: TRatingResultDetail[] = [];
      for (const r of await findResultsOfPerson(db, personId)) {
        const cycle = await findCycle(db, r.cycle_id);
        if (!cycle || !PUBLISHED.includes(cycle.stage as TRatingCycleStage)) continue;
        items.push(await resultDetail(db, r, cycle, { mayReview: false, own: true, today }));
      }
      return { today, items };
    },
  };
}
export type TRatingResults = ReturnType<typeof createRatingResults>;
