import type { TCadreCategory } from './cadre.ts';
import { TEAM_CATEGORIES } from './cadre.ts';
import { addDays, addYears, dayNumber, fullYearsBetween } from './day-math.ts';

export { addDays, addYears, dayNumber, dayNumberOf, daysBetween, fullYearsBetween } from './day-math.ts';

/** Default term of a posting in years (configurable per county). */
export const DEFAULT_TERM_YEARS = 2;
/** A term ending within this many days is flagged. */
export const TERM_ENDING_DAYS = 90;

/** The planned end of a term that starts on `startDate`. */
export function plannedEndOf(startDate: string, termYears = DEFAULT_TERM_YEARS): string {
  return addYears(startDate, termYears);
}

/** The last day of the "term ending soon" window that starts today. */
export function termEndingUntil(today: string, days = TERM_ENDING_DAYS): string {
  return addDays(today, days);
}

/** True when an active posting's planned end lies within the next `days` days (today included). */
export function isTermEndingSoon(
  plannedEndDate: string | null,
  today: string,
  days = TERM_ENDING_DAYS,
): boolean {
  if (!plannedEndDate) return false;
  const left = dayNumber(plannedEndDate) - dayNumber(today);
  return left >= 0 && left <= days;
}

/**
 * Days an active posting has run past its planned end (任期已满, 超期 N 天): 1 on the day after the
 * planned end, null while the term runs (the planned end itself is still within the term) or when
 * no end is planned.
 */
export function termOverdueDays(plannedEndDate: string | null, today: string): number | null {
  if (!plannedEndDate) return null;
  const over = dayNumber(today) - dayNumber(plannedEndDate);
  return over > 0 ? over : null;
}

export type TTeamMember = { personId: number; category: TCadreCategory; isTeamLeader: boolean };
export type TTeamWarning = 'team_too_small' | 'no_first_secretary';
/** A work team needs at least this many people (first secretary included). */
export const MIN_TEAM_SIZE = 3;

/** Warnings for a village's work team, from its active team postings. */
export function teamWarnings(members: readonly TTeamMember[]): TTeamWarning[] {
  const team = members.filter((m) => TEAM_CATEGORIES.includes(m.category));
  if (team.length === 0) return [];
  const warnings: TTeamWarning[] = [];
  if (team.length < MIN_TEAM_SIZE) warnings.push('team_too_small');
  if (!team.some((m) => m.category === 'first_secretary')) warnings.push('no_first_secretary');
  return warnings;
}

/** The team leader: the member marked so, else the first secretary. */
export function teamLeaderOf<T extends TTeamMember>(members: readonly T[]): T | null {
  return members.find((m) => m.isTeamLeader) ?? members.find((m) => m.category === 'first_secretary') ?? null;
}

export type TFirstSecretaryWarning = 'party_membership_under_1_year' | 'work_experience_under_2_years';

/** A first secretary should have ≥ 1 year of Party membership and ≥ 2 years of work (on the start date). */
export function firstSecretaryWarnings(
  person: { partyJoinDate: string | null; workStartDate: string | null },
  onDate: string,
): TFirstSecretaryWarning[] {
  const warnings: TFirstSecretaryWarning[] = [];
  if (!person.partyJoinDate || fullYearsBetween(person.partyJoinDate, onDate) < 1)
    warnings.push('party_membership_under_1_year');
  if (!person.workStartDate || fullYearsBetween(person.workStartDate, onDate) < 2)
    warnings.push('work_experience_under_2_years');
  return warnings;
}
