import {
  localDate,
  type TMyPlanProjects,
  type TProgressItem,
  type TProgressList,
  type TProgressReportRequest,
  type TScope,
  ZProgressReportRequest,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { unknownDutyPhotos } from '../duty/duty-photo.repository.ts';
import { findPostedVillageOf } from './day-tie.ts';
import { findMilestone, findMilestonesOf, findPersonIdOfUser, updateMilestone } from './plan.repository.ts';
import { assertMay, PLAN_REPORTING_STATES, planAccess, type TPlanActor } from './plan-access.ts';
import {
  findProgress,
  findProgressPage,
  findProgressRow,
  findProjectsOfPerson,
  findVisibleProgressPhoto,
  insertProgress,
  insertProgressComment,
  insertProgressPhotos,
  PROJECT_PHOTO,
} from './progress.repository.ts';
import { progressItems } from './progress.view.ts';

export type TProgressDeps = { db: TDb; now: () => Date };

/** 项目进展: reports with text and photos, the days' logs tied to the project, comments on them. */
export function createProgressService(deps: TProgressDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  return {
    /** A project's progress in the caller's scope (404 out of scope), newest day first. */
    async list(
      scope: TScope,
      id: number,
      actor: TPlanActor,
      page: { page: number; pageSize: number },
    ): Promise<TProgressList> {
      await planAccess(db, scope, id, actor);
      const { rows, total } = await findProgressPage(db, id, {
        offset: (page.page - 1) * page.pageSize,
        limit: page.pageSize,
      });
      return { items: await progressItems(db, rows), total };
    },

    /**
     * A progress report by one of the project's people (leader, claimant, village cadre), once the
     * township approved the plan: text, optional photos, optionally about a milestone and marking it
     * met on the report's day. Audited.
     */
    async report(
      scope: TScope,
      id: number,
      body: TProgressReportRequest,
      actor: TPlanActor,
      ctx: TActorContext,
    ): Promise<TProgressItem> {
      const access = await planAccess(db, scope, id, actor);
      assertMay(access, 'report');
      const input = ZProgressReportRequest.parse(body);
      if (input.date > today()) throw invalidField('date', 'progress_date_future', { date: input.date });
      const milestone = input.milestoneId === null ? null : await findMilestone(db, id, input.milestoneId);
      if (input.milestoneId !== null && (!milestone || milestone.droppedAt))
        throw invalidField('milestoneId', 'progress_milestone_unknown');
      if (input.milestoneDone && !milestone) throw invalidField('milestoneId', 'required');
      const unknown = await unknownDutyPhotos(db, actor.userId, input.photoIds, PROJECT_PHOTO);
      if (unknown.length) throw invalidField('photoIds', 'photo_unknown', { ids: unknown.join('、') });
      const at = deps.now();
      const progressId = await db.transaction(async (tx) => {
        const row = await insertProgress(tx, {
          projectId: id,
          milestoneId: input.milestoneId,
          text: input.text,
          date: input.date,
          reportedByPersonId: access.personId,
          reportedBy: actor.userId,
          reportedAt: at,
        });
        await insertProgressPhotos(tx, row.id, input.photoIds);
        await recordAudit(tx, ctx, {
          action: 'project.progress_report',
          objectType: 'project',
          objectId: id,
          details: {
            progressId: row.id,
            date: input.date,
            milestoneId: input.milestoneId,
            photos: input.photoIds.length,
          },
        });
        if (input.milestoneDone && milestone && milestone.doneOn === null) {
          await updateMilestone(tx, milestone.id, { doneOn: input.date, updatedAt: at });
          await recordAudit(tx, ctx, {
            action: 'project.milestone_done',
            objectType: 'project',
            objectId: id,
            details: {
              milestoneId: milestone.id,
              doneOn: input.date,
              dueDate: milestone.dueDate,
              progressId: row.id,
            },
          });
        }
        return row.id;
      });
      const [item] = await progressItems(db, await findProgressRow(db, progressId));
      return item!;
    },

    /** A comment on a progress entry (the township's staff, a colleague), in scope; audited. */
    async comment(
      scope: TScope,
      id: number,
      progressId: number,
      text: string,
      actor: TPlanActor,
      ctx: TActorContext,
    ): Promise<TProgressList> {
      await planAccess(db, scope, id, actor);
      if (!(await findProgress(db, id, progressId))) throw notFound();
      await db.transaction(async (tx) => {
        const row = await insertProgressComment(tx, {
          progressId,
          authorId: actor.userId,
          text,
          createdAt: deps.now(),
        });
        await recordAudit(tx, ctx, {
          action: 'project.progress_comment',
          objectType: 'project',
          objectId: id,
          details: { progressId, commentId: row.id },
        });
      });
      return this.list(scope, id, actor, { page: 1, pageSize: 20 });
    },

    /** The bytes' location of a progress photo the caller may see (404 otherwise). */
    photoKey(scope: TScope, fileId: number, userId: number) {
      return findVisibleProgressPhoto(db, fileId, userId, scope);
    },

    /**
     * The projects a cadre may tie a day's log to on 今天: those they lead or claim, or of their
     * village, once approved and until acceptance is decided, with their live milestones.
     */
    async mine(scope: TScope, userId: number): Promise<TMyPlanProjects> {
      const personId = await findPersonIdOfUser(db, userId);
      if (personId === null) return { items: [] };
      const village = await findPostedVillageOf(db, personId);
      const rows = await findProjectsOfPerson(db, scope, personId, village, PLAN_REPORTING_STATES);
      const milestones = await findMilestonesOf(
        db,
        rows.map((r) => r.id),
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          role: r.leads ? 'leader' : r.claims ? 'claimant' : 'village_cadre',
          milestones: milestones
            .filter((m) => m.milestone.projectId === r.id && m.milestone.droppedAt === null)
            .map(({ milestone: m }) => ({ id: m.id, title: m.title, dueDate: m.dueDate, doneOn: m.doneOn })),
        })),
      };
    },
  };
}
export type TProgressService = ReturnType<typeof createProgressService>;
