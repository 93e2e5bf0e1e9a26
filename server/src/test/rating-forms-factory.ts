import {
  DEFAULT_RATING_CYCLE_SETTINGS,
  type TRatingCycleSettings,
  type TRatingCycleStage,
} from '@zhucun/core';
import type { TDb } from '../db/client.ts';
import { ratingCycles, ratingResults } from '../db/schema.ts';

let years = 0;

/**
 * A rating cycle of Ying County inserted as it stands at a stage (the cycle's own pages are another
 * module's). Each gets a year of its own (3001, 3002 …), later than the demo's, so tests never share a cycle.
 */
export async function insertTestCycle(
  db: TDb,
  values: {
    stage: TRatingCycleStage;
    settings?: TRatingCycleSettings;
    surveyFrom?: string | null;
    surveyUntil?: string | null;
  },
): Promise<typeof ratingCycles.$inferSelect> {
  years += 1;
  const [row] = await db
    .insert(ratingCycles)
    .values({
      countyCode: '140622',
      year: 3000 + years,
      stage: values.stage,
      settings: (values.settings ?? DEFAULT_RATING_CYCLE_SETTINGS) as unknown as Record<string, unknown>,
      surveyFrom: values.surveyFrom ?? null,
      surveyUntil: values.surveyUntil ?? null,
    })
    .returning();
  return row!;
}

/** A cadre assessed in a cycle (a result row as the computation leaves it), in the village they served. */
export async function assessInCycle(
  db: TDb,
  cycleId: number,
  cadre: { personId: number; villageCode: string; category?: string },
): Promise<number> {
  const [row] = await db
    .insert(ratingResults)
    .values({
      cycleId,
      personId: cadre.personId,
      villageCode: cadre.villageCode,
      category: cadre.category ?? 'graduate_official',
      inputs: {},
    })
    .returning({ id: ratingResults.id });
  return row!.id;
}
