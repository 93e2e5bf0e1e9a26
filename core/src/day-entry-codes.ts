/** The roles and limits of a day's entry, without zod: the cadre's light pages use them (docs/web.md §Size). */

/** The four roles a work-log entry may be tagged with (四员, docs/domain.md §1). */
export const FOUR_ROLES = [
  'policy_advocate', // 政策宣传员
  'development_guide', // 发展指导员
  'dispute_mediator', // 矛盾调解员
  'prosperity_helper', // 致富帮扶员
] as const;
export type TFourRole = (typeof FOUR_ROLES)[number];

/** The longest texts of a day's entry, and its photos. */
export const DAY_LIMITS = { work: 2000, activities: 1000, rolePlayed: 500, photos: 9 } as const;
