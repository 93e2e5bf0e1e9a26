import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import { notifications, persons, projectMilestones, projects, users } from '../../db/schema.ts';

const owner = alias(persons, 'owner');
const ownerAccount = alias(users, 'owner_account');

/**
 * Milestones overdue on `today` in projects under way (approved, filed, in progress, at acceptance):
 * not met, not dropped, due before today; with the project, its villages' names and the owner's
 * enabled account. Off the partial index of open milestones by due date.
 */
export async function findOverdueMilestones(exec: TDb, today: string, states: readonly string[]) {
  return exec
    .select({
      id: projectMilestones.id,
      projectId: projectMilestones.projectId,
      title: projectMilestones.title,
      ownerPersonId: projectMilestones.ownerPersonId,
      dueDate: projectMilestones.dueDate,
      baselineDue: projectMilestones.baselineDue,
      doneOn: projectMilestones.doneOn,
      projectTitle: projects.title,
      townshipCode: projects.townshipCode,
      ownerName: owner.name,
      ownerUserId: ownerAccount.id,
      villageNames: sql<string>`(select string_agg(d.name, '、' order by d.code) from project_villages v
        join divisions d on d.code = v.village_code where v.project_id = ${projects.id})`,
    })
    .from(projectMilestones)
    .innerJoin(projects, eq(projects.id, projectMilestones.projectId))
    .innerJoin(owner, eq(owner.id, projectMilestones.ownerPersonId))
    .leftJoin(ownerAccount, and(eq(ownerAccount.id, owner.userId), isNull(ownerAccount.disabledAt)))
    .where(
      and(
        isNull(projectMilestones.doneOn),
        isNull(projectMilestones.droppedAt),
        lt(projectMilestones.dueDate, today),
        inArray(projects.state, [...states]),
      ),
    );
}

/** Of some dedupe keys, those already used by a notification. */
export async function findUsedDedupeKeys(exec: TDb, keys: string[]): Promise<Set<string>> {
  const used = new Set<string>();
  // a query holds at most 65,535 parameters: ask in slices
  for (let i = 0; i < keys.length; i += 5000) {
    const rows = await exec
      .select({ key: notifications.dedupeKey })
      .from(notifications)
      .where(inArray(notifications.dedupeKey, keys.slice(i, i + 5000)));
    for (const r of rows) if (r.key) used.add(r.key);
  }
  return used;
}
