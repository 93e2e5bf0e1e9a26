import type { TPersonnelStatus } from './cadre.ts';
import { addDays } from './posting.ts';
import {
  baseStars,
  needsAdmonishment,
  PRIORITY_LISTS,
  priorityExclusions,
  priorityListsOf,
  type TGrade,
  type TPriorityExclusion,
  type TPriorityList,
} from './rating.ts';

/**
 * What follows a confirmed rating (结果运用, docs/rules.md §4.6): the star history over a tenure, the
 * priority lists with their exclusions named, and the dates of an admonishment (诫勉) and its rectification.
 * Pure: the records come in as parameters, the date too.
 */

/** Months given to rectify after an admonishment (限期整改), whatever the admonishment's effect period. */
export const ADMONISHMENT_RECTIFICATION_MONTHS = 3;

/** The stars a priority list asks for (two stars or more). */
export const PRIORITY_MIN_STARS = 2;

/** `date` plus whole months; the 31st falls back to the month's last day (1月31日 + 1 → 2月28日). */
export function addMonths(date: string, months: number): string {
  const total = +date.slice(0, 4) * 12 + (+date.slice(5, 7) - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(+date.slice(8, 10), last);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * An admonishment issued on a day: in effect through the day before the same date `months` later (6
 * months from 1 March: through 31 August), and its rectification due three months after issue.
 */
export function admonishmentDates(
  issuedOn: string,
  months: number,
): { effectiveUntil: string; deadline: string } {
  return {
    effectiveUntil: months > 0 ? addDays(addMonths(issuedOn, months), -1) : issuedOn,
    deadline: addMonths(issuedOn, ADMONISHMENT_RECTIFICATION_MONTHS),
  };
}

/** Whether an admonishment is in effect on a day (its last day included). */
export function admonishmentInEffect(a: { issuedOn: string; effectiveUntil: string }, day: string): boolean {
  return a.issuedOn <= day && day <= a.effectiveUntil;
}

/** One confirmed year of a cadre's rating as the history shows it. */
export type TStarYearFacts = { year: number; grade: TGrade | null; stars: number; awardStars: number };

/**
 * The tenure's confirmed years: those from the year the tenure began (the start of the latest posting)
 * up to `untilYear`; the stars summed. No start (never posted): no tenure, every year counted.
 */
export function tenureStars(
  years: readonly TStarYearFacts[],
  tenureFrom: string | null,
  untilYear = Number.POSITIVE_INFINITY,
): { years: TStarYearFacts[]; stars: number; needsAdmonishment: boolean } {
  const from = tenureFrom ? +tenureFrom.slice(0, 4) : Number.NEGATIVE_INFINITY;
  const kept = years.filter((y) => y.year >= from && y.year <= untilYear);
  return {
    years: kept,
    stars: kept.reduce((s, y) => s + y.stars, 0),
    needsAdmonishment: needsAdmonishment(kept.map((y) => y.stars)),
  };
}

/** The stars from the grade alone (the rest came from commendations). */
export const gradeStars = (grade: TGrade | null): number => (grade ? baseStars(grade) : 0);

/** A cadre with a confirmed result going into the priority lists. */
export type TPriorityCandidate = {
  personId: number;
  personnelStatus: TPersonnelStatus | null;
  stars: number;
  /** The end of each of the cadre's admonishments (effectiveUntil). */
  admonishedUntil: readonly string[];
  lastYearGrade: TGrade | null;
};

export type TPriorityPlacement =
  | { on: TPriorityList[]; excluded: null }
  | { on: []; excluded: { lists: TPriorityList[]; because: TPriorityExclusion[] } }
  | null;

/**
 * Where a cadre goes: on the lists of their personnel status with two stars or more, unless an
 * exclusion applies on the list's date (then named, with the lists they would have been on).
 * Null when under two stars or of a status that leads to no list.
 */
export function priorityPlacement(c: TPriorityCandidate, date: string): TPriorityPlacement {
  if (c.stars < PRIORITY_MIN_STARS || !c.personnelStatus) return null;
  const lists = priorityListsOf(c.personnelStatus);
  if (!lists.length) return null;
  const because = priorityExclusions({
    date,
    admonishedUntil: c.admonishedUntil,
    lastYearGrade: c.lastYearGrade,
  });
  return because.length ? { on: [], excluded: { lists, because } } : { on: lists, excluded: null };
}

/** The lists in their fixed order (civil servants first), for pages and documents. */
export const PRIORITY_LIST_ORDER: readonly TPriorityList[] = PRIORITY_LISTS;
