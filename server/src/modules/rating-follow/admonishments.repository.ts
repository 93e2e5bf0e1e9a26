import type { TScope } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { admonishments } from '../../db/schema.ts';

/** An admonishment as listed: the person, the village they were rated in, its rectification's state. */
export type TAdmonishmentRow = {
  id: number;
  person_id: number;
  person_name: string;
  place_code: string;
  village_name: string | null;
  township_name: string | null;
  year: number | null;
  reason: string;
  issued_on: string;
  effective_until: string;
  rectification_id: number | null;
  rectification_state: string | null;
  deadline: string | null;
  closed_on: string | null;
};

/** Where an admonishment belongs for scope: the village of the result it followed, else the person's filing. */
const PLACE = sql`coalesce(r.village_code, p.filed_under)`;

function scopeCondition(scope: TScope): SQL {
  if (scope.all) return sql`true`;
  if (!scope.codes.length) return sql`false`;
  return sql`(${sql.join(
    scope.codes.map((c) => sql`${PLACE} like ${`${c}%`}`),
    sql` or `,
  )})`;
}

export type TAdmonishmentFilter = { personId?: number; year?: number; state?: string; id?: number };

/** Admonishments in scope, newest first, then by village and name. */
export async function findAdmonishments(
  exec: TDb,
  scope: TScope,
  f: TAdmonishmentFilter,
): Promise<TAdmonishmentRow[]> {
  const conds = [scopeCondition(scope)];
  if (f.id) conds.push(sql`a.id = ${f.id}`);
  if (f.personId) conds.push(sql`a.person_id = ${f.personId}`);
  if (f.year) conds.push(sql`c.year = ${f.year}`);
  if (f.state) conds.push(sql`ri.state = ${f.state}`);
  return rowsOf<TAdmonishmentRow>(
    exec,
    sql`select a.id, a.person_id, p.name as person_name, ${PLACE} as place_code,
          case when length(v.code) = 12 then v.name end as village_name, t.name as township_name,
          c.year, a.reason, a.issued_on::text as issued_on, a.effective_until::text as effective_until,
          ri.id as rectification_id, ri.state as rectification_state, ri.deadline::text as deadline,
          ri.closed_on::text as closed_on
        from admonishments a
        join persons p on p.id = a.person_id
        left join rating_cycles c on c.id = a.cycle_id
        left join rating_results r on r.cycle_id = a.cycle_id and r.person_id = a.person_id
        left join divisions v on v.code = ${PLACE}
        left join divisions t on length(${PLACE}) >= 9 and t.code = left(${PLACE}, 9)
        left join rectification_items ri on ri.id = a.rectification_item_id
        where ${sql.join(conds, sql` and `)}
        order by a.issued_on desc, ${PLACE}, p.name, a.id
        limit 2000`,
  );
}

/** Records an admonishment once per cycle and person; undefined when it was there already. */
export async function insertAdmonishmentOnce(
  tx: TDb,
  values: typeof admonishments.$inferInsert,
): Promise<number | undefined> {
  const [row] = await tx
    .insert(admonishments)
    .values(values)
    .onConflictDoNothing({ target: [admonishments.cycleId, admonishments.personId] })
    .returning({ id: admonishments.id });
  return row?.id;
}

/** Ties an admonishment to the rectification item registered for it. */
export async function linkRectification(tx: TDb, id: number, itemId: number): Promise<void> {
  await tx.execute(sql`update admonishments set rectification_item_id = ${itemId} where id = ${id}`);
}
