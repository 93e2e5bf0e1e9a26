import { z } from 'zod';
import type { TCodeLabels } from './code-labels.ts';
import { DISPATCHED_CATEGORIES } from './duty-overview.ts';
import { addDays } from './posting.ts';

/**
 * 岗位职责清单 (docs/rules.md §4.8): the county keeps one duty list per post, versioned. A draft is
 * edited in place; publishing numbers it and dates it; a published version never changes.
 */

/** The posts that have a duty list: every dispatched category (not the village's own committee). */
export const DUTY_LIST_POSTS = DISPATCHED_CATEGORIES;
export const ZDutyListPost = z.enum(DUTY_LIST_POSTS);
export type TDutyListPost = z.infer<typeof ZDutyListPost>;

/** The posts' names, as a duty list is headed (the registry's category names). */
export const DUTY_LIST_POST_LABELS: TCodeLabels<TDutyListPost> = {
  party_secretary: ['村党组织书记（机关干部）', 'Village Party secretary (dispatched)'],
  graduate_official: ['到村任职大学生', 'Graduate in a village post'],
  selected_graduate: ['选调生（大学生村官）', 'Civil-service selectee (graduate village official)'],
  first_secretary: ['驻村第一书记', 'First secretary'],
  team_member: ['驻村工作队员', 'Work-team member'],
};

/** Limits of a list: lines, and characters in a duty or a heading. */
export const DUTY_LIST_LIMITS = { items: 60, duty: 200, heading: 40, note: 200, scheduleDays: 365 } as const;

export const DUTY_LIST_ITEM_KINDS = ['heading', 'duty'] as const;
export type TDutyListItemKind = (typeof DUTY_LIST_ITEM_KINDS)[number];

/** One line of a list: a heading groups the duties below it until the next heading. */
export const ZDutyListItem = z.strictObject({
  kind: z.enum(DUTY_LIST_ITEM_KINDS),
  wording: z.string().trim().min(1).max(DUTY_LIST_LIMITS.duty),
});
export type TDutyListItem = z.infer<typeof ZDutyListItem>;

export type TDutyListProblem =
  | { kind: 'no_duty' }
  | { kind: 'heading_too_long'; index: number }
  | { kind: 'empty_heading'; index: number };

/**
 * A list holds at least one duty; a heading is short (40 characters) and has a duty under it.
 * Returns the first problem, with the line's index, or null.
 */
export function checkDutyListItems(items: readonly TDutyListItem[]): TDutyListProblem | null {
  for (const [index, item] of items.entries()) {
    if (item.kind !== 'heading') continue;
    if (item.wording.length > DUTY_LIST_LIMITS.heading) return { kind: 'heading_too_long', index };
    if (items[index + 1]?.kind !== 'duty') return { kind: 'empty_heading', index };
  }
  if (!items.some((i) => i.kind === 'duty')) return { kind: 'no_duty' };
  return null;
}

/** A list as read: its duties numbered 1, 2, 3 … through the headings, each under its heading (or none). */
export type TDutySection = { heading: string | null; duties: { no: number; wording: string }[] };

/** Groups the lines under their headings and numbers the duties (the numbering runs through the list). */
export function dutySections(items: readonly TDutyListItem[]): TDutySection[] {
  const sections: TDutySection[] = [];
  let no = 0;
  for (const item of items) {
    if (item.kind === 'heading') {
      sections.push({ heading: item.wording, duties: [] });
      continue;
    }
    let last = sections.at(-1);
    if (!last) {
      last = { heading: null, duties: [] };
      sections.push(last);
    }
    no += 1;
    last.duties.push({ no, wording: item.wording });
  }
  return sections.filter((s) => s.duties.length > 0);
}

/** What picking the version in force needs of a published version. */
export type TDatedVersion = { versionNo: number; effectiveFrom: string };

/**
 * The version in force on a date: of those published, the one with the latest date not after it;
 * two on the same date, the higher number (the later publication) wins. Null before the first.
 */
export function versionInForce<T extends TDatedVersion>(versions: readonly T[], on: string): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (v.effectiveFrom > on) continue;
    if (
      !best ||
      v.effectiveFrom > best.effectiveFrom ||
      (v.effectiveFrom === best.effectiveFrom && v.versionNo > best.versionNo)
    )
      best = v;
  }
  return best;
}

export type TEffectiveFromProblem =
  | { kind: 'before_today'; today: string }
  | { kind: 'before_latest'; latest: string; versionNo: number }
  | { kind: 'too_far'; last: string };

/**
 * A new version takes effect today or later (a list nobody could read cannot have bound anyone), not
 * before the latest published version's date (history stays in order), and within a year.
 */
export function checkEffectiveFrom(
  effectiveFrom: string,
  today: string,
  latest: TDatedVersion | null,
): TEffectiveFromProblem | null {
  if (effectiveFrom < today) return { kind: 'before_today', today };
  if (latest && effectiveFrom < latest.effectiveFrom)
    return { kind: 'before_latest', latest: latest.effectiveFrom, versionNo: latest.versionNo };
  const last = addDays(today, DUTY_LIST_LIMITS.scheduleDays);
  if (effectiveFrom > last) return { kind: 'too_far', last };
  return null;
}
