import {
  inScope,
  PROJECT_COUNTED_STATES,
  PROJECT_KINDS,
  projectActorLevel,
  projectEditable,
  type TProject,
  type TProjectAction,
  type TProjectFacts,
  type TProjectGrant,
  type TProjectList,
  type TProjectListQuery,
  type TProjectPerson,
  type TProjectState,
  type TProjectSummary,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { actOnProject } from './projects.act.ts';
import { checkProjectInput } from './projects.checks.ts';
import {
  countProjectsByKind,
  findPostedPeople,
  findProjectInScope,
  findProjects,
  findVillagesOf,
  insertProject,
  insertProjectEvent,
  lockProject,
  replaceProjectParts,
  updateProject,
} from './projects.repository.ts';
import { projectColumns } from './projects.rules.ts';
import { listItems, projectView } from './projects.view.ts';

export type TProjectsDeps = { db: TDb; now: () => Date };
/** Who acts: their account and role grants (the level they act at follows from the project's villages). */
export type TProjectActor = { userId: number; grants: readonly TProjectGrant[] };

const parts = (input: TProjectFacts) => ({
  villageCodes: input.villageCodes,
  claimants: input.claimants,
  funding: input.funding,
});

/** 项目化帮扶: the registry of projects, their facts before approval, and their states. */
export function createProjectsService(deps: TProjectsDeps) {
  const { db } = deps;

  return {
    /** Registers a draft in villages of the caller's scope (a cadre: their own village); audited. */
    async create(scope: TScope, input: TProjectFacts, actor: TProjectActor, ctx: TActorContext) {
      await checkProjectInput(db, scope, input);
      const at = deps.now();
      const id = await db.transaction(async (tx) => {
        const row = await insertProject(tx, {
          ...projectColumns(input),
          state: 'draft',
          createdBy: actor.userId,
          createdAt: at,
          updatedAt: at,
        });
        await replaceProjectParts(tx, row.id, parts(input));
        await insertProjectEvent(tx, {
          projectId: row.id,
          at,
          actorUserId: actor.userId,
          action: 'create',
          fromState: null,
          toState: 'draft',
        });
        await recordAudit(tx, ctx, {
          action: 'project.create',
          objectType: 'project',
          objectId: row.id,
          details: { title: input.title, kind: input.kind, villageCodes: input.villageCodes },
        });
        return row.id;
      });
      return projectView(db, id, actor.grants);
    },

    /**
     * Replaces a project's facts while it is a draft or waiting for the township (409 after); a
     * village added must lie in the caller's scope. Audited with the fields that changed.
     */
    async update(
      scope: { read: TScope; write: TScope },
      id: number,
      input: TProjectFacts,
      actor: TProjectActor,
      ctx: TActorContext,
    ): Promise<TProject> {
      const found = await findProjectInScope(db, scope.read, id);
      if (!found) throw notFound();
      const known = (await findVillagesOf(db, [id])).map((v) => v.code);
      const level = projectActorLevel(actor.grants, known);
      if (!level) throw forbidden();
      await checkProjectInput(db, scope.write, input, known);
      const at = deps.now();
      await db.transaction(async (tx) => {
        const locked = await lockProject(tx, id);
        const state = locked?.state as TProjectState;
        if (!projectEditable(state, level))
          throw new AppError('conflict', 'project_not_editable', { projectState: state });
        const before = found.project as Record<string, unknown>;
        const columns = projectColumns(input);
        const changed = Object.entries(columns)
          .filter(([k, v]) => before[k] !== v)
          .map(([k]) => k);
        await updateProject(tx, id, { ...columns, updatedAt: at });
        await replaceProjectParts(tx, id, parts(input));
        await recordAudit(tx, ctx, {
          action: 'project.update',
          objectType: 'project',
          objectId: id,
          details: { changed, villageCodes: input.villageCodes },
        });
      });
      return projectView(db, id, actor.grants);
    },

    /** A project in the caller's scope, with what they may do to it now (404 out of scope). */
    async get(scope: TScope, id: number, actor: TProjectActor): Promise<TProject> {
      if (!(await findProjectInScope(db, scope, id))) throw notFound();
      return projectView(db, id, actor.grants);
    },

    /** A page of projects in scope, filtered, by township and the latest change first. */
    async find(scope: TScope, q: TProjectListQuery): Promise<TProjectList> {
      const { page, pageSize, ...filter } = q;
      const { rows, total } = await findProjects(db, scope, filter, {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return { items: await listItems(db, rows), total };
    },

    /** Projects in scope by kind, counted from the records when approved or further (the home page's figure). */
    async summary(scope: TScope): Promise<TProjectSummary> {
      const rows = await countProjectsByKind(db, scope, PROJECT_COUNTED_STATES);
      const byKind = Object.fromEntries(PROJECT_KINDS.map((k) => [k, 0])) as TProjectSummary['byKind'];
      for (const r of rows) byKind[r.kind as keyof typeof byKind] = Number(r.n);
      return { byKind, total: Object.values(byKind).reduce((s, n) => s + n, 0) };
    },

    /** Who may lead or claim a project in these villages: people posted there now (villages in scope only). */
    async people(scope: TScope, villageCodes: string[]): Promise<{ items: TProjectPerson[] }> {
      const reach = villageCodes.filter((c) => inScope(scope, c));
      const rows = await findPostedPeople(db, reach);
      return { items: rows.map((r) => ({ ...r, category: r.category as TProjectPerson['category'] })) };
    },

    /** One step of the state machine (see projects.act.ts), then the project as the caller sees it. */
    async act(
      scope: TScope,
      id: number,
      action: TProjectAction,
      reason: string | undefined,
      actor: TProjectActor,
      ctx: TActorContext,
    ): Promise<TProject> {
      if (!(await findProjectInScope(db, scope, id))) throw notFound();
      await actOnProject(db, deps.now(), id, action, reason, actor, ctx);
      return projectView(db, id, actor.grants);
    },
  };
}
export type TProjectsService = ReturnType<typeof createProjectsService>;
