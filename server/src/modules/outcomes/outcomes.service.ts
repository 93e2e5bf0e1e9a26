import {
  localDate,
  monthOf,
  outcomeActionAllowed,
  type TDesignation,
  type TDesignationList,
  type TDesignationQuery,
  type TLabourReport,
  type TLabourReportDetail,
  type TLabourReportList,
  type TLabourReportQuery,
  type TOutcomeAction,
  type TOutcomeFigures,
  type TOutcomeState,
  type TScope,
  type ZCorrectDesignation,
  type ZCorrectLabourReport,
  type ZCreateDesignation,
  type ZCreateLabourReport,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { unknownDutyPhotos } from '../duty/duty-photo.repository.ts';
import { findOutcomeFigures } from './outcome-figures.ts';
import {
  decide,
  findDesignationFileKey,
  findDesignations,
  findLabourLines,
  findLabourReports,
  findVillageInScope,
  householdsNotOf,
  insertDesignation,
  insertLabourReport,
  replaceLabourLines,
  resubmitDesignation,
  resubmitLabourReport,
  type TDesignationRow,
  type TLabourReportRow,
} from './outcomes.repository.ts';

export { findOutcomeFigures };

/** The purpose of a scan or photo kept as a designation's document. */
export const DESIGNATION_DOCUMENT = 'designation_document';

type TActor = TActorContext & { userId: number };
type TDeps = { db: TDb; now: () => Date };

const review = (r: TLabourReportRow | TDesignationRow) => ({
  state: r.state,
  returnReason: r.return_reason,
  submittedByName: r.submitted_by_name,
  submittedAt: r.submitted_at,
  reviewedByName: r.reviewed_by_name,
  reviewedAt: r.reviewed_at,
  villageCode: r.village_code,
  villageName: r.village_name,
  townshipName: r.township_name,
});

const reportView = (r: TLabourReportRow): TLabourReport => ({
  id: r.id,
  month: r.month,
  labourers: r.labourers,
  households: r.households,
  note: r.note,
  ...review(r),
});

const designationView = (r: TDesignationRow): TDesignation => ({
  id: r.id,
  kind: r.kind,
  level: r.level,
  title: r.title,
  issuer: r.issuer,
  documentNo: r.document_no,
  designatedOn: r.designated_on,
  hasFile: r.file_id !== null,
  ...review(r),
});

function refuse(
  object: 'labour_report' | 'designation',
  state: TOutcomeState | null,
  action: TOutcomeAction,
) {
  if (!outcomeActionAllowed(action, state))
    throw new AppError('conflict', 'outcome_not_allowed', {
      outcomeObject: object,
      outcomeState: state ?? 'submitted',
      outcomeAction: action,
    });
}

/** A month's lines: each household once, all of the village. */
async function checkLines(db: TDb, villageCode: string, lines: { householdId: number }[]) {
  const ids = lines.map((l) => l.householdId);
  if (new Set(ids).size !== ids.length) throw invalidField('lines', 'outcome_household_twice');
  const unknown = await householdsNotOf(db, villageCode, ids);
  if (unknown.length) throw invalidField('lines', 'outcome_household_unknown', { ids: unknown.join('、') });
}

/**
 * 帮扶成效 (docs/rules.md §4.16): villages' months of transfer employment and their demonstration
 * designations, entered by the village's cadres or the township, reviewed by the county; every change
 * and its audit row in one transaction.
 */
export function createOutcomesService({ db, now }: TDeps) {
  const today = () => localDate(now());
  const getReport = async (scope: TScope, id: number) => {
    const [row] = await findLabourReports(db, scope, { id });
    if (!row) throw notFound();
    return row;
  };
  const getDesignation = async (scope: TScope, id: number) => {
    const [row] = await findDesignations(db, scope, { id });
    if (!row) throw notFound();
    return row;
  };
  const checkDesignation = async (
    input: { designatedOn: string; fileId: number | null },
    actor: TActor,
    keep?: number | null,
  ) => {
    if (input.designatedOn > today())
      throw invalidField('designatedOn', 'outcome_date_future', { date: input.designatedOn });
    if (input.fileId !== null && input.fileId !== keep) {
      const unknown = await unknownDutyPhotos(db, actor.userId, [input.fileId], DESIGNATION_DOCUMENT);
      if (unknown.length) throw invalidField('fileId', 'photo_unknown', { ids: unknown.join('、') });
    }
  };

  return {
    /** The figures in scope as of a date (default today). */
    figures(scope: TScope, asOf?: string): Promise<TOutcomeFigures> {
      return findOutcomeFigures(db, { scope, asOf: asOf ?? today() });
    },

    async listReports(scope: TScope, q: TLabourReportQuery): Promise<TLabourReportList> {
      const rows = await findLabourReports(db, scope, q);
      return { items: rows.map(reportView), total: rows.length };
    },

    async getReport(scope: TScope, id: number): Promise<TLabourReportDetail> {
      const row = await getReport(scope, id);
      return { ...reportView(row), lines: await findLabourLines(db, id) };
    },

    /** Sends a village's month (a month that has begun; once per village and month). */
    async createReport(scope: TScope, input: z.output<typeof ZCreateLabourReport>, actor: TActor) {
      if (!(await findVillageInScope(db, scope, input.villageCode))) throw notFound();
      if (input.month > monthOf(today()))
        throw invalidField('month', 'outcome_month_future', { month: input.month });
      const [existing] = await findLabourReports(
        db,
        { all: true },
        { villageCode: input.villageCode, month: input.month },
      );
      if (existing)
        throw new AppError('conflict', 'validation_failed', {}, [
          {
            field: 'month',
            key: 'outcome_month_exists',
            params: { month: input.month, outcomeState: existing.state },
          },
        ]);
      await checkLines(db, input.villageCode, input.lines);
      const id = await db.transaction(async (tx) => {
        const newId = await insertLabourReport(tx, { ...input, submittedBy: actor.userId });
        await replaceLabourLines(tx, newId, input.lines);
        await recordAudit(tx, actor, {
          action: 'outcome.report_submit',
          objectType: 'labour_report',
          objectId: String(newId),
          details: { ...input, labourers: input.lines.reduce((s, l) => s + l.labourers, 0) },
        });
        return newId;
      });
      return this.getReport(scope, id);
    },

    /** Corrects a returned (or still waiting) month and sends it again. */
    async correctReport(
      scope: TScope,
      id: number,
      input: z.output<typeof ZCorrectLabourReport>,
      actor: TActor,
    ) {
      const row = await getReport(scope, id);
      refuse('labour_report', row.state, 'correct');
      await checkLines(db, row.village_code, input.lines);
      await db.transaction(async (tx) => {
        await replaceLabourLines(tx, id, input.lines);
        await resubmitLabourReport(tx, id, input.note, actor.userId);
        await recordAudit(tx, actor, {
          action: 'outcome.report_correct',
          objectType: 'labour_report',
          objectId: String(id),
          details: {
            before: row.labourers,
            ...input,
            labourers: input.lines.reduce((s, l) => s + l.labourers, 0),
          },
        });
      });
      return this.getReport(scope, id);
    },

    /** The county approves a waiting month, or returns it with a reason the enterer reads. */
    async decideReport(scope: TScope, id: number, reason: string | null, actor: TActor) {
      const row = await getReport(scope, id);
      const action = reason === null ? 'approve' : 'return';
      refuse('labour_report', row.state, action);
      await db.transaction(async (tx) => {
        await decide(tx, 'labour_reports', id, {
          state: reason === null ? 'approved' : 'returned',
          reason,
          userId: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: reason === null ? 'outcome.report_approve' : 'outcome.report_return',
          objectType: 'labour_report',
          objectId: String(id),
          details: { villageCode: row.village_code, month: row.month, labourers: row.labourers, reason },
        });
      });
      return this.getReport(scope, id);
    },

    async listDesignations(scope: TScope, q: TDesignationQuery): Promise<TDesignationList> {
      const rows = await findDesignations(db, scope, q);
      return { items: rows.map(designationView), total: rows.length };
    },

    async createDesignation(scope: TScope, input: z.output<typeof ZCreateDesignation>, actor: TActor) {
      if (!(await findVillageInScope(db, scope, input.villageCode))) throw notFound();
      await checkDesignation(input, actor);
      const id = await db.transaction(async (tx) => {
        const newId = await insertDesignation(tx, {
          ...input,
          state: 'submitted',
          submittedBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'outcome.designation_submit',
          objectType: 'designation',
          objectId: String(newId),
          details: { ...input },
        });
        return newId;
      });
      return designationView(await getDesignation(scope, id));
    },

    async correctDesignation(
      scope: TScope,
      id: number,
      input: z.output<typeof ZCorrectDesignation>,
      actor: TActor,
    ) {
      const row = await getDesignation(scope, id);
      refuse('designation', row.state, 'correct');
      await checkDesignation(input, actor, row.file_id);
      await db.transaction(async (tx) => {
        // no new document keeps the one sent before
        await resubmitDesignation(tx, id, {
          ...input,
          fileId: input.fileId ?? row.file_id,
          submittedBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'outcome.designation_correct',
          objectType: 'designation',
          objectId: String(id),
          details: { before: designationView(row), ...input },
        });
      });
      return designationView(await getDesignation(scope, id));
    },

    async decideDesignation(scope: TScope, id: number, reason: string | null, actor: TActor) {
      const row = await getDesignation(scope, id);
      refuse('designation', row.state, reason === null ? 'approve' : 'return');
      await db.transaction(async (tx) => {
        await decide(tx, 'village_designations', id, {
          state: reason === null ? 'approved' : 'returned',
          reason,
          userId: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: reason === null ? 'outcome.designation_approve' : 'outcome.designation_return',
          objectType: 'designation',
          objectId: String(id),
          details: { villageCode: row.village_code, kind: row.kind, level: row.level, reason },
        });
      });
      return designationView(await getDesignation(scope, id));
    },

    /** Where a designation's document is kept, when it is in the scope. */
    documentKey(scope: TScope, id: number) {
      return findDesignationFileKey(db, scope, id);
    },
  };
}
export type TOutcomesService = ReturnType<typeof createOutcomesService>;
