import {
  addDays,
  DEFAULT_RATING_CYCLE_SETTINGS,
  localDate,
  type TPublicLink,
  type TPublicSurvey,
  type TRatingCycleSettings,
  type TRatingCycleStage,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client.ts';
import { households } from '../db/schema.ts';
import type { TClient, TTestApp } from './build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from './cadre-factory.ts';
import { registerCadre } from './factories.ts';
import { assessInCycle, insertTestCycle } from './rating-forms-factory.ts';

/** The villages (not communities) of 金城镇, in code order: each survey test takes one of its own. */
export async function jinchengVillages(t: TTestApp): Promise<string[]> {
  const rows = await rowsOf<{ code: string }>(
    t.database.db,
    sql`select code from divisions where kind = 'village' and code like '140622100%' order by code`,
  );
  return rows.map((r) => r.code);
}

export type TSurveySetup = {
  cycleId: number;
  token: string;
  /** The survey as the village's page shows it (ids to answer on). */
  survey: TPublicSurvey;
  /** Household head names → their ids, as registered (each with a phone ending in its last four). */
  households: Map<string, number>;
};

/**
 * A village surveying in a cycle of its own: `cadres` registered there and assessed, households with
 * the phones given, the survey window around today unless set (a stage and settings may be given).
 */
export async function setUpSurvey(
  t: TTestApp,
  admin: TClient,
  o: {
    village: string;
    cadres: string[];
    households: { headName: string; phone: string }[];
    stage?: TRatingCycleStage;
    window?: [number, number];
    settings?: TRatingCycleSettings;
  },
): Promise<TSurveySetup> {
  const today = localDate(t.clock.now());
  const [from, until] = o.window ?? [-2, 5];
  const cycle = await insertTestCycle(t.database.db, {
    stage: o.stage ?? 'surveying',
    settings: o.settings ?? DEFAULT_RATING_CYCLE_SETTINGS,
    surveyFrom: addDays(today, from),
    surveyUntil: addDays(today, until),
  });
  for (const name of o.cadres) {
    const { cadre } = await registerCadre(
      admin,
      buildCadre({ person: buildPerson({ name }), posting: buildPosting({ villageCode: o.village }) }),
    );
    await assessInCycle(t.database.db, cycle.id, { personId: cadre.id, villageCode: o.village });
  }
  const ids = new Map<string, number>();
  if (o.households.length) {
    const rows = await t.database.db
      .insert(households)
      .values(o.households.map((h) => ({ villageCode: o.village, headName: h.headName, phone: h.phone })))
      .returning({ id: households.id, headName: households.headName });
    for (const r of rows) ids.set(r.headName, r.id);
  }
  const link = await admin.request({ method: 'GET', url: `/api/villages/${o.village}/public-link` });
  const { token } = link.json<TPublicLink>();
  const page = await t.app.inject({ method: 'GET', url: `/api/public/v/${token}/survey` });
  return { cycleId: cycle.id, token, survey: page.json<TPublicSurvey>(), households: ids };
}

/** The survey's answers stored in a cycle. */
export async function countAnswers(t: TTestApp, cycleId: number): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    t.database.db,
    sql`select count(*) as n from rating_survey_answers where cycle_id = ${cycleId}`,
  );
  return Number(row!.n);
}

/** Answers on every cadre of the survey, all the same. */
export const answerAll = (survey: TPublicSurvey, answer = 'satisfied') =>
  survey.cadres.map((c) => ({ cadre: c.id, answer }));
