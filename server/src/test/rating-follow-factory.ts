import { baseStars, DEFAULT_RATING_CYCLE_SETTINGS, type TGrade, type TPersonnelStatus } from '@zhucun/core';
import type { TDb } from '../db/client.ts';
import { ratingCycles, ratingResults } from '../db/schema.ts';

export type TTestCycle = typeof ratingCycles.$inferSelect;

/**
 * A rating cycle of Ying County straight in the database (the cycle's own steps are tested with the
 * rating module): confirmed unless told, with its notice dates. Each test takes years of its own
 * (one cycle per county and year).
 */
export async function insertRatingCycle(
  db: TDb,
  year: number,
  over: Partial<typeof ratingCycles.$inferInsert> = {},
): Promise<TTestCycle> {
  const stage = over.stage ?? 'confirmed';
  const [row] = await db
    .insert(ratingCycles)
    .values({
      countyCode: '140622',
      year,
      stage,
      settings: { ...DEFAULT_RATING_CYCLE_SETTINGS },
      noticeFrom: `${year + 1}-01-12`,
      noticeUntil: `${year + 1}-01-16`,
      computedAt: new Date(`${year + 1}-01-05T02:00:00Z`),
      totalledAt: new Date(`${year + 1}-01-10T02:00:00Z`),
      confirmedAt: stage === 'confirmed' ? new Date(`${year + 1}-01-20T02:00:00Z`) : null,
      ...over,
    })
    .returning();
  return row as TTestCycle;
}

/** One cadre's result in a cycle: the grade in force, the award stars, the stars they make; figures with overrides. */
export async function insertRatingResult(
  db: TDb,
  cycle: { id: number },
  r: {
    personId: number;
    villageCode?: string;
    grade: TGrade;
    awardStars?: number;
    personnelStatus?: TPersonnelStatus;
  } & Partial<typeof ratingResults.$inferInsert>,
) {
  const awardStars = r.awardStars ?? 0;
  const [row] = await db
    .insert(ratingResults)
    .values({
      cycleId: cycle.id,
      villageCode: '140622100200',
      category: 'graduate_official',
      personnelStatus: 'civil_servant',
      inputs: {},
      quantitative: 88.5,
      organisation: 90,
      villagers: null,
      villagerHouseholds: 4,
      total: 88.69,
      scoreGrade: r.grade,
      computedGrade: r.grade,
      stars: baseStars(r.grade) + awardStars,
      ...r,
      awardStars,
    })
    .returning();
  return row as typeof ratingResults.$inferSelect;
}
