import type { TRectificationState, TScope } from '@zhucun/core';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import {
  divisions,
  rectificationEventPhotos,
  rectificationEvents,
  rectificationItems,
  rectificationMeasures,
  rectificationOwners,
  users,
} from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export type TRectificationRow = typeof rectificationItems.$inferSelect;

/** The list's filters; `overdueOn` keeps the items still worked past their deadline on that day. */
export type TRectificationFilter = {
  ids?: number[];
  source?: string;
  state?: string;
  level?: string;
  township?: string;
  overdueOn?: string;
  /** Waiting for the township's review or the county's close (core awaitsCounty). */
  awaiting?: 'township' | 'county';
};

const township = alias(divisions, 'township');

/** An item lies in the scope by the division that must fix it (county, township or village). */
export const itemInScope = (scope: TScope) => villageInScope(rectificationItems.divisionCode, scope);

const overdueOn = (day: string) =>
  and(inArray(rectificationItems.state, ['open', 'returned']), sql`${rectificationItems.deadline} < ${day}`);

function whereOf(scope: TScope, f: TRectificationFilter, withState = true): SQL | undefined {
  return and(
    itemInScope(scope),
    f.ids ? inArray(rectificationItems.id, f.ids) : undefined,
    f.source ? eq(rectificationItems.source, f.source) : undefined,
    withState && f.state ? eq(rectificationItems.state, f.state) : undefined,
    f.level ? eq(rectificationItems.level, f.level) : undefined,
    f.township ? sql`${rectificationItems.divisionCode} like ${`${f.township}%`}` : undefined,
    f.overdueOn ? overdueOn(f.overdueOn) : undefined,
    f.awaiting ? awaitingSql(f.awaiting) : undefined,
  );
}

/** Reports waiting for a level's decision, as core awaitsCounty says (the township reviews a village's). */
export const awaitingSql = (level: 'township' | 'county') =>
  level === 'township'
    ? sql`(${rectificationItems.level} = 'village' and ${rectificationItems.state} = 'reported')`
    : sql`((${rectificationItems.level} = 'village' and ${rectificationItems.state} = 'township_approved')
        or (${rectificationItems.level} <> 'village' and ${rectificationItems.state} = 'reported'))`;

/** 责任单位、责任领导、责任人 of an item in one line, in the order they were entered. */
const ownersLine = sql<string>`coalesce((select string_agg(o.name, '、' order by o.position, o.id)
  from rectification_owners o where o.item_id = ${rectificationItems.id}), '')`;

/** Items in scope by the filters, deadline first (the most pressing on top), with their places' names. */
export async function findRectifications(
  exec: TDb,
  scope: TScope,
  f: TRectificationFilter,
  page: { limit: number; offset: number } = { limit: 10_000, offset: 0 },
) {
  const where = whereOf(scope, f);
  const [items, [count]] = await Promise.all([
    exec
      .select({
        item: rectificationItems,
        divisionName: divisions.name,
        townshipCode: township.code,
        townshipName: township.name,
        owners: ownersLine,
      })
      .from(rectificationItems)
      .innerJoin(divisions, eq(divisions.code, rectificationItems.divisionCode))
      .leftJoin(township, eq(township.code, sql`left(${rectificationItems.divisionCode}, 9)`))
      .where(where)
      .orderBy(
        sql`case when ${rectificationItems.state} = 'closed' then 1 else 0 end`,
        asc(rectificationItems.deadline),
        asc(rectificationItems.id),
      )
      .limit(page.limit)
      .offset(page.offset),
    exec.select({ n: sql<number>`count(*)::int` }).from(rectificationItems).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}
export type TRectificationListRow = Awaited<ReturnType<typeof findRectifications>>['items'][number];

/** Counts by state under the filters but the state's, and how many of them are overdue on `day`. */
export async function countRectifications(exec: TDb, scope: TScope, f: TRectificationFilter, day: string) {
  const rows = await exec
    .select({
      state: rectificationItems.state,
      n: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${overdueOn(day)})::int`,
    })
    .from(rectificationItems)
    .where(whereOf(scope, f, false))
    .groupBy(rectificationItems.state);
  return rows as { state: TRectificationState; n: number; overdue: number }[];
}

/** One item when it lies in the scope; undefined otherwise (the caller answers 404). */
export async function findRectificationInScope(exec: TDb, scope: TScope, id: number) {
  const [row] = await exec
    .select()
    .from(rectificationItems)
    .where(and(eq(rectificationItems.id, id), itemInScope(scope)));
  return row;
}

/** Takes the item's row lock, so two decisions on it are taken one after the other. */
export async function lockRectification(tx: TDb, id: number) {
  const [row] = await tx.select().from(rectificationItems).where(eq(rectificationItems.id, id)).for('update');
  return row;
}

export async function insertRectification(tx: TDb, row: typeof rectificationItems.$inferInsert) {
  const [created] = await tx.insert(rectificationItems).values(row).returning();
  return created as TRectificationRow;
}

export async function insertMeasures(tx: TDb, rows: (typeof rectificationMeasures.$inferInsert)[]) {
  if (rows.length) await tx.insert(rectificationMeasures).values(rows);
}

export async function insertOwners(tx: TDb, rows: (typeof rectificationOwners.$inferInsert)[]) {
  if (rows.length) await tx.insert(rectificationOwners).values(rows);
}

export async function updateRectification(
  tx: TDb,
  id: number,
  changes: Partial<typeof rectificationItems.$inferInsert>,
) {
  const [row] = await tx
    .update(rectificationItems)
    .set(changes)
    .where(eq(rectificationItems.id, id))
    .returning();
  return row as TRectificationRow;
}

/** Writes one entry of the timeline, with the photos a report carries. */
export async function insertRectificationEvent(
  tx: TDb,
  row: typeof rectificationEvents.$inferInsert,
  photoIds: readonly number[] = [],
) {
  const [event] = await tx.insert(rectificationEvents).values(row).returning({ id: rectificationEvents.id });
  const id = event?.id as number;
  if (photoIds.length)
    await tx
      .insert(rectificationEventPhotos)
      .values(photoIds.map((fileId, position) => ({ eventId: id, fileId, position })));
  return id;
}

/** An item's measures and owners, in the order entered. */
export async function findMeasuresAndOwners(exec: TDb, itemIds: readonly number[]) {
  if (itemIds.length === 0) return { measures: [], owners: [] };
  const [measures, owners] = await Promise.all([
    exec
      .select()
      .from(rectificationMeasures)
      .where(inArray(rectificationMeasures.itemId, [...itemIds]))
      .orderBy(asc(rectificationMeasures.itemId), asc(rectificationMeasures.position)),
    exec
      .select()
      .from(rectificationOwners)
      .where(inArray(rectificationOwners.itemId, [...itemIds]))
      .orderBy(asc(rectificationOwners.itemId), asc(rectificationOwners.position)),
  ]);
  return { measures, owners };
}

/** The timeline of an item, oldest first, with who acted and the photos of each entry. */
export async function findRectificationEvents(exec: TDb, itemId: number) {
  const events = await exec
    .select({ event: rectificationEvents, actor: users.displayName })
    .from(rectificationEvents)
    .leftJoin(users, eq(users.id, rectificationEvents.actorUserId))
    .where(eq(rectificationEvents.itemId, itemId))
    .orderBy(asc(rectificationEvents.at), asc(rectificationEvents.id));
  const ids = events.map((e) => e.event.id);
  const photos = ids.length
    ? await exec
        .select()
        .from(rectificationEventPhotos)
        .where(inArray(rectificationEventPhotos.eventId, ids))
        .orderBy(asc(rectificationEventPhotos.position))
    : [];
  return events.map((e) => ({
    ...e,
    photoIds: photos.filter((p) => p.eventId === e.event.id).map((p) => p.fileId),
  }));
}

/** The name of a division, when it exists. */
export async function findDivision(exec: TDb, code: string) {
  const [row] = await exec
    .select({ code: divisions.code, name: divisions.name, level: divisions.level })
    .from(divisions)
    .where(eq(divisions.code, code));
  return row;
}
