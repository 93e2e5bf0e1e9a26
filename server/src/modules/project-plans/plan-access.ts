import {
  projectActorLevel,
  type TPermission,
  type TPlanPerson,
  type TProjectGrant,
  type TProjectState,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { findVillagesOf } from '../projects/projects.repository.ts';
import {
  findPersonIdOfUser,
  findPlanPeople,
  findPlanProject,
  type TPlanProjectRow,
} from './plan.repository.ts';

/** Who acts on a plan: their account, role grants and permissions. */
export type TPlanActor = {
  userId: number;
  grants: readonly TProjectGrant[];
  permissions: readonly TPermission[];
};

/** A finished or stopped project's plan is read-only. */
export const PLAN_CLOSED_STATES: readonly TProjectState[] = ['done', 'stopped'];
/** Progress is reported once the township has approved the plan, until acceptance is decided. */
export const PLAN_REPORTING_STATES: readonly TProjectState[] = [
  'approved',
  'filed',
  'in_progress',
  'acceptance',
];

export type TPlanAccess = {
  row: TPlanProjectRow;
  state: TProjectState;
  villages: { code: string; name: string }[];
  people: TPlanPerson[];
  /** The caller's registry person, when they are one of the project's people. */
  personId: number | null;
  may: { plan: boolean; report: boolean; markDone: boolean };
};

/**
 * A project in the caller's scope (404 before anything else is used) and what they may do to its
 * plan: change it at their level over its villages (not once done or stopped); report progress and
 * mark milestones done as one of its people (the leader, a claimant, a cadre of its village).
 */
export async function planAccess(
  db: TDb,
  scope: TScope,
  id: number,
  actor: TPlanActor,
): Promise<TPlanAccess> {
  const row = await findPlanProject(db, scope, id);
  if (!row) throw notFound();
  const [villages, people, ownPerson] = await Promise.all([
    findVillagesOf(db, [id]),
    findPlanPeople(db, id),
    findPersonIdOfUser(db, actor.userId),
  ]);
  const state = row.project.state as TProjectState;
  const open = !PLAN_CLOSED_STATES.includes(state);
  const writes = actor.permissions.includes('projects:write');
  const level = projectActorLevel(
    actor.grants,
    villages.map((v) => v.code),
  );
  const personId = ownPerson !== null && people.some((p) => p.personId === ownPerson) ? ownPerson : null;
  const plan = writes && open && level !== null;
  return {
    row,
    state,
    villages: villages.map(({ code, name }) => ({ code, name })),
    people,
    personId,
    may: {
      plan,
      report: writes && personId !== null && PLAN_REPORTING_STATES.includes(state),
      markDone: plan || (writes && open && personId !== null),
    },
  };
}

/** Refuses a change of a closed plan (409, naming the state) or by someone who may not (403). */
export function assertMay(access: TPlanAccess, what: keyof TPlanAccess['may']): void {
  if (PLAN_CLOSED_STATES.includes(access.state))
    throw new AppError('conflict', 'plan_closed', { projectState: access.state });
  if (what === 'report' && !PLAN_REPORTING_STATES.includes(access.state))
    throw new AppError('conflict', 'progress_not_yet', { projectState: access.state });
  if (!access.may[what])
    throw new AppError('forbidden', what === 'plan' ? 'forbidden' : 'progress_not_yours');
}
