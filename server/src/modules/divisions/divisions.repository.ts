import type { TDivision, TDivisionKind, TDivisionLevel, TScope } from '@zhucun/core';
import { asc, count, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { divisions } from '../../db/schema.ts';

type TRow = typeof divisions.$inferSelect;

const toDivision = (r: TRow): TDivision => ({
  code: r.code,
  parentCode: r.parentCode,
  level: r.level as TDivisionLevel,
  kind: r.kind as TDivisionKind,
  name: r.name,
  point: r.lng !== null && r.lat !== null ? { lng: r.lng, lat: r.lat } : null,
});

/** SQL condition for divisions inside the scope (codes are prefixes of their descendants). */
export function divisionInScope(column: typeof divisions.code | SQL, scope: TScope): SQL | undefined {
  if (scope.all) return undefined;
  if (scope.codes.length === 0) return sql`false`;
  return or(...scope.codes.map((c) => sql`${column} like ${`${c}%`}`));
}

export async function findDivisions(exec: TDb, scope: TScope): Promise<TDivision[]> {
  const rows = await exec
    .select()
    .from(divisions)
    .where(divisionInScope(divisions.code, scope))
    .orderBy(asc(divisions.code));
  return rows.map(toDivision);
}

export async function findDivision(exec: TDb, code: string): Promise<TDivision | undefined> {
  const [row] = await exec.select().from(divisions).where(eq(divisions.code, code)).limit(1);
  return row ? toDivision(row) : undefined;
}

/** Inserts new divisions and renames existing ones; a map point already set is kept unless given. */
export async function upsertDivisions(exec: TDb, list: TDivision[]): Promise<void> {
  for (let i = 0; i < list.length; i += 500) {
    const values = list.slice(i, i + 500).map((d) => ({
      code: d.code,
      parentCode: d.parentCode,
      level: d.level,
      kind: d.kind,
      name: d.name,
      lng: d.point?.lng ?? null,
      lat: d.point?.lat ?? null,
    }));
    await exec
      .insert(divisions)
      .values(values)
      .onConflictDoUpdate({
        target: divisions.code,
        set: {
          parentCode: sql`excluded.parent_code`,
          level: sql`excluded.level`,
          kind: sql`excluded.kind`,
          name: sql`excluded.name`,
          lng: sql`coalesce(excluded.lng, ${divisions.lng})`,
          lat: sql`coalesce(excluded.lat, ${divisions.lat})`,
        },
      });
  }
}

export async function updatePoint(exec: TDb, code: string, point: { lng: number; lat: number } | null) {
  await exec
    .update(divisions)
    .set({ lng: point?.lng ?? null, lat: point?.lat ?? null })
    .where(eq(divisions.code, code));
}

/** The level of each existing division among `codes`. */
export async function findDivisionLevels(exec: TDb, codes: string[]): Promise<Map<string, TDivisionLevel>> {
  if (codes.length === 0) return new Map();
  const rows = await exec
    .select({ code: divisions.code, level: divisions.level })
    .from(divisions)
    .where(inArray(divisions.code, codes));
  return new Map(rows.map((r) => [r.code, r.level as TDivisionLevel]));
}

export async function countDivisions(exec: TDb): Promise<number> {
  const [row] = await exec.select({ n: count() }).from(divisions);
  return Number(row?.n ?? 0);
}

/** Codes of the counties loaded, in code order. */
export async function findCountyCodes(exec: TDb): Promise<string[]> {
  const rows = await exec
    .select({ code: divisions.code })
    .from(divisions)
    .where(eq(divisions.level, 'county'))
    .orderBy(asc(divisions.code));
  return rows.map((r) => r.code);
}

type TVillageRow = {
  code: string;
  township: string;
  village: string;
  lng: number | null;
  lat: number | null;
};

/** The villages and communities in scope with their township and point, in code order. */
export function findVillagePoints(db: TDb, scope: TScope) {
  return rowsOf<TVillageRow>(
    db,
    sql`select v.code, t.name as township, v.name as village, v.lng, v.lat
        from divisions v join divisions t on t.code = v.parent_code
        where v.level = 'village' and ${divisionInScope(sql`v.code`, scope) ?? sql`true`}
        order by v.code`,
  );
}
