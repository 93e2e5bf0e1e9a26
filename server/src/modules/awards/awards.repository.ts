import type { TScope } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { awards } from '../../db/schema.ts';

/** An award as listed: the holder's name and place, resolved through the person's filing or the village. */
export type TAwardRow = {
  id: number;
  person_id: number | null;
  person_name: string | null;
  village_code: string | null;
  place_code: string;
  place_name: string | null;
  township_name: string | null;
  level: 'national' | 'provincial';
  title: string;
  issuer: string;
  document_no: string;
  awarded_on: string;
  file_id: number | null;
};

/** Where an award belongs for scope: the village collective's code, or the division its cadre is filed under. */
const PLACE = sql`coalesce(a.village_code, p.filed_under)`;

function scopeCondition(scope: TScope) {
  if (scope.all) return sql`true`;
  if (!scope.codes.length) return sql`false`;
  return sql.join(
    scope.codes.map((c) => sql`${PLACE} like ${`${c}%`}`),
    sql` or `,
  );
}

/** Awards in scope, newest first, filtered by year, level and person. */
export async function findAwards(
  db: TDb,
  scope: TScope,
  filters: { year?: number; level?: string; personId?: number; id?: number },
): Promise<TAwardRow[]> {
  const conds = [sql`(${scopeCondition(scope)})`];
  if (filters.id) conds.push(sql`a.id = ${filters.id}`);
  if (filters.year) conds.push(sql`extract(year from a.awarded_on) = ${filters.year}`);
  if (filters.level) conds.push(sql`a.level = ${filters.level}`);
  if (filters.personId) conds.push(sql`a.person_id = ${filters.personId}`);
  return rowsOf<TAwardRow>(
    db,
    sql`select a.id, a.person_id, p.name as person_name, a.village_code, ${PLACE} as place_code,
          d.name as place_name, case when length(d.code) = 12 then t.name end as township_name,
          a.level, a.title, a.issuer, a.document_no, a.awarded_on::text as awarded_on, a.file_id
        from awards a
        left join persons p on p.id = a.person_id
        left join divisions d on d.code = ${PLACE}
        left join divisions t on t.code = d.parent_code
        where ${sql.join(conds, sql` and `)}
        order by a.awarded_on desc, a.id desc
        limit 1000`,
  );
}

/** Whether a village lies in the scope (a collective award's holder). */
export async function villageInScope(db: TDb, scope: TScope, code: string): Promise<boolean> {
  const [row] = await rowsOf<{ code: string }>(
    db,
    sql`select code from divisions where code = ${code} and length(code) = 12
        and (${
          scope.all
            ? sql`true`
            : scope.codes.length
              ? sql.join(
                  scope.codes.map((c) => sql`code like ${`${c}%`}`),
                  sql` or `,
                )
              : sql`false`
        })`,
  );
  return !!row;
}

export type TNewAward = typeof awards.$inferInsert;

/** Inserts an award; returns its id. */
export async function insertAward(exec: TDb, values: TNewAward): Promise<number> {
  const [row] = await exec.insert(awards).values(values).returning({ id: awards.id });
  return (row as { id: number }).id;
}

/** Removes an award registered by mistake (the audit row keeps what it was). */
export async function deleteAward(exec: TDb, id: number): Promise<void> {
  await exec.execute(sql`delete from awards where id = ${id}`);
}

/** The evidence file of an award in scope. */
export async function findAwardFileKey(db: TDb, scope: TScope, id: number) {
  const [row] = await rowsOf<{ storageKey: string }>(
    db,
    sql`select f.storage_key as "storageKey"
        from awards a join stored_files f on f.id = a.file_id
        left join persons p on p.id = a.person_id
        where a.id = ${id} and (${scopeCondition(scope)})`,
  );
  return row;
}
