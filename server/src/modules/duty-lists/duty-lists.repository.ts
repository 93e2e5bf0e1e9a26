import { DUTY_LIST_POSTS, type TDutyListItem, type TDutyListPost } from '@zhucun/core';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { divisions, dutyListVersions, persons, postings } from '../../db/schema.ts';

/** SQL of duty lists (岗位职责清单): versions per post, and who holds a post where. No access decisions. */

export type TDutyListRow = typeof dutyListVersions.$inferSelect;

/** Every version (drafts too), by post, then newest number first; the county's lists are few and short. */
export async function findAllVersions(exec: TDb): Promise<TDutyListRow[]> {
  return exec
    .select()
    .from(dutyListVersions)
    .orderBy(asc(dutyListVersions.category), desc(dutyListVersions.versionNo));
}

/** The published versions of some posts (for the version in force); drafts are left out. */
export async function findPublished(exec: TDb, categories: readonly string[]): Promise<TDutyListRow[]> {
  if (categories.length === 0) return [];
  return exec
    .select()
    .from(dutyListVersions)
    .where(
      and(eq(dutyListVersions.status, 'published'), inArray(dutyListVersions.category, [...categories])),
    );
}

/** One version by id. */
export async function findVersion(exec: TDb, id: number): Promise<TDutyListRow | undefined> {
  const [row] = await exec.select().from(dutyListVersions).where(eq(dutyListVersions.id, id)).limit(1);
  return row;
}

/** The post's draft, if the county has one open. */
export async function findDraft(exec: TDb, category: TDutyListPost): Promise<TDutyListRow | undefined> {
  const [row] = await exec
    .select()
    .from(dutyListVersions)
    .where(and(eq(dutyListVersions.category, category), eq(dutyListVersions.status, 'draft')))
    .limit(1);
  return row;
}

/**
 * Serialises changes to one post's list for the transaction (a transaction-scoped advisory lock on
 * the post), so two saves or publications never race for the draft or the next number.
 */
export async function lockPost(exec: TDb, category: TDutyListPost): Promise<void> {
  await exec.execute(sql`select pg_advisory_xact_lock(hashtext(${`duty_list:${category}`}))`);
}

/** Creates the post's draft. */
export async function insertDraft(
  exec: TDb,
  values: { category: TDutyListPost; items: TDutyListItem[]; note: string | null; userId: number; at: Date },
): Promise<TDutyListRow> {
  const [row] = await exec
    .insert(dutyListVersions)
    .values({
      category: values.category,
      status: 'draft',
      items: values.items,
      note: values.note,
      createdBy: values.userId,
      createdAt: values.at,
      updatedBy: values.userId,
      updatedAt: values.at,
    })
    .returning();
  return row!;
}

/** Replaces a draft's lines and note (only a draft: the database refuses to touch a published row). */
export async function updateDraft(
  exec: TDb,
  id: number,
  values: { items: TDutyListItem[]; note: string | null; userId: number; at: Date },
): Promise<TDutyListRow> {
  const [row] = await exec
    .update(dutyListVersions)
    .set({ items: values.items, note: values.note, updatedBy: values.userId, updatedAt: values.at })
    .where(and(eq(dutyListVersions.id, id), eq(dutyListVersions.status, 'draft')))
    .returning();
  return row!;
}

/** The draft becomes version `versionNo`, in force from `effectiveFrom`. */
export async function publishDraft(
  exec: TDb,
  id: number,
  values: { versionNo: number; effectiveFrom: string; userId: number; at: Date },
): Promise<TDutyListRow> {
  const [row] = await exec
    .update(dutyListVersions)
    .set({
      status: 'published',
      versionNo: values.versionNo,
      effectiveFrom: values.effectiveFrom,
      publishedBy: values.userId,
      publishedAt: values.at,
      updatedBy: values.userId,
      updatedAt: values.at,
    })
    .where(and(eq(dutyListVersions.id, id), eq(dutyListVersions.status, 'draft')))
    .returning();
  return row!;
}

/** Removes a draft (a published version cannot be removed). */
export async function deleteDraft(exec: TDb, id: number): Promise<void> {
  await exec
    .delete(dutyListVersions)
    .where(and(eq(dutyListVersions.id, id), eq(dutyListVersions.status, 'draft')));
}

/** The posts an account's person holds now (active postings in a dispatched category), with the village. */
export async function findPostsOfUser(exec: TDb, userId: number) {
  return exec
    .select({
      category: postings.category,
      postTitle: postings.postTitle,
      villageName: divisions.name,
    })
    .from(persons)
    .innerJoin(postings, eq(postings.personId, persons.id))
    .innerJoin(divisions, eq(divisions.code, postings.villageCode))
    .where(
      and(
        eq(persons.userId, userId),
        isNull(postings.actualEndDate),
        inArray(postings.category, [...DUTY_LIST_POSTS]),
      ),
    );
}

/** Name and post of each cadre stationed in a village now: nothing else about them is selected. */
export async function findNamesByPost(exec: TDb, villageCode: string) {
  return exec
    .select({ name: persons.name, category: postings.category, isTeamLeader: postings.isTeamLeader })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .where(
      and(
        eq(postings.villageCode, villageCode),
        isNull(postings.actualEndDate),
        inArray(postings.category, [...DUTY_LIST_POSTS]),
      ),
    )
    .orderBy(asc(persons.name));
}
