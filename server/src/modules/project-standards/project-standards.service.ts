import {
  PROJECT_EDITABLE_STATES,
  projectActorLevel,
  type TProjectGrant,
  type TProjectState,
  type TScope,
  type ZSetCriteriaRequest,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { createAssessments } from './project-standards.assess.ts';
import {
  findCriteria,
  findProjectHead,
  findScoredCriterionIds,
  findVisibleEvidence,
  lockProjectState,
  replaceCriteria,
} from './project-standards.repository.ts';
import { atLeast, CLOSED_STATES, checkWeights } from './project-standards.rules.ts';
import { standardView } from './project-standards.view.ts';

/** Who acts: their account, role grants (their level over a project follows from its villages) and permissions. */
export type TStandardActor = {
  userId: number;
  grants: readonly TProjectGrant[];
  permissions: readonly string[];
};

export type TProjectStandardsDeps = {
  db: TDb;
  now: () => Date;
  /** Of some photo ids, those that are not evidence photos this account uploaded. */
  unknownEvidence: (userId: number, ids: number[]) => Promise<number[]>;
};

export type TCriteriaInput = z.infer<typeof ZSetCriteriaRequest>;

/** 一项目一标准: a project's acceptance criteria, its quarterly assessments and acceptance, the score explained. */
export function createProjectStandardsService(deps: TProjectStandardsDeps) {
  const { db } = deps;

  /** The project in the caller's read scope, and the level they act at on it (404 when out of scope). */
  async function reach(scope: TScope, id: number, actor: TStandardActor) {
    const head = await findProjectHead(db, scope, id);
    if (!head) throw notFound();
    return { head, level: projectActorLevel(actor.grants, head.villageCodes) };
  }

  return {
    ...createAssessments(deps, reach),

    /** The standard, the quarters due or missing, each assessment and the acceptance, the score explained. */
    async get(scope: TScope, id: number, actor: TStandardActor) {
      const { head, level } = await reach(scope, id, actor);
      return standardView(db, head, level, actor.permissions, deps.now());
    },

    /**
     * Sets the whole standard. Before the township approves (draft, submitted) the village side edits
     * it; after approval it is frozen: only the township or the county changes it, with a reason
     * (audited as an amendment, before and after); once done or stopped nobody does. Weights sum to
     * 100; a criterion already scored stays (it may be reworded).
     */
    async setCriteria(
      scope: TScope,
      id: number,
      input: TCriteriaInput,
      actor: TStandardActor,
      ctx: TActorContext,
    ) {
      const { head, level } = await reach(scope, id, actor);
      if (level === null) throw notFound();
      checkWeights(input.criteria.map((c) => c.weight));
      await db.transaction(async (tx) => {
        const state = (await lockProjectState(tx, id)) as TProjectState;
        if (CLOSED_STATES.includes(state))
          throw new AppError('conflict', 'criteria_frozen', { projectState: state });
        const frozen = !PROJECT_EDITABLE_STATES.includes(state);
        if (frozen && !atLeast(level, 'township')) throw new AppError('forbidden', 'criteria_township_only');
        const reason = input.reason?.trim() ?? '';
        if (frozen && !reason) throw invalidField('reason', 'criteria_reason_required');
        const before = await findCriteria(tx, id);
        const known = new Set(before.map((c) => c.id));
        const seen = new Set<number>();
        input.criteria.forEach((c, i) => {
          if (c.id === undefined) return;
          if (!known.has(c.id) || seen.has(c.id)) throw invalidField(`criteria.${i}.id`, 'criteria_unknown');
          seen.add(c.id);
        });
        const scored = await findScoredCriterionIds(tx, id);
        const dropped = before.find((c) => !seen.has(c.id) && scored.has(c.id));
        if (dropped) throw new AppError('conflict', 'criteria_scored', { measure: dropped.measure });
        await replaceCriteria(
          tx,
          id,
          input.criteria.map((c, position) => ({
            ...(c.id ? { id: c.id } : {}),
            position,
            measure: c.measure,
            targetValue: c.targetValue,
            targetUnit: c.targetUnit,
            weight: c.weight,
            evidenceRequired: c.evidenceRequired,
          })),
        );
        const brief = (c: { measure: string; weight: number }) => `${c.measure}（${c.weight}）`;
        await recordAudit(tx, ctx, {
          action: frozen ? 'project.criteria_amend' : 'project.criteria_set',
          objectType: 'project',
          objectId: id,
          details: {
            state,
            before: before.map(brief),
            after: input.criteria.map(brief),
            ...(reason ? { reason } : {}),
          },
        });
      });
      return this.get(scope, head.id, actor);
    },

    /** Where an evidence photo is kept, when the caller may see it (their upload, or of a project in scope). */
    async evidenceKey(scope: TScope, fileId: number, userId: number) {
      return findVisibleEvidence(db, fileId, userId, scope);
    },
  };
}
export type TProjectStandardsService = ReturnType<typeof createProjectStandardsService>;
