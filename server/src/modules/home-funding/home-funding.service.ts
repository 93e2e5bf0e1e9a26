import {
  correctionFor,
  localDate,
  type TFundingCorrect,
  type TFundingCreate,
  type TFundingEntryView,
  type TFundingLedger,
  type TFundingSource,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import type { TDocumentService } from '../files/documents.ts';
import { findHomeInScope } from '../homes/home-access.ts';
import { createFundingReports } from './home-funding.reports.ts';
import {
  findHomeEntries,
  findHomeEntry,
  findVoucherFile,
  HOME_VOUCHER,
  insertFundingEntry,
  isFreeVoucher,
  lockEntry,
  sumCorrections,
} from './home-funding.repository.ts';
import { effectiveAmounts, toEntryView, totalsOf } from './home-funding.view.ts';

export type THomeFundingDeps = { db: TDb; now: () => Date; documents: TDocumentService };

/** 统一资金: the ledger of a home's money in and out, by source; entries are never changed, only corrected. */
export function createHomeFundingService(deps: THomeFundingDeps) {
  const { db } = deps;

  /** A date of the entry: not after today in Shanghai. */
  function checkDate(date: string | undefined): string {
    const today = localDate(deps.now());
    if (date === undefined) return today;
    if (date > today) throw invalidField('date', 'funding_date_future', { date });
    return date;
  }

  async function checkVoucher(exec: TDb, userId: number, fileId: number | undefined) {
    if (fileId !== undefined && !(await isFreeVoucher(exec, userId, fileId)))
      throw invalidField('voucherFileId', 'file_unknown');
  }

  async function viewOf(exec: TDb, homeId: number, id: number, effectiveFen: number | null) {
    return toEntryView((await findHomeEntry(exec, homeId, id))!, effectiveFen);
  }

  return {
    /** A voucher (PDF or a photo of the paper), uploaded before the entry that names it. */
    async uploadVoucher(userId: number, bytes: Buffer): Promise<{ id: number }> {
      const { id } = await deps.documents.upload(userId, bytes, HOME_VOUCHER, 'voucherFileId');
      return { id };
    },

    async ledger(scope: TScope, homeId: number): Promise<TFundingLedger> {
      const home = await findHomeInScope(db, scope, homeId);
      const rows = await findHomeEntries(db, home.id);
      const effective = effectiveAmounts(rows.map((r) => r.entry));
      return {
        entries: rows.map((r) => toEntryView(r, effective.get(r.entry.id) ?? null)),
        totals: totalsOf(rows.map((r) => r.entry)),
      };
    },

    /** Money in or out, stored signed (out < 0); audited. */
    async create(
      scope: TScope,
      homeId: number,
      input: TFundingCreate,
      userId: number,
      ctx: TActorContext,
    ): Promise<TFundingEntryView> {
      const home = await findHomeInScope(db, scope, homeId);
      const entryDate = checkDate(input.date);
      const amountFen = input.direction === 'out' ? 0 - input.amountFen : input.amountFen;
      return db.transaction(async (tx) => {
        await checkVoucher(tx, userId, input.voucherFileId);
        const row = await insertFundingEntry(tx, {
          homeId: home.id,
          source: input.source,
          direction: input.direction,
          amountFen,
          entryDate,
          purpose: input.purpose,
          voucherFileId: input.voucherFileId ?? null,
          createdBy: userId,
        });
        await recordAudit(tx, ctx, {
          action: 'home_funding.create',
          objectType: 'home_funding_entry',
          objectId: row.id,
          details: { homeId: home.id, source: input.source, amountFen, date: entryDate },
        });
        return viewOf(tx, home.id, row.id, amountFen);
      });
    },

    /**
     * A correction: a new entry holding the difference between what the entry should say and what
     * it says now (with earlier corrections); the original row is never updated. Audited.
     */
    async correct(
      scope: TScope,
      homeId: number,
      entryId: number,
      input: TFundingCorrect,
      userId: number,
      ctx: TActorContext,
    ): Promise<TFundingEntryView> {
      const home = await findHomeInScope(db, scope, homeId);
      return db.transaction(async (tx) => {
        await lockEntry(tx, entryId);
        const found = await findHomeEntry(tx, home.id, entryId);
        if (!found) throw notFound();
        const original = found.entry;
        if (original.correctsId !== null) throw invalidField('entryId', 'funding_correct_correction');
        const current = original.amountFen + (await sumCorrections(tx, original.id));
        const intended = original.direction === 'out' ? 0 - input.amountFen : input.amountFen;
        if (intended === current) throw invalidField('amountFen', 'funding_correct_no_change');
        const entryDate = checkDate(input.date);
        await checkVoucher(tx, userId, input.voucherFileId);
        const c = correctionFor(
          {
            id: original.id,
            source: original.source as TFundingSource,
            amountFen: current,
            correctsId: null,
          },
          intended,
        );
        const row = await insertFundingEntry(tx, {
          homeId: home.id,
          source: c.source,
          direction: original.direction,
          amountFen: c.amountFen,
          entryDate,
          purpose: original.purpose,
          voucherFileId: input.voucherFileId ?? null,
          correctsId: c.correctsId,
          reason: input.reason,
          createdBy: userId,
        });
        await recordAudit(tx, ctx, {
          action: 'home_funding.correct',
          objectType: 'home_funding_entry',
          objectId: original.id,
          details: {
            homeId: home.id,
            correctionId: row.id,
            originalFen: original.amountFen,
            previousFen: current,
            newFen: intended,
            differenceFen: c.amountFen,
            reason: input.reason,
          },
        });
        return viewOf(tx, home.id, row.id, null);
      });
    },

    /** The voucher of an entry of a home in scope (404 when there is none). */
    async voucher(scope: TScope, homeId: number, entryId: number) {
      const home = await findHomeInScope(db, scope, homeId);
      return deps.documents.read(await findVoucherFile(db, home.id, entryId));
    },

    ...createFundingReports(deps),
  };
}
export type THomeFundingService = ReturnType<typeof createHomeFundingService>;
