import {
  levelRank,
  localDate,
  ORG_EVALUATOR_ROLES,
  ORG_EVALUATORS,
  ROLE_REQUEST_LEVEL,
  scopeFor,
  TODO_KINDS,
  type TOwnerLevel,
  type TPermission,
  type TScope,
  type TSpotCheckItem,
  type TTodoKind,
  type TTodoList,
  todoHref,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import type { TActor } from '../auth/auth.service.ts';
import { findPostedPersonOfUser } from '../duty/duty.repository.ts';
import { heldBy } from '../tasks/tasks-report.ts';
import {
  attendanceToMark,
  countTodos,
  countyDecisions,
  leaveToApprove,
  orgFormsToFill,
  ownDay,
  projectsIn,
  rectification,
  requestsAt,
  selections,
  type TTodoQuery,
  tasksDue,
  villageProjects,
} from './todos.repository.ts';

/** Kinds whose row's `ref` is a year (the rating page opens a year), not a record's id. */
const YEAR_REFS: readonly TTodoKind[] = ['rating_results_to_review', 'rating_appeals'];

export type TTodosDeps = {
  db: TDb;
  now: () => Date;
  /**
   * The cadre's own spot checks as 今天 shows them: whether one found them absent depends on their leave,
   * the county's rest days and their week's nights (spot-checks.service), so the rule is read, not copied.
   */
  ownSpotChecks: (userId: number) => Promise<{ items: Pick<TSpotCheckItem, 'finding' | 'answer'>[] }>;
};

/** The caller as the to-dos see them. */
export type TTodoCaller = Pick<TActor, 'userId' | 'grants' | 'permissions' | 'access'>;

/** The level the caller acts at (docs/rules.md §4.3): the highest of their roles'; null for none. */
export function actingLevelOf(caller: TTodoCaller): TOwnerLevel | null {
  let best: TOwnerLevel | null = null;
  for (const g of caller.grants) {
    const level = ROLE_REQUEST_LEVEL[g.role];
    if (level && (best === null || levelRank(level) > levelRank(best))) best = level;
  }
  return best;
}

/** 待办: what still waits for the caller's action, each kind counted in their scope (docs/rules.md, 待办). */
export function createTodosService(deps: TTodosDeps) {
  const { db } = deps;

  return {
    async list(caller: TTodoCaller): Promise<TTodoList> {
      const today = localDate(deps.now());
      const scopeOf = (p: TPermission): TScope | null =>
        caller.permissions.includes(p)
          ? scopeFor(caller.grants, p, { ...caller.access, userId: caller.userId })
          : null;
      const level = actingLevelOf(caller);
      const staff = level === 'township' || level === 'county' ? level : null;
      const queries: TTodoQuery[] = [];
      const add = (q: TTodoQuery | false | null | undefined) => {
        if (q) queries.push(q);
      };

      // the cadre's own day, checks, records and rating
      const self = scopeOf('duty:self') ? await findPostedPersonOfUser(db, caller.userId) : undefined;
      if (self) {
        add(ownDay.dayToRecord(self.id, today));
        add(ownDay.daysReturned(self.id));
        add(ownDay.violations(self.id, today));
        add(ownDay.ratingNotice(self.id));
      }

      const work = scopeOf('requests:work');
      if (work && level) {
        add(requestsAt.waiting(work, level));
        add(requestsAt.overdue(work, level, today));
      }

      const report = scopeOf('tasks:report');
      if (report) {
        const townshipCodes = report.all ? [] : report.codes.filter((c) => c.length === 9);
        add(
          tasksDue(
            heldBy({
              userId: caller.userId,
              personId: self?.id ?? null,
              villageCode: self?.villageCode ?? null,
              townshipCodes,
            }),
          ),
        );
      }

      const fix = scopeOf('rectification:report');
      if (fix && level) {
        add(rectification.atLevel('rectification_open', fix, level));
        add(rectification.atLevel('rectification_returned', fix, level));
      }
      const review = scopeOf('rectification:review');
      if (review && staff) add(rectification.toReview(review, staff));

      const decide = scopeOf('duty:review');
      if (decide && staff) {
        add(leaveToApprove(decide, staff));
        add(attendanceToMark(decide, deps.now()));
      }

      const write = scopeOf('projects:write');
      if (write && level === 'village') {
        add(villageProjects.returned(write));
        add(villageProjects.toStart(write));
      }

      const approve = scopeOf('projects:approve');
      if (approve && staff === 'township') add(projectsIn('projects_to_approve', approve));
      if (approve && staff === 'county') {
        add(projectsIn('projects_to_file', approve));
        add(projectsIn('projects_to_accept', approve));
      }

      const nominate = scopeOf('selections:nominate');
      if (nominate) add(selections.nominations(nominate));
      add(selections.scoring(caller.userId));
      if (scopeOf('selections:manage')) add(selections.objections());

      if (scopeOf('rating:evaluate'))
        for (const evaluator of ORG_EVALUATORS) {
          const grants = caller.grants.filter((g) => g.role === ORG_EVALUATOR_ROLES[evaluator]);
          const scope = grants.length ? scopeFor(grants, 'rating:evaluate', caller.access) : null;
          const counties = [
            ...new Set(grants.flatMap((g) => (g.divisionCode ? [g.divisionCode.slice(0, 6)] : []))),
          ];
          if (scope) add(orgFormsToFill(evaluator, scope, counties));
        }

      const rating = scopeOf('rating:review');
      if (rating) {
        add(countyDecisions.resultsToReview(rating));
        add(countyDecisions.ratingAppeals(rating));
      }
      const violations = scopeOf('violations:decide');
      if (violations) {
        add(countyDecisions.violationsToDecide(violations, today));
        add(countyDecisions.violationAppeals(violations));
      }
      if (scopeOf('duty_lists:write')) add(countyDecisions.dutyListDrafts());

      const counts = await countTodos(db, queries);
      if (self) {
        const checks = (await deps.ownSpotChecks(caller.userId)).items;
        const n = checks.filter((c) => c.finding === 'absent' && c.answer === null).length;
        if (n) counts.push({ kind: 'spot_checks_to_answer', n, due: null, ref: null });
      }
      const linkLevel = level ?? 'county';
      const items = counts
        .map((c) => ({
          kind: c.kind,
          count: c.n,
          due: c.due,
          href: todoHref(c.kind, {
            level: linkLevel,
            ...(YEAR_REFS.includes(c.kind) ? { year: c.ref ?? undefined } : { id: c.ref ?? undefined }),
          }),
        }))
        .sort((a, b) => TODO_KINDS.indexOf(a.kind) - TODO_KINDS.indexOf(b.kind));
      return { today, items };
    },
  };
}

export type TTodosService = ReturnType<typeof createTodosService>;
