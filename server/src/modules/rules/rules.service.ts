import {
  CALENDAR_KEYS,
  calendarWindowOf,
  datesOutside,
  localDate,
  rowsForChange,
  rulesForComputing,
  rulesOfYear,
  type TCountyRules,
  type TCountyRulesOfYear,
  type TStoredRules,
  type TUpdateCountyRulesRequest,
  weekYearOf,
  ZCountyRules,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findStoredRules, upsertStoredRules } from './rules.repository.ts';

/** Rules are read on every request (access switches); a change here is seen at once, elsewhere within this. */
const CACHE_MS = 30_000;

export type TRulesDeps = { db: TDb; now: () => Date };

/** A change's lists as stored: each date once, in order. */
function normalised(patch: TUpdateCountyRulesRequest): TUpdateCountyRulesRequest {
  const out = { ...patch };
  for (const key of CALENDAR_KEYS) {
    const list = patch[key];
    if (list) out[key] = [...new Set(list)].sort();
  }
  return out;
}

/** The refusals zod cannot make alone: a year's dates, a date both rest and work, caps out of order. */
function checkChange(year: number, next: TCountyRules): void {
  const window = calendarWindowOf(year);
  for (const key of CALENDAR_KEYS) {
    const outside = datesOutside(next[key], window);
    if (outside.length)
      throw invalidField(key, 'rules_date_outside_year', { date: outside[0]!, year, ...window });
  }
  const both = next.workdays.find((d) => next.holidays.includes(d));
  if (both) throw invalidField('workdays', 'rules_workday_is_holiday', { date: both });
  const caps = next.spotCheckCaps;
  if (!(caps.competent <= caps.basically_competent && caps.basically_competent <= caps.incompetent))
    throw invalidField('spotCheckCaps', 'spot_check_caps_order');
}

/** The county's rules (docs/rules.md §4), kept per year: a year's rules are what its dated figures are computed with. */
export function createRulesService({ db, now }: TRulesDeps) {
  let cached: { stored: TStoredRules[]; at: number; computing: Map<number, TCountyRules> } | null = null;

  async function load() {
    const at = now().getTime();
    if (!cached || at - cached.at > CACHE_MS)
      cached = { stored: await findStoredRules(db), at, computing: new Map() };
    return cached;
  }
  const currentYear = () => Number(localDate(now()).slice(0, 4));

  /**
   * The rules to compute with in a year (default the current one): the year's rules, the public
   * holidays and adjusted working days of the years beside it joined to its own.
   */
  async function get(year: number = currentYear()): Promise<TCountyRules> {
    const c = await load();
    let rules = c.computing.get(year);
    if (!rules) {
      rules = rulesForComputing(c.stored, year);
      c.computing.set(year, rules);
    }
    return rules;
  }

  return {
    get,
    currentYear,
    /** The rules of the year a date (`YYYY-MM-DD` or `YYYY-MM`) belongs to. */
    ofDate: (date: string) => get(Number(date.slice(0, 4))),
    /** The rules of a week (given by any of its dates): those of the year of its Thursday (ISO week-year). */
    ofWeek: (date: string) => get(weekYearOf(date)),

    /** A year's own rules as the rules page shows them, and whether the year is closed. */
    async ofYear(year: number = currentYear()): Promise<TCountyRulesOfYear> {
      const current = currentYear();
      const rules = rulesOfYear((await load()).stored, year);
      return { ...rules, year, currentYear: current, closed: year < current };
    },

    /**
     * Changes some rules of a year (default the current one) and of the later years that followed it
     * (see `rowsForChange`); a closed year is refused. The audit row names the year and records each
     * changed key's old and new value.
     */
    async update(
      patch: TUpdateCountyRulesRequest,
      ctx: TActorContext,
      year: number = currentYear(),
    ): Promise<TCountyRulesOfYear> {
      const current = currentYear();
      if (year < current) throw new AppError('conflict', 'rules_year_closed', { year });
      const stored = await findStoredRules(db);
      const before = rulesOfYear(stored, year);
      const next = ZCountyRules.parse({ ...before, ...normalised(patch) });
      checkChange(year, next);
      const changed = (Object.keys(next) as (keyof TCountyRules)[]).filter(
        (k) => JSON.stringify(before[k]) !== JSON.stringify(next[k]),
      );
      const result = { year, currentYear: current, closed: false };
      if (changed.length === 0) return { ...before, ...result };
      await db.transaction(async (tx) => {
        for (const row of rowsForChange(stored, year, before, next))
          await upsertStoredRules(tx, row.year, row.rules);
        await recordAudit(tx, ctx, {
          action: 'rules.update',
          objectType: 'rules',
          objectId: year,
          details: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: next[k] }])),
        });
      });
      cached = null;
      return { ...next, ...result };
    },
  };
}
export type TRulesService = ReturnType<typeof createRulesService>;
