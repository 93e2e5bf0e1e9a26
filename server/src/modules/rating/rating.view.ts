import {
  RATING_CYCLE_STEPS,
  RATING_STEP_NAMES,
  ratingSettingsEditable,
  type TRatingCycle,
  type TRatingCycleSettings,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { type TLang, translate } from '../../i18n/messages.ts';
import { stageOf, stepRefusal, type TRatingActor } from './rating.context.ts';
import { countResults, findUserName, type TCycleRow } from './rating.repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * A cycle as its page shows it: stage, settings, dates, each step with whether it may be taken now
 * (and the sentence saying why not, in the reader's language), and the counts of the results the
 * caller may see.
 */
export async function cycleView(
  db: TDb,
  cycle: TCycleRow,
  actor: TRatingActor,
  today: string,
  lang: TLang,
): Promise<TRatingCycle> {
  const stage = stageOf(cycle);
  const whole = await countResults(db, cycle.id, { all: true });
  const steps = [];
  for (const step of RATING_STEP_NAMES) {
    const refusal = await stepRefusal(db, cycle, step, today, whole);
    steps.push({
      step,
      to: RATING_CYCLE_STEPS[step].to,
      allowed: refusal === null,
      refusal: refusal ? translate(refusal.key, refusal.params, lang) : null,
    });
  }
  const counts = await countResults(db, cycle.id, actor.readScope ?? { all: false, codes: [] });
  return {
    id: cycle.id,
    year: cycle.year,
    countyCode: cycle.countyCode,
    stage,
    settings: cycle.settings as unknown as TRatingCycleSettings,
    editable: ratingSettingsEditable(stage),
    surveyFrom: cycle.surveyFrom,
    surveyUntil: cycle.surveyUntil,
    noticeFrom: cycle.noticeFrom,
    noticeUntil: cycle.noticeUntil,
    computedAt: iso(cycle.computedAt),
    totalledAt: iso(cycle.totalledAt),
    confirmedAt: iso(cycle.confirmedAt),
    openedByName: await findUserName(db, cycle.openedBy),
    steps,
    counts: {
      results: counts.results,
      reviewed: counts.reviewed,
      amended: counts.amended,
      appeals: counts.appeals,
      undecidedAppeals: counts.undecided,
    },
    today,
    mayManage: actor.manageScope !== null,
    mayReview: actor.reviewScope !== null,
  };
}
