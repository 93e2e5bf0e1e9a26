import {
  DEFAULT_ORG_CRITERIA,
  ORG_EVALUATOR_ROLES,
  ORG_EVALUATORS,
  orgFormScore,
  orgFormsOpen,
  scopeFor,
  type TOrgCriterion,
  type TOrgEvaluator,
  type TOrgForm,
  type TOrgFormCycle,
  type TOrgFormItem,
  type TOrgFormSheet,
  type TOrgFormSheetQuery,
  type TRatingCycleStage,
  type TScope,
  ZOrgCriterion,
  type ZOrgFormSubmit,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf, type TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import type { TActor } from '../auth/auth.service.ts';
import {
  findCycle,
  findCyclesOf,
  findSheet,
  type TCycleRow,
  type TSheetRow,
  upsertForm,
} from './rating-forms.repository.ts';

export type TRatingFormsDeps = { db: TDb; now: () => Date };

/** The caller as the forms see them: their grants, the county's access options, their account. */
export type TEvaluatorCaller = Pick<TActor, 'userId' | 'grants' | 'access'>;

/** The cycle's criteria (德、能、勤、绩、廉 unless the county set others). */
export function criteriaOf(settings: Record<string, unknown>): TOrgCriterion[] {
  const parsed = ZOrgCriterion.array().min(1).safeParse(settings.criteria);
  return parsed.success ? parsed.data : DEFAULT_ORG_CRITERIA.map((c) => ({ ...c }));
}

/** The kinds of form the caller fills: one for each evaluating role they hold. */
export function evaluatorsOf(caller: TEvaluatorCaller): TOrgEvaluator[] {
  return ORG_EVALUATORS.filter((e) => caller.grants.some((g) => g.role === ORG_EVALUATOR_ROLES[e]));
}

/** The reach of one kind of form: the grants of its role alone (a township's, a unit's cadres, the county). */
function scopeAs(caller: TEvaluatorCaller, evaluator: TOrgEvaluator): TScope {
  const grants = caller.grants.filter((g) => g.role === ORG_EVALUATOR_ROLES[evaluator]);
  return scopeFor(grants, 'rating:evaluate', caller.access) ?? { all: false, codes: [] };
}

/** The counties whose cycles the caller's evaluating roles belong to. */
const countiesOf = (caller: TEvaluatorCaller) => [
  ...new Set(
    caller.grants
      .filter((g) => Object.values(ORG_EVALUATOR_ROLES).includes(g.role) && g.divisionCode)
      .map((g) => (g.divisionCode as string).slice(0, 6)),
  ),
];

const cycleView = (c: TCycleRow): TOrgFormCycle => ({
  id: c.id,
  year: c.year,
  stage: c.stage as TRatingCycleStage,
  open: orgFormsOpen(c.stage as TRatingCycleStage),
});

const iso = (v: Date | string) => (v instanceof Date ? v : new Date(v)).toISOString();

function formOf(row: TSheetRow, evaluator: TOrgEvaluator): TOrgForm | null {
  if (row.form_id === null) return null;
  return {
    id: row.form_id,
    evaluator,
    scores: row.scores ?? {},
    score: Number(row.score),
    comment: row.comment ?? '',
    submittedById: row.submitted_by as number,
    submittedByName: row.submitted_by_name ?? '',
    submittedAt: iso(row.submitted_at as Date | string),
  };
}

const byVillageAndName = (a: TOrgFormItem, b: TOrgFormItem) =>
  a.villageCode.localeCompare(b.villageCode) ||
  a.name.localeCompare(b.name, 'zh-CN') ||
  a.personId - b.personId;

/**
 * 组织评价 (docs/rules.md §4.6): the township scores its cadres, the dispatching unit those it sent, the
 * county any; with the cycle's criteria, while the cycle evaluates or surveys; never oneself; each form
 * signed by the account that submits it, and audited.
 */
export function createRatingFormsService({ db, now }: TRatingFormsDeps) {
  /** A cycle of the caller's county, or not found. */
  async function cycleFor(caller: TEvaluatorCaller, id: number): Promise<TCycleRow> {
    const cycle = await findCycle(db, id);
    if (!cycle || !countiesOf(caller).includes(cycle.countyCode)) throw notFound();
    return cycle;
  }

  function itemOf(row: TSheetRow, caller: TEvaluatorCaller, evaluator: TOrgEvaluator): TOrgFormItem {
    return {
      personId: row.person_id,
      name: row.name,
      villageCode: row.village_code,
      villageName: row.village_name,
      townshipName: row.township_name,
      category: row.category,
      postTitle: row.post_title,
      self: row.user_id !== null && row.user_id === caller.userId,
      form: formOf(row, evaluator),
    };
  }

  return {
    /** The evaluator's sheet of a cycle (the latest open for evaluation, else the latest). */
    async sheet(caller: TEvaluatorCaller, query: TOrgFormSheetQuery): Promise<TOrgFormSheet> {
      const evaluators = evaluatorsOf(caller);
      const evaluator = query.evaluator ?? evaluators[0] ?? null;
      if (evaluator && !evaluators.includes(evaluator))
        throw invalidField('evaluator', 'rating_form_evaluator', { evaluator });
      const cycles = await findCyclesOf(db, countiesOf(caller));
      const cycle =
        query.cycleId !== undefined
          ? await cycleFor(caller, query.cycleId)
          : (cycles.find((c) => orgFormsOpen(c.stage as TRatingCycleStage)) ?? cycles[0] ?? null);
      const empty = { total: 0, done: 0, todo: 0 };
      if (!cycle || !evaluator)
        return {
          cycles: cycles.map(cycleView),
          cycle: cycle ? cycleView(cycle) : null,
          evaluators,
          evaluator,
          criteria: cycle ? criteriaOf(cycle.settings) : [],
          counts: empty,
          items: [],
        };
      const rows = await findSheet(db, cycle, scopeAs(caller, evaluator), evaluator);
      const items = rows.map((r) => itemOf(r, caller, evaluator)).sort(byVillageAndName);
      const scorable = items.filter((i) => !i.self);
      const done = scorable.filter((i) => i.form !== null).length;
      return {
        cycles: cycles.map(cycleView),
        cycle: cycleView(cycle),
        evaluators,
        evaluator,
        criteria: criteriaOf(cycle.settings),
        counts: { total: scorable.length, done, todo: scorable.length - done },
        items,
      };
    },

    /** Submits (or replaces) the evaluator's form on one cadre; the form is signed by the caller's account. */
    async submit(
      caller: TEvaluatorCaller,
      input: z.output<typeof ZOrgFormSubmit>,
      ctx: TActorContext,
    ): Promise<TOrgFormItem> {
      if (!evaluatorsOf(caller).includes(input.evaluator))
        throw invalidField('evaluator', 'rating_form_evaluator', { evaluator: input.evaluator });
      const cycle = await cycleFor(caller, input.cycleId);
      // scope first: a cadre the evaluator does not reach is not found, whatever else is wrong
      const [row] = await findSheet(
        db,
        cycle,
        scopeAs(caller, input.evaluator),
        input.evaluator,
        input.personId,
      );
      if (!row) throw notFound();
      if (row.user_id !== null && row.user_id === caller.userId)
        throw new AppError('forbidden', 'rating_form_self');
      const criteria = criteriaOf(cycle.settings);
      const scores = checkedScores(criteria, input.scores);
      const score = orgFormScore(criteria, scores);
      await db.transaction(async (tx) => {
        // the cycle's row held for the form's write: a step moving it on waits, or is seen here
        const [locked] = await rowsOf<{ stage: TRatingCycleStage }>(
          tx,
          sql`select stage from rating_cycles where id = ${cycle.id} for share`,
        );
        const stage = locked?.stage ?? (cycle.stage as TRatingCycleStage);
        if (!orgFormsOpen(stage)) throw new AppError('conflict', 'rating_form_stage', { ratingStage: stage });
        const formId = await upsertForm(tx, {
          cycleId: cycle.id,
          personId: input.personId,
          evaluator: input.evaluator,
          scores,
          score,
          comment: input.comment,
          submittedBy: caller.userId,
          submittedAt: now(),
        });
        await recordAudit(tx, ctx, {
          action: 'rating.form_submit',
          objectType: 'rating_org_form',
          objectId: formId,
          details: {
            cycleId: cycle.id,
            year: cycle.year,
            personId: input.personId,
            evaluator: input.evaluator,
            scores,
            score,
            ...(row.form_id !== null ? { replaced: { scores: row.scores, score: Number(row.score) } } : {}),
          },
        });
      });
      const [saved] = await findSheet(
        db,
        cycle,
        scopeAs(caller, input.evaluator),
        input.evaluator,
        input.personId,
      );
      return itemOf(saved as TSheetRow, caller, input.evaluator);
    },
  };
}
export type TRatingFormsService = ReturnType<typeof createRatingFormsService>;

/** A score 0–100 (whole points) for each of the cycle's criteria, and no other. */
function checkedScores(
  criteria: readonly TOrgCriterion[],
  given: Record<string, number>,
): Record<string, number> {
  const known = new Set(criteria.map((c) => c.code));
  const unknown = Object.keys(given).find((code) => !known.has(code));
  if (unknown !== undefined)
    throw invalidField(`scores.${unknown}`, 'rating_score_unknown', { code: unknown });
  const scores: Record<string, number> = {};
  for (const c of criteria) {
    const value = given[c.code];
    if (value === undefined)
      throw invalidField(`scores.${c.code}`, 'rating_score_missing', { criterion: c.label });
    if (!Number.isInteger(value) || value < 0 || value > 100)
      throw invalidField(`scores.${c.code}`, 'rating_score_range', { criterion: c.label });
    scores[c.code] = value;
  }
  return scores;
}
