import type { TScope } from '@zhucun/core';
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import { divisions, homeFundingEntries, homes, storedFiles, users } from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export const HOME_VOUCHER = 'home_voucher';

export type TFundingRow = typeof homeFundingEntries.$inferSelect;
export type TFundingRowWithName = { entry: TFundingRow; createdByName: string };

export async function insertFundingEntry(exec: TDb, values: typeof homeFundingEntries.$inferInsert) {
  const [row] = await exec.insert(homeFundingEntries).values(values).returning();
  return row!;
}

const withName = { entry: homeFundingEntries, createdByName: users.displayName };

/** The ledger of one home, by entry date then id (a correction comes after what it corrects). */
export async function findHomeEntries(exec: TDb, homeId: number): Promise<TFundingRowWithName[]> {
  return exec
    .select(withName)
    .from(homeFundingEntries)
    .innerJoin(users, eq(users.id, homeFundingEntries.createdBy))
    .where(eq(homeFundingEntries.homeId, homeId))
    .orderBy(asc(homeFundingEntries.entryDate), asc(homeFundingEntries.id));
}

/** One entry of one home (undefined when it is another home's or does not exist). */
export async function findHomeEntry(exec: TDb, homeId: number, id: number) {
  const [row] = await exec
    .select(withName)
    .from(homeFundingEntries)
    .innerJoin(users, eq(users.id, homeFundingEntries.createdBy))
    .where(and(eq(homeFundingEntries.id, id), eq(homeFundingEntries.homeId, homeId)))
    .limit(1);
  return row;
}

/** Holds an entry until the transaction ends, so two corrections of it are made one after the other. */
export async function lockEntry(exec: TDb, id: number): Promise<void> {
  await exec
    .select({ id: homeFundingEntries.id })
    .from(homeFundingEntries)
    .where(eq(homeFundingEntries.id, id))
    .for('update');
}

/** The sum of the corrections of an entry, in fen. */
export async function sumCorrections(exec: TDb, id: number): Promise<number> {
  const [row] = await exec
    .select({ sum: sql<string>`coalesce(sum(${homeFundingEntries.amountFen}), 0)`.mapWith(Number) })
    .from(homeFundingEntries)
    .where(eq(homeFundingEntries.correctsId, id));
  return row?.sum ?? 0;
}

/** True when the file is a voucher this account uploaded that no entry uses yet. */
export async function isFreeVoucher(exec: TDb, userId: number, fileId: number): Promise<boolean> {
  const [row] = await exec
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .leftJoin(homeFundingEntries, eq(homeFundingEntries.voucherFileId, storedFiles.id))
    .where(
      and(
        eq(storedFiles.id, fileId),
        eq(storedFiles.purpose, HOME_VOUCHER),
        eq(storedFiles.createdBy, userId),
        isNull(homeFundingEntries.id),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Where the voucher of an entry of a home is kept (undefined without one). */
export async function findVoucherFile(exec: TDb, homeId: number, entryId: number) {
  const [row] = await exec
    .select({ storageKey: storedFiles.storageKey, contentType: storedFiles.contentType })
    .from(homeFundingEntries)
    .innerJoin(storedFiles, eq(storedFiles.id, homeFundingEntries.voucherFileId))
    .where(and(eq(homeFundingEntries.id, entryId), eq(homeFundingEntries.homeId, homeId)))
    .limit(1);
  return row;
}

export type TFundingFilter = { scope: TScope; township?: string; year?: number };

const township = alias(divisions, 'township');
const village = alias(divisions, 'village');

function homeConds(f: TFundingFilter): SQL[] {
  const conds: SQL[] = [];
  const inScope = villageInScope(homes.villageCode, f.scope);
  if (inScope) conds.push(inScope);
  if (f.township) conds.push(sql`${homes.villageCode} like ${`${f.township}%`}`);
  return conds;
}

const yearCond = (year: number | undefined) =>
  year === undefined
    ? undefined
    : and(
        sql`${homeFundingEntries.entryDate} >= ${`${year}-01-01`}`,
        sql`${homeFundingEntries.entryDate} < ${`${year + 1}-01-01`}`,
      );

const homeColumns = {
  id: homes.id,
  kind: homes.kind,
  title: homes.title,
  villageCode: homes.villageCode,
  villageName: village.name,
  townshipName: township.name,
};
export type THomeHeader = {
  id: number;
  kind: string;
  title: string;
  villageCode: string;
  villageName: string;
  townshipName: string;
};

/** The homes of the filter, with village and township names, by village code and id. */
export async function findFundingHomes(exec: TDb, f: TFundingFilter): Promise<THomeHeader[]> {
  return exec
    .select(homeColumns)
    .from(homes)
    .innerJoin(village, eq(village.code, homes.villageCode))
    .innerJoin(township, eq(township.code, village.parentCode))
    .where(and(...homeConds(f)))
    .orderBy(asc(homes.villageCode), asc(homes.id));
}

/** Sums by home, source and direction (corrections carry their original's direction), in one query. */
export async function sumFundingBy(exec: TDb, f: TFundingFilter) {
  return exec
    .select({
      homeId: homeFundingEntries.homeId,
      source: homeFundingEntries.source,
      direction: homeFundingEntries.direction,
      sum: sql<string>`sum(${homeFundingEntries.amountFen})`.mapWith(Number),
    })
    .from(homeFundingEntries)
    .innerJoin(homes, eq(homes.id, homeFundingEntries.homeId))
    .where(and(...homeConds(f), yearCond(f.year)))
    .groupBy(homeFundingEntries.homeId, homeFundingEntries.source, homeFundingEntries.direction);
}

/** Every entry of the filter (for the workbook), by date and id; the caller groups them by home. */
export async function findFundingEntries(exec: TDb, f: TFundingFilter): Promise<TFundingRowWithName[]> {
  return exec
    .select(withName)
    .from(homeFundingEntries)
    .innerJoin(homes, eq(homes.id, homeFundingEntries.homeId))
    .innerJoin(users, eq(users.id, homeFundingEntries.createdBy))
    .where(and(...homeConds(f), yearCond(f.year)))
    .orderBy(asc(homeFundingEntries.entryDate), asc(homeFundingEntries.id));
}

/** The name of a division, or undefined. */
export async function findDivisionNamed(exec: TDb, code: string) {
  const [row] = await exec
    .select({ name: divisions.name, level: divisions.level })
    .from(divisions)
    .where(eq(divisions.code, code))
    .limit(1);
  return row;
}

/** The county's name (the one county division). */
export async function findCountyName(exec: TDb): Promise<string> {
  const [row] = await exec
    .select({ name: divisions.name })
    .from(divisions)
    .where(eq(divisions.level, 'county'))
    .orderBy(asc(divisions.code))
    .limit(1);
  return row?.name ?? '';
}
