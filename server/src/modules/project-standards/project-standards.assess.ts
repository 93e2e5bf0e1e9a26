import {
  assessmentQuarters,
  localDate,
  PROJECT_ACTION_MIN_LEVEL,
  type TProjectLevel,
  type TScope,
  type ZAcceptanceRequest,
  type ZCreateAssessmentRequest,
  type ZUpdateAssessmentRequest,
} from '@zhucun/core';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { projectAcceptances, projectAssessments, projects } from '../../db/schema.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { actOnProject } from '../projects/projects.act.ts';
import {
  findAssessment,
  findAttachedEvidence,
  findCriteria,
  findScoresOf,
  insertAssessment,
  lockProjectState,
  replaceScores,
  type TCriterionRow,
  type TProjectHead,
  updateAcceptance,
  updateAssessment,
} from './project-standards.repository.ts';
import {
  ASSESSABLE_STATES,
  atLeast,
  checkScores,
  explain,
  parseQuarter,
  quarterLabel,
} from './project-standards.rules.ts';
import type { TProjectStandardsDeps, TStandardActor } from './project-standards.service.ts';
import { standardView } from './project-standards.view.ts';

type TScores = z.infer<typeof ZCreateAssessmentRequest>['scores'];
export type TAssessmentInput = z.infer<typeof ZCreateAssessmentRequest>;
export type TAssessmentEdit = z.infer<typeof ZUpdateAssessmentRequest>;
export type TAcceptanceInput = z.infer<typeof ZAcceptanceRequest>;
type TReach = (
  scope: TScope,
  id: number,
  actor: TStandardActor,
) => Promise<{ head: TProjectHead; level: TProjectLevel | null }>;

const scoreRows = (scores: TScores) =>
  scores.map((s) => ({
    criterionId: s.criterionId,
    score: s.score,
    actualValue: s.actualValue,
    comment: s.comment,
    evidence: s.evidence,
    evidenceFileId: s.evidencePhotoId,
  }));

/** The township's quarterly assessments (动态考核) and the county's acceptance (验收). */
export function createAssessments(deps: TProjectStandardsDeps, reach: TReach) {
  const { db } = deps;

  /** The project's criteria, the scores checked against them, and the evidence photos checked as the caller's. */
  async function checkedCriteria(
    projectId: number,
    scores: TScores,
    userId: number,
  ): Promise<TCriterionRow[]> {
    const criteria = await findCriteria(db, projectId);
    if (criteria.length === 0) throw new AppError('conflict', 'criteria_none');
    checkScores(criteria, scores);
    const attached = await findAttachedEvidence(db, projectId);
    const fresh = scores.flatMap((s) =>
      s.evidencePhotoId && !attached.has(s.evidencePhotoId) ? [s.evidencePhotoId] : [],
    );
    const unknown = await deps.unknownEvidence(userId, fresh);
    if (unknown.length) throw invalidField('scores', 'photo_unknown', { ids: unknown.join('、') });
    return criteria;
  }

  /** The township (or the county) assesses; the project is approved and not yet done or stopped. */
  function checkAssessor(head: TProjectHead, level: TProjectLevel | null) {
    if (!atLeast(level, 'township')) throw new AppError('forbidden', 'assessment_level');
    if (!ASSESSABLE_STATES.includes(head.state as never))
      throw new AppError('conflict', 'assessment_state', { projectState: head.state });
  }

  const scoreOf = (criteria: TCriterionRow[], scores: TScores) =>
    explain(
      criteria,
      scores.map((s) => ({ criterionId: s.criterionId, score: s.score, comment: s.comment })),
    )?.score ?? null;

  return {
    /**
     * Records a quarter's assessment: a score per criterion (0–100) with comment and evidence. One per
     * project and quarter (a second answers 409: the first is corrected instead), for a quarter from
     * the project's start to today's.
     */
    async assess(
      scope: TScope,
      id: number,
      input: TAssessmentInput,
      actor: TStandardActor,
      ctx: TActorContext,
    ) {
      const { head, level } = await reach(scope, id, actor);
      checkAssessor(head, level);
      const today = localDate(deps.now());
      const quarters = assessmentQuarters({ start: head.startDate, today, assessed: [] }).map(
        (q) => q.quarter,
      );
      if (!quarters.includes(input.quarter as never))
        throw invalidField('quarter', 'assessment_quarter', {
          quarter: input.quarter,
          first: quarters[0] ?? head.startDate,
          last: quarters.at(-1) ?? today,
        });
      const criteria = await checkedCriteria(id, input.scores, actor.userId);
      const { year, quarter } = parseQuarter(input.quarter);
      const at = deps.now();
      await db.transaction(async (tx) => {
        await lockProjectState(tx, id);
        const [taken] = await tx
          .select({ id: projectAssessments.id })
          .from(projectAssessments)
          .where(
            and(
              eq(projectAssessments.projectId, id),
              eq(projectAssessments.year, year),
              eq(projectAssessments.quarter, quarter),
            ),
          );
        if (taken) throw new AppError('conflict', 'assessment_exists', { quarter: input.quarter });
        const assessmentId = await insertAssessment(tx, {
          projectId: id,
          year,
          quarter,
          comment: input.comment,
          assessedBy: actor.userId,
          assessedAt: at,
        });
        await replaceScores(tx, assessmentId, scoreRows(input.scores));
        await recordAudit(tx, ctx, {
          action: 'project.assess',
          objectType: 'project',
          objectId: id,
          details: { assessmentId, quarter: input.quarter, score: scoreOf(criteria, input.scores) },
        });
      });
      return standardOf(scope, id, actor);
    },

    /** Corrects a quarter's assessment; the earlier scores go to the audit log (before and after). */
    async editAssessment(
      scope: TScope,
      assessmentId: number,
      input: TAssessmentEdit,
      actor: TStandardActor,
      ctx: TActorContext,
    ) {
      const found = await findAssessment(db, assessmentId);
      if (!found) throw notFound();
      const { head, level } = await reach(scope, found.projectId, actor);
      checkAssessor(head, level);
      const criteria = await checkedCriteria(head.id, input.scores, actor.userId);
      const before = await findScoresOf(db, [assessmentId]);
      await db.transaction(async (tx) => {
        await lockProjectState(tx, head.id);
        await replaceScores(tx, assessmentId, scoreRows(input.scores));
        await updateAssessment(tx, assessmentId, {
          comment: input.comment,
          assessedBy: actor.userId,
          assessedAt: deps.now(),
        });
        await recordAudit(tx, ctx, {
          action: 'project.assess_edit',
          objectType: 'project_assessment',
          objectId: assessmentId,
          details: {
            projectId: head.id,
            quarter: quarterLabel(found.year, found.quarter),
            before: {
              comment: found.comment,
              scores: before.map((s) => ({ criterionId: s.criterionId, score: Number(s.score) })),
            },
            after: { comment: input.comment, score: scoreOf(criteria, input.scores) },
          },
        });
      });
      return standardOf(scope, head.id, actor);
    },

    /**
     * The county's acceptance (验收) of a project waiting for it: the result, its date, the note (a
     * failure's reason) and a score per criterion with evidence. The state moves through the
     * project's one state machine (acceptance → done, or back to in progress), in one transaction.
     */
    async accept(
      scope: TScope,
      id: number,
      input: TAcceptanceInput,
      actor: TStandardActor,
      ctx: TActorContext,
    ) {
      const { head, level } = await reach(scope, id, actor);
      const action = input.conclusion === 'passed' ? 'pass_acceptance' : 'fail_acceptance';
      if (level !== 'county')
        throw new AppError('forbidden', 'project_level_too_low', {
          projectAction: action,
          projectLevel: PROJECT_ACTION_MIN_LEVEL[action],
        });
      if (head.state !== 'acceptance')
        throw new AppError('conflict', 'project_not_allowed_in_state', {
          projectState: head.state,
          projectAction: action,
        });
      const today = localDate(deps.now());
      if (input.acceptedOn > today) throw invalidField('acceptedOn', 'acceptance_date_future');
      if (input.acceptedOn < head.startDate)
        throw invalidField('acceptedOn', 'acceptance_date_early', { date: head.startDate });
      if (action === 'fail_acceptance' && !input.note) throw invalidField('note', 'acceptance_note_required');
      const criteria = await checkedCriteria(id, input.scores, actor.userId);
      const score = scoreOf(criteria, input.scores);
      const at = deps.now();
      await db.transaction(async (tx) => {
        await actOnProject(tx, at, id, action, input.note || undefined, actor, ctx);
        const values = {
          acceptedOn: input.acceptedOn,
          note: input.note,
          score,
          criterionScores: scoreRows(input.scores),
        };
        const [made] = await tx
          .select({ id: projectAcceptances.id })
          .from(projectAcceptances)
          .where(and(eq(projectAcceptances.projectId, id), eq(projectAcceptances.createdAt, at)));
        if (made) await updateAcceptance(tx, made.id, values);
        else
          await tx.insert(projectAcceptances).values({
            ...values,
            projectId: id,
            result: input.conclusion,
            acceptedBy: actor.userId,
            createdAt: at,
          });
        if (action === 'pass_acceptance')
          await tx.update(projects).set({ actualEndDate: input.acceptedOn }).where(eq(projects.id, id));
        await recordAudit(tx, ctx, {
          action: 'project.accept',
          objectType: 'project',
          objectId: id,
          details: { conclusion: input.conclusion, acceptedOn: input.acceptedOn, score },
        });
      });
      return standardOf(scope, id, actor);
    },
  };

  async function standardOf(scope: TScope, id: number, actor: TStandardActor) {
    const { head, level } = await reach(scope, id, actor);
    return standardView(db, head, level, actor.permissions, deps.now());
  }
}
