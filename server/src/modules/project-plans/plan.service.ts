import {
  localDate,
  milestoneProblems,
  PLAN_LIMITS,
  type TMilestoneFacts,
  type TProjectPlan,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { lockProject } from '../projects/projects.repository.ts';
import {
  countLiveMilestones,
  deleteMilestone,
  findMilestone,
  findMilestonesOf,
  insertMilestone,
  type TMilestoneRow,
  updateMilestone,
} from './plan.repository.ts';
import { planView } from './plan.view.ts';
import { assertMay, planAccess, type TPlanAccess, type TPlanActor } from './plan-access.ts';
import { clearMilestoneFromProgress } from './progress.repository.ts';

export type TPlanDeps = { db: TDb; now: () => Date };

const factsOf = (input: TMilestoneFacts) => ({
  title: input.title,
  deliverable: input.deliverable,
  ownerPersonId: input.ownerPersonId,
  startDate: input.startDate,
  dueDate: input.dueDate,
});

/** 挂图作战: a project's milestones, each with an owner, a due date and a deliverable; audited. */
export function createPlanService(deps: TPlanDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  async function view(access: TPlanAccess): Promise<TProjectPlan> {
    return planView(access, await findMilestonesOf(db, [access.row.project.id]), today());
  }

  function checkInput(access: TPlanAccess, input: TMilestoneFacts, before: TMilestoneRow | null) {
    if (!access.people.some((p) => p.personId === input.ownerPersonId))
      throw invalidField('ownerPersonId', 'milestone_owner_not_on_project');
    const frozen = access.row.project.baselineFrozenAt !== null;
    const problems = milestoneProblems(input, before, frozen);
    if (problems.length)
      throw new AppError(
        'validation',
        'validation_failed',
        {},
        problems.map((p) => ({ field: p.field, key: p.key })),
      );
  }

  /** A live milestone of the project (404 otherwise; 409 when it was dropped). */
  async function liveMilestone(projectId: number, id: number): Promise<TMilestoneRow> {
    const m = await findMilestone(db, projectId, id);
    if (!m) throw notFound();
    if (m.droppedAt) throw new AppError('conflict', 'milestone_dropped');
    return m;
  }

  /** Runs a change of the plan with the project locked, refusing it when the project closed meanwhile. */
  async function inLockedPlan<T>(projectId: number, work: (tx: TDb) => Promise<T>): Promise<T> {
    return db.transaction(async (tx) => {
      const locked = await lockProject(tx, projectId);
      if (locked?.state === 'done' || locked?.state === 'stopped')
        throw new AppError('conflict', 'plan_closed', { projectState: locked.state });
      return work(tx);
    });
  }

  return {
    /** A project's battle map in the caller's scope (404 out of scope), with what they may do. */
    async get(scope: TScope, id: number, actor: TPlanActor): Promise<TProjectPlan> {
      return view(await planAccess(db, scope, id, actor));
    },

    /** Adds a milestone; after approval it has no baseline (新增). */
    async add(scope: TScope, id: number, input: TMilestoneFacts, actor: TPlanActor, ctx: TActorContext) {
      const access = await planAccess(db, scope, id, actor);
      assertMay(access, 'plan');
      checkInput(access, input, null);
      if ((await countLiveMilestones(db, id)) >= PLAN_LIMITS.milestones)
        throw invalidField('title', 'milestone_too_many', { max: PLAN_LIMITS.milestones });
      const at = deps.now();
      await inLockedPlan(id, async (tx) => {
        const row = await insertMilestone(tx, {
          projectId: id,
          ...factsOf(input),
          createdAt: at,
          updatedAt: at,
        });
        await recordAudit(tx, ctx, {
          action: 'project.milestone_create',
          objectType: 'project',
          objectId: id,
          details: {
            milestoneId: row.id,
            title: row.title,
            dueDate: row.dueDate,
            ownerPersonId: row.ownerPersonId,
          },
        });
      });
      return view(access);
    },

    /**
     * Edits or moves a milestone. Once the plan is frozen the baseline stays as approved and a move
     * of the due date needs a reason, kept in the audit row with both dates (slippage shows beside it).
     */
    async update(
      scope: TScope,
      id: number,
      milestoneId: number,
      input: TMilestoneFacts,
      actor: TPlanActor,
      ctx: TActorContext,
    ) {
      const access = await planAccess(db, scope, id, actor);
      assertMay(access, 'plan');
      const before = await liveMilestone(id, milestoneId);
      checkInput(access, input, before);
      const facts = factsOf(input);
      const changed = (Object.keys(facts) as (keyof typeof facts)[]).filter((k) => before[k] !== facts[k]);
      if (changed.length === 0) return view(access);
      await inLockedPlan(id, async (tx) => {
        await updateMilestone(tx, milestoneId, { ...facts, updatedAt: deps.now() });
        await recordAudit(tx, ctx, {
          action: 'project.milestone_update',
          objectType: 'project',
          objectId: id,
          details: {
            milestoneId,
            changed,
            ...(changed.includes('dueDate') ? { fromDue: before.dueDate, toDue: facts.dueDate } : {}),
            ...(input.reason ? { reason: input.reason } : {}),
          },
        });
      });
      return view(access);
    },

    /** Marks a milestone met on a day (today by default; never a future day). */
    async markDone(
      scope: TScope,
      id: number,
      milestoneId: number,
      doneOn: string | undefined,
      actor: TPlanActor,
      ctx: TActorContext,
    ) {
      const access = await planAccess(db, scope, id, actor);
      assertMay(access, 'markDone');
      const m = await liveMilestone(id, milestoneId);
      const day = doneOn ?? today();
      if (day > today()) throw invalidField('doneOn', 'milestone_done_future', { date: day });
      if (m.doneOn === day) return view(access);
      await inLockedPlan(id, async (tx) => {
        await updateMilestone(tx, milestoneId, { doneOn: day, updatedAt: deps.now() });
        await recordAudit(tx, ctx, {
          action: 'project.milestone_done',
          objectType: 'project',
          objectId: id,
          details: {
            milestoneId,
            doneOn: day,
            dueDate: m.dueDate,
            ...(m.doneOn ? { before: m.doneOn } : {}),
          },
        });
      });
      return view(access);
    },

    /** Takes back a milestone marked done by mistake. */
    async reopen(scope: TScope, id: number, milestoneId: number, actor: TPlanActor, ctx: TActorContext) {
      const access = await planAccess(db, scope, id, actor);
      assertMay(access, 'markDone');
      const m = await liveMilestone(id, milestoneId);
      if (m.doneOn === null) return view(access);
      await inLockedPlan(id, async (tx) => {
        await updateMilestone(tx, milestoneId, { doneOn: null, updatedAt: deps.now() });
        await recordAudit(tx, ctx, {
          action: 'project.milestone_reopen',
          objectType: 'project',
          objectId: id,
          details: { milestoneId, doneOn: m.doneOn },
        });
      });
      return view(access);
    },

    /**
     * Removes a milestone: before the baseline is frozen it is deleted; after, it stays struck through
     * with the reason (required), so the baseline as approved can still be read.
     */
    async drop(
      scope: TScope,
      id: number,
      milestoneId: number,
      reason: string | undefined,
      actor: TPlanActor,
      ctx: TActorContext,
    ) {
      const access = await planAccess(db, scope, id, actor);
      assertMay(access, 'plan');
      const m = await liveMilestone(id, milestoneId);
      const frozen = access.row.project.baselineFrozenAt !== null;
      if (frozen && !reason?.trim()) throw invalidField('reason', 'milestone_drop_reason_required');
      await inLockedPlan(id, async (tx) => {
        if (frozen)
          await updateMilestone(tx, milestoneId, {
            droppedAt: deps.now(),
            dropReason: reason!.trim(),
            updatedAt: deps.now(),
          });
        else {
          await clearMilestoneFromProgress(tx, milestoneId);
          await deleteMilestone(tx, milestoneId);
        }
        await recordAudit(tx, ctx, {
          action: 'project.milestone_drop',
          objectType: 'project',
          objectId: id,
          details: { milestoneId, title: m.title, deleted: !frozen, ...(reason ? { reason } : {}) },
        });
      });
      return view(access);
    },
  };
}
export type TPlanService = ReturnType<typeof createPlanService>;
