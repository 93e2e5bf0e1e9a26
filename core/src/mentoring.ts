import type { TCadreCategory, TEducationLevel } from './cadre.ts';
import type { TCodeLabels } from './code-labels.ts';
import { fullYearsBetween } from './posting.ts';
import type { TRole } from './roles.ts';

/** 结对帮带 (docs/rules.md §4.5): who gets county, township and village leader mentors. */
export const MENTORING_CATEGORIES: readonly TCadreCategory[] = [
  'party_secretary',
  'graduate_official',
  'selected_graduate',
];
export const MENTORING_MAX_AGE = 35;
const BACHELOR_OR_HIGHER: readonly TEducationLevel[] = ['bachelor', 'master', 'doctorate'];

/** What the eligibility rule reads of a person: the category of the posting held on the date. */
export type TMenteeFacts = {
  /** null when the person holds no posting on the date. */
  category: TCadreCategory | null;
  birthDate: string;
  educationLevel: TEducationLevel;
  fullTimeEducation: boolean;
};

/** Why someone is not a mentee on a date, in the order a person checks them. */
export const INELIGIBLE_REASONS = ['no_posting', 'category', 'age', 'education', 'part_time'] as const;
export type TIneligibleReason = (typeof INELIGIBLE_REASONS)[number];

/** Every reason the person is not eligible on the date; empty when they are. */
export function mentoringIneligibility(p: TMenteeFacts, onDate: string): TIneligibleReason[] {
  const reasons: TIneligibleReason[] = [];
  if (p.category === null) reasons.push('no_posting');
  else if (!MENTORING_CATEGORIES.includes(p.category)) reasons.push('category');
  if (fullYearsBetween(p.birthDate, onDate) >= MENTORING_MAX_AGE) reasons.push('age');
  if (!BACHELOR_OR_HIGHER.includes(p.educationLevel)) reasons.push('education');
  else if (!p.fullTimeEducation) reasons.push('part_time');
  return reasons;
}

/** Eligible: one of the three categories, under 35 full years on the date, full-time bachelor's or higher. */
export function isMentoringEligible(
  p: {
    category: TCadreCategory;
    birthDate: string;
    educationLevel: TEducationLevel;
    fullTimeEducation: boolean;
  },
  onDate: string,
): boolean {
  return mentoringIneligibility(p, onDate).length === 0;
}

/** The three levels a mentee has a mentor at: one active mentor per level (县级、乡镇级、村级导师). */
export const MENTOR_LEVELS = ['county', 'township', 'village'] as const;
export type TMentorLevel = (typeof MENTOR_LEVELS)[number];

export const MENTOR_LEVEL_LABELS: TCodeLabels<TMentorLevel> = {
  county: ['县级', 'County'],
  township: ['乡镇级', 'Township'],
  village: ['村级', 'Village'],
};

/** The levels still without an active mentor, in the order county, township, village. */
export function missingMentorLevels(activeLevels: readonly TMentorLevel[]): TMentorLevel[] {
  return MENTOR_LEVELS.filter((level) => !activeLevels.includes(level));
}

/**
 * Who pairs a mentor at a level: the county organisation department at every level, a township
 * administrator the township and village mentors of the people in its township (county ones are
 * the county's to choose).
 */
export function mayAssignMentorLevel(roles: readonly TRole[], level: TMentorLevel): boolean {
  if (roles.includes('county_admin')) return true;
  return roles.includes('township_admin') && level !== 'county';
}

/** Why a pair ended (history kept, never deleted). */
export const PAIR_END_REASONS = [
  'completed',
  'mentor_changed',
  'mentee_left',
  'mentee_aged_out',
  'other',
] as const;
export type TPairEndReason = (typeof PAIR_END_REASONS)[number];

export const PAIR_END_REASON_LABELS: TCodeLabels<TPairEndReason> = {
  completed: ['帮带期满', 'Mentoring completed'],
  mentor_changed: ['导师工作变动或调整', 'Mentor changed or moved'],
  mentee_left: ['帮带对象任职结束或调离', 'Mentee’s posting ended or moved'],
  mentee_aged_out: ['帮带对象已满 35 周岁', 'Mentee turned 35'],
  other: ['其他', 'Other'],
};

/** What is wrong with the dates of a pair or a talk, checked against the pair's start and today. */
export type TMentoringDateProblem = 'future' | 'before_start';

/** A date on a pair (its end, a talk): not after today, not before the pair began. */
export function checkPairDate(date: string, pairStart: string, today: string): TMentoringDateProblem | null {
  if (date > today) return 'future';
  if (date < pairStart) return 'before_start';
  return null;
}
