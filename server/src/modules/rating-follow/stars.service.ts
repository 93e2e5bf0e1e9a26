import {
  GRADES,
  gradeStars,
  localDate,
  type TGrade,
  type TScope,
  type TStarHistory,
  tenureStars,
} from '@zhucun/core';
import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { persons } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { findPersonInScope } from '../cadres/cadres.repository.ts';
import { findAdmonishments } from './admonishments.repository.ts';
import { admonishmentView } from './admonishments.service.ts';
import { findAwardsOfYears, findStarYears, findTenureFrom } from './stars.repository.ts';

const gradeOf = (g: string | null): TGrade | null =>
  (GRADES as readonly string[]).includes(g ?? '') ? (g as TGrade) : null;

/** A cadre's stars per confirmed cycle (星级), the tenure's sum and their admonishments (docs/rules.md §4.6). */
export function createStarsService({ db, now }: { db: TDb; now: () => Date }) {
  async function historyOf(personId: number): Promise<TStarHistory> {
    const today = localDate(now());
    const [rows, tenureFrom, admonished] = await Promise.all([
      findStarYears(db, personId),
      findTenureFrom(db, personId),
      findAdmonishments(db, { all: true }, { personId }),
    ]);
    const awards = await findAwardsOfYears(
      db,
      personId,
      rows
        .filter((r) => (r.award_stars ?? 0) > 0)
        .map((r) => ({ year: r.year, villageCode: r.village_code })),
    );
    const years = rows.map((r) => {
      const grade = gradeOf(r.grade);
      return {
        cycleId: r.cycle_id,
        year: r.year,
        villageCode: r.village_code,
        villageName: r.village_name,
        grade,
        baseStars: gradeStars(grade),
        awardStars: r.award_stars ?? 0,
        stars: r.stars ?? 0,
        awards: awards.filter((a) => a.year === r.year).map((a) => ({ title: a.title, level: a.level })),
      };
    });
    const tenure = tenureStars(years, tenureFrom);
    const inTenure = new Set(tenure.years.map((y) => y.year));
    return {
      personId,
      tenureFrom,
      years: years.map((y) => ({ ...y, inTenure: inTenure.has(y.year) })),
      tenureStars: tenure.stars,
      tenureYears: tenure.years.length,
      admonishments: admonished.map((a) => admonishmentView(a, today)),
    };
  }

  return {
    /** A cadre's history, when the cadre is filed in the scope (else 404). */
    async history(scope: TScope, personId: number): Promise<TStarHistory> {
      if (!(await findPersonInScope(db, scope, personId))) throw notFound();
      return historyOf(personId);
    },

    /** The signed-in cadre's own history (404 without a registry entry). */
    async mine(userId: number): Promise<TStarHistory> {
      const [person] = await db.select({ id: persons.id }).from(persons).where(eq(persons.userId, userId));
      if (!person) throw notFound();
      return historyOf(person.id);
    },
  };
}
export type TStarsService = ReturnType<typeof createStarsService>;
