import { z } from 'zod';
import {
  BULLETIN_FIGURE_KEYS,
  BULLETIN_SECTIONS,
  BULLETIN_STATES,
  type TBulletinFigureKey,
  type TBulletinSection,
} from './bulletin.ts';

/** 简报 (docs/rules.md §4.17): the HTTP contracts of the county's bulletins. */

const ZDate = z.iso.date();
const ZNumber = z.number().int().min(1).max(9999);

export const BULLETIN_LIMITS = {
  masthead: 40,
  issuingOffice: 60,
  headline: 100,
  section: 4000,
  distribution: 500,
  printedBy: 60,
} as const;

const line = (max: number) => z.string().trim().min(1).max(max);
const ZSections = z.object(
  Object.fromEntries(
    BULLETIN_SECTIONS.map((s) => [s, z.string().trim().max(BULLETIN_LIMITS.section)]),
  ) as Record<TBulletinSection, z.ZodString>,
);
export type TBulletinSections = Record<TBulletinSection, string>;

/** What the county edits in a draft: the title block, the headline, the sections, the distribution lines. */
export const ZBulletinContent = z.object({
  issueNo: ZNumber,
  runningNo: ZNumber,
  masthead: line(BULLETIN_LIMITS.masthead),
  issuingOffice: line(BULLETIN_LIMITS.issuingOffice),
  issuedOn: ZDate,
  /** The day the figures are counted to (defaults to issuedOn). */
  asOf: ZDate,
  headline: line(BULLETIN_LIMITS.headline),
  sections: ZSections,
  /** 发：… */
  distributionTo: z.string().trim().max(BULLETIN_LIMITS.distribution),
  /** 送：… */
  distributionCc: z.string().trim().max(BULLETIN_LIMITS.distribution),
  /** The closing line's office (…印发). */
  printedBy: line(BULLETIN_LIMITS.printedBy),
});
export type TBulletinContent = z.infer<typeof ZBulletinContent>;

/** POST /api/bulletins: a new draft; what is left out is proposed (numbers) or copied from the last issue. */
export const ZCreateBulletin = ZBulletinContent.partial();
export type TCreateBulletin = z.input<typeof ZCreateBulletin>;

/** PUT /api/bulletins/:id: a draft's whole content. */
export const ZUpdateBulletin = ZBulletinContent;

export const ZBulletinFigureValues = z.object(
  Object.fromEntries(BULLETIN_FIGURE_KEYS.map((k) => [k, z.number().int()])) as Record<
    TBulletinFigureKey,
    z.ZodNumber
  >,
);
export type TBulletinFigureValues = Record<TBulletinFigureKey, number>;

/** The figures of a bulletin: counted now for a draft, stored for an issued one. */
export const ZBulletinFigures = z.object({
  asOf: z.string(),
  /** The day the registry's and the homes' figures were read (they keep no history: "now"). */
  readOn: z.string(),
  values: ZBulletinFigureValues,
  /** Set when the figures are the ones frozen at issue. */
  frozenAt: z.string().nullable(),
});
export type TBulletinFigures = z.infer<typeof ZBulletinFigures>;

export const ZBulletin = ZBulletinContent.extend({
  id: z.number().int(),
  state: z.enum(BULLETIN_STATES),
  issuedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TBulletin = z.infer<typeof ZBulletin>;

export const ZBulletinDetail = z.object({ bulletin: ZBulletin, figures: ZBulletinFigures });
export type TBulletinDetail = z.infer<typeof ZBulletinDetail>;

export const ZBulletinList = z.object({
  items: z.array(ZBulletin.omit({ sections: true })),
  /** The numbers proposed for the next issue. */
  next: z.object({ issueNo: z.number().int(), runningNo: z.number().int() }),
});
export type TBulletinList = z.infer<typeof ZBulletinList>;

/** GET /api/bulletins/figures: the figures as of a date, for the composing page's picker. */
export const ZBulletinFiguresQuery = z.object({ asOf: ZDate });
