import {
  defaultGanttWindow,
  ganttRows,
  ganttWindowProblem,
  groupBy,
  inScope,
  localDate,
  PLAN_LIMITS,
  type TGanttQuery,
  type TGanttView,
  type TProjectState,
  type TScope,
} from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { invalidField, notFound } from '../../errors.ts';
import { findVillagesOf } from '../projects/projects.repository.ts';
import {
  findDivisionName,
  findGanttMilestones,
  findGanttProjects,
  findRootDivision,
} from './gantt.repository.ts';

/** The area a chart draws: the village or township asked for (inside the scope), else the scope's own. */
async function areaOf(db: TDb, scope: TScope, q: TGanttQuery) {
  const asked = q.village ?? q.township;
  if (asked) {
    if (!inScope(scope, asked)) throw notFound();
    const name = await findDivisionName(db, asked);
    if (!name) throw notFound();
    return { code: asked, name };
  }
  if (!scope.all && scope.codes.length === 1) {
    const code = scope.codes[0]!;
    return { code, name: (await findDivisionName(db, code)) ?? code };
  }
  const root = await findRootDivision(db);
  return { code: root?.code ?? '', name: root?.name ?? '' };
}

/** 挂图: the Gantt chart of a village's, a township's or the county's projects (core ganttRows). */
export function createGanttService(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;
  return {
    /**
     * Bars per project and village, milestones as marks with their state on today (overdue, slipped
     * against the baseline), today's line; within the caller's scope (an area outside it: 404).
     */
    async gantt(scope: TScope, q: TGanttQuery): Promise<TGanttView> {
      const today = localDate(deps.now());
      const window = {
        ...defaultGanttWindow(today),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
      };
      const problem = ganttWindowProblem(window);
      if (problem === 'order') throw invalidField('from', 'gantt_window_order');
      if (problem === 'too_wide')
        throw invalidField('to', 'gantt_window_too_wide', { max: PLAN_LIMITS.ganttDays });
      const area = await areaOf(db, scope, q);
      const filter = q.village ? { village: q.village } : q.township ? { township: q.township } : {};
      const { projects, villages, milestones } = await withStatementTimeout(
        db,
        STATEMENT_TIMEOUT_MS.export,
        async (tx) => {
          const projects = await findGanttProjects(tx, scope, filter, window);
          const ids = projects.map((p) => p.id);
          const [villages, milestones] = await Promise.all([
            findVillagesOf(tx, ids),
            findGanttMilestones(tx, ids),
          ]);
          return { projects, villages, milestones };
        },
      );
      const villagesOf = groupBy(villages, (v) => v.projectId);
      const milestonesOf = groupBy(milestones, (m) => m.projectId);
      const gantt = ganttRows(
        projects.map((p) => ({
          id: p.id,
          title: p.title,
          // a township's chart of a project of two villages draws both; a village's only its own
          villages: (villagesOf.get(p.id) ?? [])
            .filter((v) => !q.village || v.code === q.village)
            .map((v) => ({ code: v.code, name: v.name })),
          start: p.startDate,
          plannedEnd: p.plannedEndDate,
          milestones: (milestonesOf.get(p.id) ?? []).map((m) => ({
            id: m.id,
            projectId: p.id,
            ownerId: m.ownerPersonId,
            baselineDue: m.baselineDue,
            due: m.dueDate,
            doneOn: m.doneOn,
          })),
        })),
        window,
        today,
      );
      const drawn = new Set(gantt.groups.flatMap((g) => g.rows.map((r) => r.projectId)));
      return {
        today,
        area,
        gantt,
        projects: projects
          .filter((p) => drawn.has(p.id))
          .map((p) => ({
            id: p.id,
            title: p.title,
            state: p.state as TProjectState,
            leaderName: p.leaderName,
            milestones: (milestonesOf.get(p.id) ?? []).map((m) => ({
              id: m.id,
              title: m.title,
              ownerName: m.ownerName,
              dueDate: m.dueDate,
              baselineDue: m.baselineDue,
              doneOn: m.doneOn,
            })),
          })),
      };
    },
  };
}
export type TGanttService = ReturnType<typeof createGanttService>;
