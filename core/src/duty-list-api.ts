import { z } from 'zod';
import { DUTY_LIST_LIMITS, ZDutyListItem, ZDutyListPost } from './duty-list.ts';

/** The API contract of duty lists (岗位职责清单, docs/rules.md §4.8). */

const ZDate = z.iso.date();

export const DUTY_LIST_STATUSES = ['draft', 'published'] as const;
export const ZDutyListStatus = z.enum(DUTY_LIST_STATUSES);
export type TDutyListStatus = z.infer<typeof ZDutyListStatus>;

/** One version of a post's list: a draft (no number, no date) or a published version. */
export const ZDutyListVersion = z.object({
  id: z.number().int(),
  category: ZDutyListPost,
  status: ZDutyListStatus,
  versionNo: z.number().int().nullable(),
  effectiveFrom: ZDate.nullable(),
  items: z.array(ZDutyListItem),
  note: z.string().nullable(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type TDutyListVersion = z.infer<typeof ZDutyListVersion>;

/** A post on the county's page: the version in force on the day, the ones dated later, the draft. */
export const ZDutyListPostSummary = z.object({
  category: ZDutyListPost,
  inForce: ZDutyListVersion.nullable(),
  /** Published versions whose date is still to come (待生效), earliest first. */
  scheduled: z.array(ZDutyListVersion),
  /** The county's draft; shown to those who may edit it, null for everyone else. */
  draft: ZDutyListVersion.nullable(),
  publishedCount: z.number().int(),
});
export type TDutyListPostSummary = z.infer<typeof ZDutyListPostSummary>;

/** GET /api/duty-lists: the five posts, in the registry's order. */
export const ZDutyListOverview = z.object({ on: ZDate, posts: z.array(ZDutyListPostSummary) });
export type TDutyListOverview = z.infer<typeof ZDutyListOverview>;

export const ZDutyListOverviewQuery = z.object({ on: ZDate.optional() });

/** GET /api/duty-lists/history?category=: every published version of a post, newest first. */
export const ZDutyListHistoryQuery = z.object({ category: ZDutyListPost });
export const ZDutyListHistory = z.object({
  category: ZDutyListPost,
  versions: z.array(ZDutyListVersion),
  /** The version in force today, by id (null before the first takes effect). */
  inForceId: z.number().int().nullable(),
});
export type TDutyListHistory = z.infer<typeof ZDutyListHistory>;

/** PUT /api/duty-lists/draft: save the post's draft (made on first save from the latest version). */
export const ZSaveDutyListDraftRequest = z.strictObject({
  category: ZDutyListPost,
  items: z.array(ZDutyListItem).min(1).max(DUTY_LIST_LIMITS.items),
  note: z.string().trim().max(DUTY_LIST_LIMITS.note).nullable().default(null),
});
export type TSaveDutyListDraftRequest = z.input<typeof ZSaveDutyListDraftRequest>;

/** POST /api/duty-lists/:id/publish: the draft becomes the next version, in force from the date. */
export const ZPublishDutyListRequest = z.strictObject({ effectiveFrom: ZDate });
export type TPublishDutyListRequest = z.infer<typeof ZPublishDutyListRequest>;

/** A list as a cadre or a villager reads it: number, date and lines, nothing about who wrote it. */
export const ZDutyListText = z.object({
  versionNo: z.number().int(),
  effectiveFrom: ZDate,
  items: z.array(ZDutyListItem),
});
export type TDutyListText = z.infer<typeof ZDutyListText>;

/** GET /api/me/duty-lists: the list of each post the cadre holds now, the version in force today. */
export const ZMyDutyLists = z.object({
  on: ZDate,
  posts: z.array(
    z.object({
      category: ZDutyListPost,
      villageName: z.string(),
      postTitle: z.string().nullable(),
      list: ZDutyListText.nullable(),
    }),
  ),
});
export type TMyDutyLists = z.infer<typeof ZMyDutyLists>;

/**
 * GET /api/public/v/:token/duty-lists: the village's lists made public (公示), by post, with the
 * names of the cadres stationed in that post. Name and post only: no phone, no ID number.
 */
export const ZPublicDutyLists = z.object({
  village: z.object({ name: z.string(), townshipName: z.string() }),
  on: ZDate,
  posts: z.array(
    z.object({
      category: ZDutyListPost,
      names: z.array(z.string()),
      list: ZDutyListText.nullable(),
    }),
  ),
});
export type TPublicDutyLists = z.infer<typeof ZPublicDutyLists>;
