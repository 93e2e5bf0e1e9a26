import {
  awardStars,
  baseStars,
  type TAwardLevel,
  type TGrade,
  type TRatingCycleSettings,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import type { TCycleRow } from './rating.repository.ts';

/**
 * Stars at confirmation (docs/rules.md §4.6): the grade in force gives its base stars (优秀 2, 合格 1,
 * else 0); each commendation of the year of the person or of their village collective adds the
 * cycle's award stars (national +2, provincial +1 by default). Written on every result of the cycle;
 * returns how many cadres hold each number of stars.
 */
export async function confirmStars(tx: TDb, cycle: TCycleRow): Promise<Record<string, number>> {
  const settings = cycle.settings as unknown as TRatingCycleSettings;
  const results = await rowsOf<{ id: number; person_id: number; village_code: string; grade: TGrade | null }>(
    tx,
    sql`select id, person_id, village_code, grade from rating_results where cycle_id = ${cycle.id}`,
  );
  const awards = await rowsOf<{ person_id: number | null; village_code: string | null; level: TAwardLevel }>(
    tx,
    sql`select person_id, village_code, level from awards
        where awarded_on between ${`${cycle.year}-01-01`} and ${`${cycle.year}-12-31`}
          and (person_id in (select person_id from rating_results where cycle_id = ${cycle.id})
            or village_code in (select village_code from rating_results where cycle_id = ${cycle.id}))`,
  );
  const ids: number[] = [];
  const fromAwards: number[] = [];
  const total: number[] = [];
  const byStars: Record<string, number> = {};
  for (const r of results) {
    const mine = awards.filter((a) => a.person_id === r.person_id || a.village_code === r.village_code);
    const extra = awardStars(mine, settings.awardStars);
    const stars = (r.grade ? baseStars(r.grade) : 0) + extra;
    ids.push(r.id);
    fromAwards.push(extra);
    total.push(stars);
    byStars[stars] = (byStars[stars] ?? 0) + 1;
  }
  if (ids.length)
    await tx.execute(sql`
      update rating_results r set award_stars = s.award_stars, stars = s.stars, updated_at = now()
      from unnest(${`{${ids.join(',')}}`}::int[], ${`{${fromAwards.join(',')}}`}::int[],
                  ${`{${total.join(',')}}`}::int[]) as s(id, award_stars, stars)
      where r.id = s.id`);
  return byStars;
}
