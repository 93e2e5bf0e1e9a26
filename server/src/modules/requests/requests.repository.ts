import type { TScope } from '@zhucun/core';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import { divisions, households, requestEvents, requests, storedFiles, users } from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export type TRequestRow = typeof requests.$inferSelect;
export type TRequestEventRow = typeof requestEvents.$inferSelect;
export type TRequestWithNames = {
  request: TRequestRow;
  villageName: string;
  townshipName: string | null;
  ownerDivisionName: string;
};

const township = alias(divisions, 'township');
const owner = alias(divisions, 'owner');

export async function insertRequest(exec: TDb, values: typeof requests.$inferInsert): Promise<TRequestRow> {
  const [row] = await exec.insert(requests).values(values).returning();
  return row!;
}

export async function updateRequest(exec: TDb, id: number, values: Partial<typeof requests.$inferInsert>) {
  const [row] = await exec.update(requests).set(values).where(eq(requests.id, id)).returning();
  return row!;
}

export async function insertRequestEvent(exec: TDb, values: typeof requestEvents.$inferInsert) {
  await exec.insert(requestEvents).values(values);
}

/** A request whose village lies in the scope (else undefined: the caller answers 404). */
export async function findRequestInScope(exec: TDb, scope: TScope, id: number) {
  const [row] = await exec
    .select()
    .from(requests)
    .where(and(eq(requests.id, id), villageInScope(requests.villageCode, scope)))
    .limit(1);
  return row;
}

export type TQueueFilter = {
  ids?: number[];
  visitIds?: number[];
  state?: string;
  /** Only the open states. */
  open?: boolean;
  category?: string;
  /** The owner level (village / township / county). */
  level?: string;
  village?: string;
  township?: string;
  /** Overdue on this date (core isOverdue in SQL). */
  overdueOn?: string;
  /** Not overdue on this date. */
  notOverdueOn?: string;
};

/** The deadline that matters now: accepting while registered, else resolving (requests_state_deadline_idx). */
const deadline = sql`(case when ${requests.state} = 'registered' then ${requests.acceptBy} else ${requests.resolveBy} end)`;

/**
 * Overdue on `today`, as core isOverdue says, in SQL: open, and the deadline that matters now has
 * passed (a range on requests_state_deadline_idx for each open state).
 */
export const overdueSql = (today: string) =>
  sql`(${requests.state} in ('registered', 'accepted', 'in_progress') and ${deadline} < ${today})`;

function conditions(scope: TScope, f: TQueueFilter): SQL | undefined {
  const conds: SQL[] = [];
  const inScope = villageInScope(requests.villageCode, scope);
  if (inScope) conds.push(inScope);
  if (f.ids) conds.push(f.ids.length ? inArray(requests.id, f.ids) : sql`false`);
  if (f.visitIds) conds.push(f.visitIds.length ? inArray(requests.visitId, f.visitIds) : sql`false`);
  if (f.state) conds.push(eq(requests.state, f.state));
  if (f.open) conds.push(sql`${requests.state} in ('registered', 'accepted', 'in_progress')`);
  if (f.category) conds.push(eq(requests.category, f.category));
  if (f.level) conds.push(eq(requests.ownerLevel, f.level));
  if (f.village) conds.push(eq(requests.villageCode, f.village));
  if (f.township) conds.push(sql`${requests.villageCode} like ${`${f.township}%`}`);
  if (f.overdueOn) conds.push(overdueSql(f.overdueOn));
  if (f.notOverdueOn) conds.push(sql`not ${overdueSql(f.notOverdueOn)}`);
  return and(...conds);
}

/** Requests in scope, by deadline then id (the queue). */
export async function findRequests(
  exec: TDb,
  scope: TScope,
  f: TQueueFilter,
  page = { limit: 10_000, offset: 0 },
): Promise<{ items: TRequestWithNames[]; total: number }> {
  const where = conditions(scope, f);
  const items = await exec
    .select({
      request: requests,
      villageName: divisions.name,
      townshipName: township.name,
      ownerDivisionName: owner.name,
    })
    .from(requests)
    .innerJoin(divisions, eq(divisions.code, requests.villageCode))
    .leftJoin(township, eq(township.code, sql`substr(${requests.villageCode}, 1, 9)`))
    .innerJoin(owner, eq(owner.code, requests.ownerDivisionCode))
    .where(where)
    .orderBy(asc(deadline), asc(requests.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await exec.select({ n: count() }).from(requests).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** A request's events in order, with the acting user's display name. */
export async function findRequestEvents(exec: TDb, requestId: number) {
  return exec
    .select({ event: requestEvents, actorName: users.displayName })
    .from(requestEvents)
    .leftJoin(users, eq(users.id, requestEvents.actorUserId))
    .where(eq(requestEvents.requestId, requestId))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id));
}

export async function findHouseholdRow(exec: TDb, id: number) {
  const [row] = await exec.select().from(households).where(eq(households.id, id)).limit(1);
  return row;
}

/** Open requests overdue on `today` (all of the county: the escalation job). */
export async function findOverdueOpen(exec: TDb, today: string): Promise<TRequestRow[]> {
  return exec.select().from(requests).where(overdueSql(today)).orderBy(asc(requests.id));
}

/** When each request was last escalated (by the job). */
export async function findLastEscalations(exec: TDb, ids: number[]): Promise<Map<number, Date>> {
  if (ids.length === 0) return new Map();
  const rows = await exec
    .select({
      requestId: requestEvents.requestId,
      at: sql<Date>`max(${requestEvents.at})`.mapWith(requestEvents.at),
    })
    .from(requestEvents)
    .where(and(inArray(requestEvents.requestId, ids), eq(requestEvents.action, 'escalate')))
    .groupBy(requestEvents.requestId);
  return new Map(rows.map((r) => [r.requestId, r.at]));
}

/** Requests resolved (or followed up) within [start, end) inside a division and the scope, for the ledger. */
export async function findResolvedBetween(
  exec: TDb,
  scope: TScope,
  division: string | null,
  start: Date,
  end: Date,
) {
  const conds: SQL[] = [
    inArray(requests.state, ['resolved', 'followed_up']),
    sql`${requests.resolvedAt} >= ${start.toISOString()}`,
    sql`${requests.resolvedAt} < ${end.toISOString()}`,
  ];
  const inScope = villageInScope(requests.villageCode, scope);
  if (inScope) conds.push(inScope);
  if (division) conds.push(sql`${requests.villageCode} like ${`${division}%`}`);
  return exec
    .select({ request: requests, villageName: divisions.name })
    .from(requests)
    .innerJoin(divisions, eq(divisions.code, requests.villageCode))
    .where(and(...conds))
    .orderBy(desc(requests.resolvedAt), desc(requests.id));
}

export async function findDivisionName(exec: TDb, code: string): Promise<string | undefined> {
  const [row] = await exec.select({ name: divisions.name }).from(divisions).where(eq(divisions.code, code));
  return row?.name;
}

/** The stored evidence of a request in scope (its key), or undefined. */
export async function findEvidenceKey(exec: TDb, scope: TScope, id: number) {
  const [row] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(requests)
    .innerJoin(storedFiles, eq(storedFiles.id, requests.evidenceFileId))
    .where(and(eq(requests.id, id), villageInScope(requests.villageCode, scope)))
    .limit(1);
  return row;
}
