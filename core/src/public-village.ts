import { z } from 'zod';
import { ZPhone } from './phone.ts';
import { ZRequestCategory, ZRequestState, ZSatisfaction } from './request.ts';

/** The village's public page (扫码反映诉求): what a villager without an account sees and sends (issue 5). */

/** The version of the notice a public submitter agrees to; stored with every public submission. */
export const CONSENT_VERSION = '2026-11';
/** 个人信息告知: what is stored, why, who sees it and for how long (shown above the consent box). */
export const CONSENT_NOTICE =
  '我们会保存您填写的诉求内容，以及您自愿留下的姓名和手机号，仅用于本村驻村干部和乡镇、县有关部门办理、回访您的诉求；' +
  '姓名和手机号不会公开，也不会出现在查询页面上。查询码是查看办理进度的唯一凭证，请妥善保存，不要发给他人。' +
  '诉求办结后记录按档案管理规定保存。勾选即表示您已阅读并同意以上告知。';

/** Limits of the public form. */
export const PUBLIC_LIMITS = { description: 1000, name: 30, note: 500 } as const;

/** A token in a village's QR code: 16–32 characters of base64url. */
export const PUBLIC_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,32}$/;

/** A stationed cadre as the village's signage shows them: name, post and phone, nothing else. */
export const ZPublicCadre = z.object({
  name: z.string(),
  /** A dispatched category (第一书记 …); the page shows its label. */
  category: z.string(),
  postTitle: z.string(),
  phone: z.string(),
});
export type TPublicCadre = z.infer<typeof ZPublicCadre>;

/** GET /api/public/v/:token: the village's public card. */
export const ZPublicVillageCard = z.object({
  village: z.object({ name: z.string(), townshipName: z.string() }),
  cadres: z.array(ZPublicCadre),
  categories: z.array(ZRequestCategory),
  consent: z.object({ version: z.string(), notice: z.string() }),
});
export type TPublicVillageCard = z.infer<typeof ZPublicVillageCard>;

/**
 * POST /api/public/v/:token/requests. `category` and `consent` are checked by the service, so their
 * messages name the request's category and the notice (not the registry's 干部类别).
 */
export const ZPublicSubmitRequest = z.strictObject({
  category: z.string().max(40),
  description: z.string().trim().min(1).max(PUBLIC_LIMITS.description),
  name: z.string().trim().max(PUBLIC_LIMITS.name).optional(),
  phone: ZPhone.optional(),
  consent: z.boolean(),
});
export type TPublicSubmitRequest = z.input<typeof ZPublicSubmitRequest>;

export const ZPublicSubmitResult = z.object({ trackingCode: z.string() });
export type TPublicSubmitResult = z.infer<typeof ZPublicSubmitResult>;

/**
 * GET /api/public/track/:code: that request's public status, never a person's name or phone. The
 * code is the villager's own key: the page names the village and shows the words they sent.
 */
export const ZPublicTrack = z.object({
  trackingCode: z.string(),
  village: z.object({ name: z.string(), townshipName: z.string() }),
  /** What the villager wrote, as sent (their name and phone are kept apart and never shown). */
  description: z.string(),
  category: ZRequestCategory,
  state: ZRequestState,
  registeredOn: z.iso.date(),
  /** Each change of state, by day (no staff names, no notes). */
  timeline: z.array(z.object({ date: z.iso.date(), state: ZRequestState })),
  /** The resolution as the owner wrote it, once resolved. */
  result: z.string().nullable(),
  satisfaction: ZSatisfaction.nullable(),
  /** True while the request waits for the villager's word (resolved). */
  canFollowUp: z.boolean(),
});
export type TPublicTrack = z.infer<typeof ZPublicTrack>;

/** POST /api/public/track/:code/follow-up: the villager's word; dissatisfied or partly solved reopens it. */
export const ZPublicFollowUpRequest = z.strictObject({
  satisfaction: ZSatisfaction,
  note: z.string().trim().max(PUBLIC_LIMITS.note).optional(),
});
export type TPublicFollowUpRequest = z.input<typeof ZPublicFollowUpRequest>;

/** GET /api/villages/:code/public-link: the address printed in the village's QR code. */
export const ZPublicLink = z.object({ url: z.string(), token: z.string() });
export type TPublicLink = z.infer<typeof ZPublicLink>;

/**
 * GET /api/villages/:code/sign: the village's printable card (村民扫码牌), for a village with or
 * without a home: its stationed cadres as the public page shows them, and the address of its QR code.
 */
export const ZVillageSign = z.object({
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  countyName: z.string(),
  cadres: z.array(ZPublicCadre),
  publicUrl: z.string(),
});
export type TVillageSign = z.infer<typeof ZVillageSign>;
