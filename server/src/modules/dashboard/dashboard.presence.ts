import { addDays, type TCountyRules, weekYearOf } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findAssessedCadres } from '../rating-compute/rating-compute.cadres.ts';
import { findPresence } from '../rating-compute/rating-compute.presence.ts';

/** One cadre's weeks among those asked for: assessed, and complying with 五天四夜. */
export type TCadreWeeks = { villageCode: string; assessed: number; complying: number };

/**
 * 五天四夜 of every cadre stationed in a division over some weeks (their Mondays), read as the rating
 * reads a year (docs/rules.md §4.6): the day records' bitmaps (duty_presence), the postings and the
 * approved leave, a few small queries a week-year whatever the number of weeks. A week counts once it has
 * ended; the rules are those of its week-year.
 */
export async function findWeeksOfCadres(
  db: TDb,
  q: {
    prefix: string;
    today: string;
    mondays: readonly string[];
    rulesOf: (year: number) => Promise<TCountyRules>;
  },
): Promise<TCadreWeeks[]> {
  const byYear = new Map<number, string[]>();
  for (const m of q.mondays) byYear.set(weekYearOf(m), [...(byYear.get(weekYearOf(m)) ?? []), m]);
  const out: TCadreWeeks[] = [];
  for (const [year, mondays] of byYear) {
    const sorted = [...mondays].sort();
    const [from, to] = [sorted[0]!, addDays(sorted.at(-1)!, 6)];
    const cadres = await findAssessedCadres(db, { prefix: q.prefix, year, from, to, asOf: q.today });
    if (!cadres.length) continue;
    const presence = await findPresence(db, {
      prefix: q.prefix,
      year,
      recordsFrom: null,
      today: q.today,
      rules: await q.rulesOf(year),
      cadres,
      missedLimit: 0,
      only: mondays,
    });
    for (const c of cadres) {
      const p = presence.get(c.personId);
      if (p?.assessed) out.push({ villageCode: c.villageCode, assessed: p.assessed, complying: p.complying });
    }
  }
  return out;
}
