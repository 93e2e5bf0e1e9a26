import { DEFAULT_RATING_CYCLE_SETTINGS, type TGrade, type TRatingCycleStage } from '@zhucun/core';
import type { TDb } from '../db/client.ts';
import { ratingCycles, ratingResults } from '../db/schema.ts';

/**
 * A rating cycle of Ying County put straight into a stage (for the tests of later steps: review,
 * notice, appeals, confirm), with the default settings. Each test uses a year of its own.
 */
export async function insertRatingCycle(
  db: TDb,
  values: {
    year: number;
    stage: TRatingCycleStage;
    noticeFrom?: string;
    noticeUntil?: string;
    surveyFrom?: string;
    surveyUntil?: string;
  },
): Promise<number> {
  const [row] = await db
    .insert(ratingCycles)
    .values({
      countyCode: '140622',
      settings: DEFAULT_RATING_CYCLE_SETTINGS as unknown as Record<string, unknown>,
      ...values,
    })
    .returning({ id: ratingCycles.id });
  return row!.id;
}

/**
 * One cadre's result as the totals leave it: the parts, the total, the grade by thresholds and the
 * grade in force (unreviewed unless asked), with an empty snapshot.
 */
export async function insertRatingResult(
  db: TDb,
  values: {
    cycleId: number;
    personId: number;
    villageCode: string;
    total?: number;
    grade?: TGrade;
    reviewed?: boolean;
    caps?: string[];
    quotaAdjusted?: boolean;
  },
): Promise<number> {
  const grade = values.grade ?? 'competent';
  const total = values.total ?? 80;
  const [row] = await db
    .insert(ratingResults)
    .values({
      cycleId: values.cycleId,
      personId: values.personId,
      villageCode: values.villageCode,
      category: 'first_secretary',
      personnelStatus: 'civil_servant',
      inputs: {},
      quantitative: total,
      organisation: total,
      villagers: null,
      villagerHouseholds: 3,
      total,
      scoreGrade: values.quotaAdjusted ? 'excellent' : grade,
      caps: values.caps ?? [],
      quotaAdjusted: values.quotaAdjusted ?? false,
      computedGrade: grade,
      grade,
      reviewedAt: values.reviewed ? new Date() : null,
    })
    .returning({ id: ratingResults.id });
  return row!.id;
}
