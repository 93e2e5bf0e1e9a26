import { z } from 'zod';
import { ZDesignationKind, ZDesignationLevel, ZOutcomeState } from './outcome.ts';
import { ZProjectKind } from './project.ts';

/** 帮扶成效 (docs/rules.md §4.16): the HTTP contracts of the monthly reports, designations and figures. */

const ZId = z.number().int().positive().max(2_147_483_647);
const ZVillageCode = z.string().regex(/^\d{12}$/);
const ZDivisionCode = z.string().regex(/^\d{9}(\d{3})?$/);
/** A month as `YYYY-MM` (2000–2100). */
export const ZMonth = z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/);
const ZDate = z.iso.date();

export const OUTCOME_LIMITS = {
  labourers: 20,
  households: 2000,
  note: 200,
  reason: 200,
  title: 60,
  issuer: 100,
  documentNo: 60,
} as const;

/** One household listed in a village's month, with how many of its labourers work away from home. */
export const ZLabourLine = z.object({
  householdId: ZId,
  labourers: z.number().int().min(1).max(OUTCOME_LIMITS.labourers),
});

/** POST /api/outcomes/reports: a village's month (转移就业), sent for the county's review. */
export const ZCreateLabourReport = z.object({
  villageCode: ZVillageCode,
  month: ZMonth,
  lines: z.array(ZLabourLine).min(1).max(OUTCOME_LIMITS.households),
  note: z.string().trim().max(OUTCOME_LIMITS.note).default(''),
});
export type TCreateLabourReport = z.input<typeof ZCreateLabourReport>;

/** PUT /api/outcomes/reports/:id: corrected lines, sent again (a returned or waiting report). */
export const ZCorrectLabourReport = ZCreateLabourReport.pick({ lines: true, note: true });
export type TCorrectLabourReport = z.input<typeof ZCorrectLabourReport>;

/** POST …/:id/return: the county sends it back; the enterer reads the reason. */
export const ZOutcomeReturn = z.object({ reason: z.string().trim().min(2).max(OUTCOME_LIMITS.reason) });

const reviewFields = {
  state: ZOutcomeState,
  returnReason: z.string().nullable(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
};

export const ZLabourReport = z.object({
  id: ZId,
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  month: z.string(),
  labourers: z.number().int(),
  households: z.number().int(),
  note: z.string(),
  ...reviewFields,
});
export type TLabourReport = z.infer<typeof ZLabourReport>;

export const ZLabourReportDetail = ZLabourReport.extend({
  lines: z.array(
    z.object({
      householdId: z.number().int(),
      headName: z.string(),
      address: z.string(),
      labourers: z.number(),
    }),
  ),
});
export type TLabourReportDetail = z.infer<typeof ZLabourReportDetail>;

/** GET /api/outcomes/reports: in scope, by month, township or village, and state. */
export const ZLabourReportQuery = z.object({
  month: ZMonth.optional(),
  division: ZDivisionCode.optional(),
  state: ZOutcomeState.optional(),
});
export type TLabourReportQuery = z.infer<typeof ZLabourReportQuery>;
export const ZLabourReportList = z.object({ items: z.array(ZLabourReport), total: z.number().int() });
export type TLabourReportList = z.infer<typeof ZLabourReportList>;

/** POST /api/outcomes/designations: a village's demonstration designation with its document. */
export const ZCreateDesignation = z.object({
  villageCode: ZVillageCode,
  kind: ZDesignationKind,
  level: ZDesignationLevel,
  title: z.string().trim().min(2).max(OUTCOME_LIMITS.title),
  issuer: z.string().trim().min(2).max(OUTCOME_LIMITS.issuer),
  documentNo: z.string().trim().min(2).max(OUTCOME_LIMITS.documentNo),
  designatedOn: ZDate,
  /** A scan or photo of the document, uploaded first (POST /api/outcomes/designations/document). */
  fileId: ZId.nullable().default(null),
});
export type TCreateDesignation = z.input<typeof ZCreateDesignation>;

/** PUT /api/outcomes/designations/:id: corrected and sent again (fileId null keeps the document sent before). */
export const ZCorrectDesignation = ZCreateDesignation.omit({ villageCode: true });
export type TCorrectDesignation = z.input<typeof ZCorrectDesignation>;

export const ZDesignation = z.object({
  id: ZId,
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  kind: ZDesignationKind,
  level: ZDesignationLevel,
  title: z.string(),
  issuer: z.string(),
  documentNo: z.string(),
  designatedOn: z.string(),
  hasFile: z.boolean(),
  ...reviewFields,
});
export type TDesignation = z.infer<typeof ZDesignation>;

export const ZDesignationQuery = z.object({
  division: ZDivisionCode.optional(),
  kind: ZDesignationKind.optional(),
  state: ZOutcomeState.optional(),
});
export type TDesignationQuery = z.infer<typeof ZDesignationQuery>;
export const ZDesignationList = z.object({ items: z.array(ZDesignation), total: z.number().int() });
export type TDesignationList = z.infer<typeof ZDesignationList>;

const ZFigureCounts = z.object({
  industryProjects: z.number().int(),
  labourers: z.number().int(),
  ruralTourism: z.number().int(),
  greatWall: z.number().int(),
  otherDesignations: z.number().int(),
});
export type TFigureCounts = z.infer<typeof ZFigureCounts>;

/** One township's or village's figures; a village's labour figure names the month it came from. */
export const ZFigureRow = ZFigureCounts.extend({
  code: z.string(),
  name: z.string(),
  townshipCode: z.string(),
  labourMonth: z.string().nullable(),
});
export type TFigureRow = z.infer<typeof ZFigureRow>;

/** GET /api/outcomes/figures?asOf: the four figures in scope as of a date, by township and village. */
export const ZOutcomeFigures = z.object({
  asOf: z.string(),
  totals: ZFigureCounts,
  /** Counted projects (the same rule as the industry figure) of every kind. */
  projectsByKind: z.record(ZProjectKind, z.number().int()),
  /** The months the villages' labour figures came from (each village's latest approved month). */
  labourMonths: z.array(z.string()),
  townships: z.array(ZFigureRow),
  villages: z.array(ZFigureRow),
});
export type TOutcomeFigures = z.infer<typeof ZOutcomeFigures>;

export const ZOutcomeFiguresQuery = z.object({ asOf: ZDate.optional() });
