import { z } from 'zod';
import { roundScore } from './rating.ts';

/**
 * 群众评议 (docs/rules.md §4.6): villagers answer through the village's QR page, one answer per household
 * per cadre per cycle; the part counts only from the minimum sample of households on.
 */
export const SURVEY_ANSWERS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export const ZSurveyAnswer = z.enum(SURVEY_ANSWERS);
export type TSurveyAnswer = z.infer<typeof ZSurveyAnswer>;

/** What an answer is worth: satisfied 100, basically satisfied 60, dissatisfied 0. */
export const SURVEY_ANSWER_SCORES: Readonly<Record<TSurveyAnswer, number>> = {
  satisfied: 100,
  basically_satisfied: 60,
  dissatisfied: 0,
};

const normalName = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

/**
 * The household a respondent is: the head of household's name and the last four digits of a phone
 * on file (from visits). Null when none matches, or when two households match (nobody answers for
 * someone else's household by guessing).
 */
export function surveyHousehold<H extends { id: number; headName: string; phones: readonly string[] }>(
  households: readonly H[],
  headName: string,
  phoneLast4: string,
): H | null {
  const name = normalName(headName);
  if (!name || !/^\d{4}$/.test(phoneLast4)) return null;
  const found = households.filter(
    (h) => normalName(h.headName) === name && h.phones.some((p) => p.endsWith(phoneLast4)),
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * One cadre's villagers' part: the mean of one answer per household (the first stands), or
 * insufficient below the minimum sample, when its weight moves onto the other parts.
 */
export function villagersPart(
  answers: readonly { householdId: number; answer: TSurveyAnswer }[],
  minSample: number,
): { score: number | null; households: number; insufficient: boolean } {
  const byHousehold = new Map<number, TSurveyAnswer>();
  for (const a of answers) if (!byHousehold.has(a.householdId)) byHousehold.set(a.householdId, a.answer);
  const households = byHousehold.size;
  if (households === 0 || households < minSample) return { score: null, households, insufficient: true };
  const sum = [...byHousehold.values()].reduce((s, a) => s + SURVEY_ANSWER_SCORES[a], 0);
  return { score: roundScore(sum / households), households, insufficient: false };
}
