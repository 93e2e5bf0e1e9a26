import {
  DEFAULT_RATING_CYCLE_SETTINGS,
  ratingSettingsEditable,
  recordsFromOutsideYear,
  type TOpenRatingCycleRequest,
  type TRatingCycleList,
  type TRatingSettingsRequest,
} from '@zhucun/core';
import { eq } from 'drizzle-orm';
import { ratingCycles } from '../../db/schema.ts';
import { AppError, invalidField } from '../../errors.ts';
import type { TLang } from '../../i18n/messages.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  assertCountyWide,
  callerCounty,
  cycleOf,
  stageOf,
  type TRatingActor,
  type TRatingDeps,
  todayOf,
} from './rating.context.ts';
import { countyOfScope, findCycles } from './rating.repository.ts';
import { createRatingSteps } from './rating.steps.ts';
import { cycleView } from './rating.view.ts';

/**
 * 星级评定 (docs/rules.md §4.6): the county's yearly cycle. The county organisation department opens it
 * with the settings of the year before (or the defaults), changes them until the totals freeze them, and
 * takes the procedure's steps; every change is audited.
 */
export function createRatingService(deps: TRatingDeps) {
  const { db } = deps;
  const view = async (id: number, actor: TRatingActor, lang: TLang) =>
    cycleView(db, await cycleOf(db, id, actor), actor, todayOf(deps), lang);

  return {
    ...createRatingSteps(deps, view),
    get: view,

    /** The county's cycles, newest first, with the current year (the latest a cycle may be opened for). */
    async list(actor: TRatingActor): Promise<TRatingCycleList> {
      const county = await callerCounty(db, actor);
      const today = todayOf(deps);
      const items = county ? await findCycles(db, county) : [];
      return {
        items: items.map((c) => ({
          id: c.id,
          year: c.year,
          stage: stageOf(c),
          confirmedAt: c.confirmedAt?.toISOString() ?? null,
        })),
        currentYear: Number(today.slice(0, 4)),
        today,
      };
    },

    /** Opens the year's cycle for the county (one a year, not a future year), audited. */
    async open(body: TOpenRatingCycleRequest, actor: TRatingActor, ctx: TActorContext, lang: TLang) {
      assertCountyWide(actor.manageScope);
      const county = await countyOfScope(db, actor.manageScope!);
      if (!county) throw new AppError('forbidden', 'rating_county_only');
      const max = Number(todayOf(deps).slice(0, 4));
      if (body.year > max) throw invalidField('year', 'rating_year_late', { max });
      const earlier = (await findCycles(db, county)).find((c) => c.year < body.year);
      // the records-from date is a day of its own year: a new year counts its records from 1 January
      const settings = { ...(earlier?.settings ?? DEFAULT_RATING_CYCLE_SETTINGS), recordsFrom: null };
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(ratingCycles)
          .values({
            countyCode: county,
            year: body.year,
            stage: 'open',
            settings: settings as Record<string, unknown>,
            openedBy: actor.userId,
            createdAt: deps.now(),
            updatedAt: deps.now(),
          })
          .onConflictDoNothing()
          .returning({ id: ratingCycles.id });
        if (!row) throw new AppError('conflict', 'rating_year_exists', { year: body.year });
        await recordAudit(tx, ctx, {
          action: 'rating.open',
          objectType: 'rating_cycle',
          objectId: row.id,
          details: { year: body.year, settingsFrom: earlier?.year ?? 'defaults' },
        });
        return row.id;
      });
      return view(id, actor, lang);
    },

    /** Changes the settings while the cycle is editable (before the totals); audited with both versions. */
    async setSettings(
      id: number,
      body: TRatingSettingsRequest,
      actor: TRatingActor,
      ctx: TActorContext,
      lang: TLang,
    ) {
      assertCountyWide(actor.manageScope);
      await db.transaction(async (tx) => {
        const cycle = await cycleOf(tx, id, actor, true);
        if (!ratingSettingsEditable(stageOf(cycle)))
          throw new AppError('conflict', 'rating_settings_frozen', {
            year: cycle.year,
            ratingStage: cycle.stage,
          });
        // 量化考核记录起算日: a day of the cycle's year, or none (1 January)
        const outside = recordsFromOutsideYear(cycle.year, body.settings.recordsFrom);
        if (outside)
          throw invalidField('settings.recordsFrom', 'rating_records_from_year', {
            year: cycle.year,
            ...outside,
          });
        await tx
          .update(ratingCycles)
          .set({ settings: body.settings as Record<string, unknown>, updatedAt: deps.now() })
          .where(eq(ratingCycles.id, id));
        await recordAudit(tx, ctx, {
          action: 'rating.settings',
          objectType: 'rating_cycle',
          objectId: id,
          details: { year: cycle.year, before: cycle.settings, after: body.settings },
        });
      });
      return view(id, actor, lang);
    },
  };
}
export type TRatingService = ReturnType<typeof createRatingService>;
