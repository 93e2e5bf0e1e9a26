import { z } from 'zod';
import { ZAwardLevel } from './rating.ts';

/**
 * The awards register (表彰登记, docs/rules.md §4.6): commendations of a cadre or of a village collective
 * that add stars in their year. The HTTP contracts.
 */

const ZDate = z.iso.date();
const ZId = z.number().int().positive().max(2_147_483_647);

export const AWARD_LIMITS = { title: 100, issuer: 100, documentNo: 60 } as const;

/** POST /api/awards: a commendation of one cadre (personId) or one village collective (villageCode). */
export const ZCreateAwardRequest = z
  .object({
    personId: ZId.nullable().default(null),
    villageCode: z
      .string()
      .regex(/^\d{12}$/)
      .nullable()
      .default(null),
    level: ZAwardLevel,
    title: z.string().trim().min(2).max(AWARD_LIMITS.title),
    issuer: z.string().trim().min(2).max(AWARD_LIMITS.issuer),
    documentNo: z.string().trim().max(AWARD_LIMITS.documentNo).default(''),
    awardedOn: ZDate,
    /** A photo or scan of the certificate or document, uploaded first (POST /api/awards/evidence). */
    fileId: ZId.nullable().default(null),
  })
  .refine((a) => (a.personId === null) !== (a.villageCode === null), {
    path: ['personId'],
    message: 'award_one_holder',
  });
export type TCreateAwardRequest = z.input<typeof ZCreateAwardRequest>;

export const ZAward = z.object({
  id: ZId,
  personId: ZId.nullable(),
  personName: z.string().nullable(),
  villageCode: z.string().nullable(),
  /** The village of a collective award, or the one the cadre is filed under. */
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  level: ZAwardLevel,
  title: z.string(),
  issuer: z.string(),
  documentNo: z.string(),
  awardedOn: z.string(),
  hasFile: z.boolean(),
  /** The stars it adds in its year, by the county's setting. */
  stars: z.number().int(),
});
export type TAward = z.infer<typeof ZAward>;

export const ZAwardList = z.object({ items: z.array(ZAward), total: z.number().int() });
export type TAwardList = z.infer<typeof ZAwardList>;

/** GET /api/awards: in scope, by year and level. */
export const ZAwardQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  level: ZAwardLevel.optional(),
  personId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});
