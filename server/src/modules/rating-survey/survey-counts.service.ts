import {
  DEFAULT_RATING_SETTINGS,
  type TRatingCycleStage,
  type TScope,
  type TSurveyCounts,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { findCycle, findCyclesOf, type TCycleRow } from '../rating-forms/rating-forms.repository.ts';
import { countByCadre, countByVillage } from './rating-survey.repository.ts';

/** The counties a scope reaches (every county with a cycle when it reaches all). */
async function countiesOf(db: TDb, scope: TScope): Promise<string[]> {
  if (!scope.all) return [...new Set(scope.codes.map((c) => c.slice(0, 6)))];
  const rows = await rowsOf<{ county_code: string }>(db, sql`select distinct county_code from rating_cycles`);
  return rows.map((r) => r.county_code);
}

const cycleView = (c: TCycleRow) => ({
  id: c.id,
  year: c.year,
  stage: c.stage as TRatingCycleStage,
  surveyFrom: c.surveyFrom,
  surveyUntil: c.surveyUntil,
});

/** The cycle's minimum sample of households (10 unless the county set another). */
const minSampleOf = (settings: Record<string, unknown>) =>
  typeof settings.minSurveySample === 'number'
    ? settings.minSurveySample
    : DEFAULT_RATING_SETTINGS.minSurveySample;

/**
 * 群众评议 as staff follow it: per village and cadre in scope, how many households answered and whether
 * the minimum sample is reached. Counts only: never an answer, a comment or who gave it.
 */
export function createSurveyCountsService({ db }: { db: TDb }) {
  return {
    async counts(scope: TScope, query: { cycleId?: number }): Promise<TSurveyCounts> {
      const counties = await countiesOf(db, scope);
      const cycles = counties.length ? await findCyclesOf(db, counties) : [];
      let cycle: TCycleRow | undefined;
      if (query.cycleId !== undefined) {
        cycle = await findCycle(db, query.cycleId);
        if (!cycle || !counties.includes(cycle.countyCode)) throw notFound();
      } else cycle = cycles.find((c) => c.stage === 'surveying') ?? cycles[0];
      const totals = { villages: 0, cadres: 0, reached: 0, households: 0 };
      if (!cycle)
        return {
          cycles: [],
          cycle: null,
          minSample: DEFAULT_RATING_SETTINGS.minSurveySample,
          totals,
          villages: [],
        };
      const minSample = minSampleOf(cycle.settings);
      const [cadres, villageCounts] = await Promise.all([
        countByCadre(db, cycle.id, scope),
        countByVillage(db, cycle.id, scope),
      ]);
      const householdsOf = new Map(villageCounts.map((v) => [v.village_code, Number(v.households)]));
      const villages: TSurveyCounts['villages'] = [];
      for (const c of cadres) {
        let village = villages.at(-1);
        if (village?.villageCode !== c.village_code) {
          village = {
            villageCode: c.village_code,
            villageName: c.village_name,
            townshipName: c.township_name,
            households: householdsOf.get(c.village_code) ?? 0,
            cadres: [],
          };
          villages.push(village);
        }
        const households = Number(c.households);
        village.cadres.push({
          personId: c.person_id,
          name: c.name,
          category: c.category,
          postTitle: c.post_title,
          households,
          reached: households >= minSample,
        });
      }
      for (const v of villages)
        v.cadres.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.personId - b.personId);
      const all = villages.flatMap((v) => v.cadres);
      return {
        cycles: cycles.map(cycleView),
        cycle: cycleView(cycle),
        minSample,
        totals: {
          villages: villages.length,
          cadres: all.length,
          reached: all.filter((c) => c.reached).length,
          households: villages.reduce((s, v) => s + v.households, 0),
        },
        villages,
      };
    },
  };
}
export type TSurveyCountsService = ReturnType<typeof createSurveyCountsService>;
