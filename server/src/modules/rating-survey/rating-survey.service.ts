import { createHash } from 'node:crypto';
import {
  localDate,
  PUBLIC_TOKEN_PATTERN,
  surveyHousehold,
  surveyOpen,
  type TPublicSurvey,
  type TPublicSurveyResult,
  type TRatingCycleStage,
  type ZPublicSurveySubmit,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findVillageByToken, lockVillage } from '../public-village/public-village.repository.ts';
import { findCyclesOf } from '../rating-forms/rating-forms.repository.ts';
import {
  findAnsweredPersons,
  findHouseholdsFromAddress,
  findHouseholdsOfVillageOn,
  findSurveyRoster,
  findVillageHouseholds,
  insertAnswers,
} from './rating-survey.repository.ts';

export type TSurveyLimits = {
  /** Households one address may answer for in a day (counted in the database by the address's hash). */
  perAddressPerDay: number;
  /** Households one village takes answers from in a day. */
  perVillagePerDay: number;
};

export type TRatingSurveyDeps = { db: TDb; now: () => Date; limits: TSurveyLimits };

/** Who the survey lists first: the village's secretary, the first secretary, then the rest (as the signage). */
const ORDER = ['party_secretary', 'first_secretary', 'team_member', 'selected_graduate', 'graduate_official'];
const rank = (category: string) => {
  const i = ORDER.indexOf(category);
  return i < 0 ? ORDER.length : i;
};

/**
 * The address kept with an answer, for the per-address limits: a hash of the cycle and the address,
 * never the address (hashes of two cycles do not match).
 */
export const addressHashOf = (cycleId: number, ip: string | null) =>
  createHash('sha256')
    .update(`zhucun-survey|${cycleId}|${ip ?? ''}`)
    .digest('hex');

/**
 * 群众评议 on the village's public page (docs/rules.md §4.6): open while a cycle of the village's county
 * surveys and today is in its window; a household of the village (its head's name and the last four
 * digits of a phone on file) answers once per cadre (the first answer stands); households per address
 * and per village per day are bounded, counted under the village's lock so a burst cannot overshoot.
 */
export function createRatingSurveyService({ db, now, limits }: TRatingSurveyDeps) {
  async function villageOfToken(token: string) {
    const village = PUBLIC_TOKEN_PATTERN.test(token) ? await findVillageByToken(db, token) : undefined;
    if (!village) throw new AppError('not_found', 'public_token_unknown');
    return village;
  }

  /**
   * The cycle whose survey is open today: the county's latest (one cycle runs a year; an earlier one
   * never reopens its survey), when it is surveying and today is inside its window.
   */
  async function openCycle(villageCode: string, today: string) {
    const [latest] = await findCyclesOf(db, [villageCode.slice(0, 6)]);
    if (!latest) return undefined;
    const stage = latest.stage as TRatingCycleStage;
    return surveyOpen({ stage, surveyFrom: latest.surveyFrom, surveyUntil: latest.surveyUntil }, today)
      ? latest
      : undefined;
  }

  async function rosterOf(cycleId: number, villageCode: string) {
    const rows = await findSurveyRoster(db, cycleId, villageCode);
    return rows.sort((a, b) => rank(a.category) - rank(b.category));
  }

  return {
    /** The survey as the village's page shows it: the cadres' names and posts while it is open, else nothing. */
    async page(token: string): Promise<TPublicSurvey> {
      const village = await villageOfToken(token);
      const cycle = await openCycle(village.code, localDate(now()));
      if (!cycle) return { open: false, year: null, surveyUntil: null, cadres: [] };
      const roster = await rosterOf(cycle.id, village.code);
      return {
        open: roster.length > 0,
        year: cycle.year,
        surveyUntil: cycle.surveyUntil,
        cadres: roster.map((r) => ({
          id: r.id,
          name: r.name,
          category: r.category,
          postTitle: r.post_title,
        })),
      };
    },

    /** A household's answers; nothing is stored when the household is not found or a limit is reached. */
    async submit(
      token: string,
      body: z.output<typeof ZPublicSurveySubmit>,
      ctx: TActorContext,
    ): Promise<TPublicSurveyResult> {
      const village = await villageOfToken(token);
      const at = now();
      const today = localDate(at);
      const cycle = await openCycle(village.code, today);
      if (!cycle) throw new AppError('conflict', 'survey_closed');
      const roster = new Map((await rosterOf(cycle.id, village.code)).map((r) => [r.id, r]));
      body.answers.forEach((a, i) => {
        if (!roster.has(a.cadre)) throw invalidField(`answers.${i}.cadre`, 'survey_cadre_unknown');
      });
      const households = (await findVillageHouseholds(db, village.code)).map((h) => ({
        id: h.id,
        headName: h.head_name,
        phones: h.phone ? [h.phone] : [],
      }));
      // no household, or two that match: the same words either way, naming neither part
      const household = surveyHousehold(households, body.headName, body.phoneLast4);
      if (!household) throw new AppError('validation', 'survey_household_unknown');
      const addressHash = addressHashOf(cycle.id, ctx.ip);
      return db.transaction(async (tx) => {
        await lockVillage(tx, village.code);
        const answered = new Set(await findAnsweredPersons(tx, cycle.id, household.id));
        const fresh = body.answers.filter((a) => !answered.has(roster.get(a.cadre)!.person_id));
        const before = body.answers.filter((a) => answered.has(roster.get(a.cadre)!.person_id));
        const names = before.map((a) => roster.get(a.cadre)!.name);
        if (!fresh.length) throw new AppError('conflict', 'survey_all_answered', { names: names.join('、') });
        if (answered.size === 0) {
          const fromAddress = await findHouseholdsFromAddress(tx, cycle.id, addressHash, today);
          if (fromAddress.length >= limits.perAddressPerDay && !fromAddress.includes(household.id))
            throw new AppError('rate_limited', 'survey_address_cap', { max: limits.perAddressPerDay });
          const ofVillage = await findHouseholdsOfVillageOn(tx, cycle.id, village.code, today);
          if (ofVillage.length >= limits.perVillagePerDay && !ofVillage.includes(household.id))
            throw new AppError('rate_limited', 'survey_village_cap', { max: limits.perVillagePerDay });
        }
        const saved = await insertAnswers(
          tx,
          fresh.map((a) => ({
            cycleId: cycle.id,
            personId: roster.get(a.cadre)!.person_id,
            householdId: household.id,
            answer: a.answer,
            comment: a.comment,
            addressHash,
            createdAt: at,
          })),
        );
        // the audit row says that a household answered, never which household or what
        await recordAudit(tx, ctx, {
          action: 'rating.survey_answer',
          objectType: 'rating_cycle',
          objectId: cycle.id,
          details: { villageCode: village.code, answers: saved },
        });
        return { saved, alreadyAnswered: names };
      });
    },
  };
}
export type TRatingSurveyService = ReturnType<typeof createRatingSurveyService>;
