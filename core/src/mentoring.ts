import type { TCadreCategory, TEducationLevel } from './cadre.ts';
import { fullYearsBetween } from './posting.ts';

/** 结对帮带 (docs/rules.md §4.5): who gets county, township and village leader mentors. */
export const MENTORING_CATEGORIES: readonly TCadreCategory[] = [
  'party_secretary',
  'graduate_official',
  'selected_graduate',
];
export const MENTORING_MAX_AGE = 35;
const BACHELOR_OR_HIGHER: readonly TEducationLevel[] = ['bachelor', 'master', 'doctorate'];

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
  return (
    MENTORING_CATEGORIES.includes(p.category) &&
    fullYearsBetween(p.birthDate, onDate) < MENTORING_MAX_AGE &&
    p.fullTimeEducation &&
    BACHELOR_OR_HIGHER.includes(p.educationLevel)
  );
}
