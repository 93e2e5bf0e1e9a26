import { DISPATCHED_CATEGORIES } from '@zhucun/core';
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import {
  divisions,
  persons,
  postings,
  requestEvents,
  requests,
  villagePublicTokens,
} from '../../db/schema.ts';

export type TPublicRequestRow = typeof requests.$inferSelect;

export async function findTokenOfVillage(exec: TDb, villageCode: string): Promise<string | null> {
  const [row] = await exec
    .select({ token: villagePublicTokens.token })
    .from(villagePublicTokens)
    .where(eq(villagePublicTokens.villageCode, villageCode))
    .limit(1);
  return row?.token ?? null;
}

/** Stores a village's first token unless another request just did; answers the token that holds. */
export async function insertTokenIfNone(exec: TDb, villageCode: string, token: string): Promise<string> {
  await exec.insert(villagePublicTokens).values({ villageCode, token }).onConflictDoNothing();
  return (await findTokenOfVillage(exec, villageCode))!;
}

/** Replaces a village's token (the old QR code stops working); inserts one when there was none. */
export async function replaceToken(exec: TDb, villageCode: string, token: string, at: Date): Promise<void> {
  await exec
    .insert(villagePublicTokens)
    .values({ villageCode, token, createdAt: at })
    .onConflictDoUpdate({ target: villagePublicTokens.villageCode, set: { token, createdAt: at } });
}

const township = alias(divisions, 'township');

/** The village a token opens, with its township's name. */
export async function findVillageByToken(exec: TDb, token: string) {
  const [row] = await exec
    .select({ code: divisions.code, name: divisions.name, townshipName: township.name })
    .from(villagePublicTokens)
    .innerJoin(divisions, eq(divisions.code, villagePublicTokens.villageCode))
    .innerJoin(township, eq(township.code, divisions.parentCode))
    .where(eq(villagePublicTokens.token, token))
    .limit(1);
  return row;
}

/** A village's name with its township's, as the tracking page names it. */
export async function findVillageNames(exec: TDb, code: string) {
  const [row] = await exec
    .select({ name: divisions.name, townshipName: township.name })
    .from(divisions)
    .innerJoin(township, eq(township.code, divisions.parentCode))
    .where(eq(divisions.code, code))
    .limit(1);
  return row;
}

/** Takes the village's token row for the transaction: public submissions to one village queue here. */
export async function lockVillage(exec: TDb, villageCode: string): Promise<void> {
  await exec.execute(
    sql`select village_code from village_public_tokens where village_code = ${villageCode} for update`,
  );
}

/** The dispatched cadres with an active posting in the village, as the signage lists them. */
export async function findStationedCadres(exec: TDb, villageCode: string) {
  return exec
    .select({
      name: persons.name,
      category: postings.category,
      postTitle: postings.postTitle,
      phone: persons.phone,
      isTeamLeader: postings.isTeamLeader,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .where(
      and(
        eq(postings.villageCode, villageCode),
        isNull(postings.actualEndDate),
        inArray(postings.category, [...DISPATCHED_CATEGORIES]),
      ),
    )
    .orderBy(asc(persons.name));
}

/** Public submissions to a village registered on a day (the per-village daily cap). */
export async function countPublicSubmissions(exec: TDb, villageCode: string, day: string): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(requests)
    .where(
      and(
        eq(requests.villageCode, villageCode),
        eq(requests.source, 'public'),
        eq(requests.registeredOn, day),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function trackingCodeTaken(exec: TDb, code: string): Promise<boolean> {
  const [row] = await exec
    .select({ id: requests.id })
    .from(requests)
    .where(eq(requests.trackingCode, code))
    .limit(1);
  return row !== undefined;
}

export async function insertRequest(
  exec: TDb,
  values: typeof requests.$inferInsert,
): Promise<TPublicRequestRow> {
  const [row] = await exec.insert(requests).values(values).returning();
  return row!;
}

export async function insertEvent(exec: TDb, values: typeof requestEvents.$inferInsert): Promise<void> {
  await exec.insert(requestEvents).values(values);
}

/** A public request by its tracking code (never another source's). */
export async function findByTrackingCode(exec: TDb, code: string): Promise<TPublicRequestRow | undefined> {
  const [row] = await exec
    .select()
    .from(requests)
    .where(and(eq(requests.trackingCode, code), eq(requests.source, 'public')))
    .limit(1);
  return row;
}

/** The request's changes of state, oldest first. */
export async function findStateChanges(exec: TDb, requestId: number) {
  return exec
    .select({ at: requestEvents.at, toState: requestEvents.toState })
    .from(requestEvents)
    .where(eq(requestEvents.requestId, requestId))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id));
}

/** Moves a request on from the state it was read in; undefined when someone moved it first. */
export async function updateRequestFrom(
  exec: TDb,
  id: number,
  fromState: string,
  set: Partial<typeof requests.$inferInsert>,
): Promise<TPublicRequestRow | undefined> {
  const [row] = await exec
    .update(requests)
    .set(set)
    .where(and(eq(requests.id, id), eq(requests.state, fromState)))
    .returning();
  return row;
}
