import type { ZCreateCadreRequest } from '@zhucun/core';
import { addDays, inScope, plannedEndOf, type TPostingInput, type TScope } from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { AppError, type TErrorDetail } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findDivisions } from '../divisions/divisions.repository.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import { findUnits } from '../units/units.repository.ts';
import { readLedger } from './cadres.excel.ts';
import { maskedRowIds, unmaskRows } from './cadres.excel-masked.ts';
import { parseRow, type TLookups } from './cadres.excel-rows.ts';
import {
  analyzeRegistry,
  findActivePostings,
  findPersonsByIdNumbers,
  findPersonsByIds,
  insertPersons,
  insertPostings,
  type TPersonRow,
  type TPostingRow,
  updatePerson,
  updatePosting,
} from './cadres.repository.ts';

type TRequest = z.output<typeof ZCreateCadreRequest>;
type TParsed = { row: number; request: TRequest };
export const MAX_IMPORT_ROWS = 20_000;

/** The county a county-level importer registers people without a posting under. */
const countyCodeOf = (scope: TScope) =>
  scope.all ? null : (scope.codes.find((c) => c.length === 6) ?? null);

function samePosting(a: TPostingRow, b: TPostingInput & { plannedEndDate: string }) {
  return (
    a.villageCode === b.villageCode &&
    a.category === b.category &&
    a.postTitle === b.postTitle &&
    (a.unitId ?? null) === (b.unitId ?? null) &&
    a.startDate === b.startDate &&
    a.plannedEndDate === b.plannedEndDate
  );
}

function changedFacts(row: TPersonRow, person: TRequest['person']) {
  return Object.fromEntries(
    Object.entries(person).filter(([k, v]) => (row as Record<string, unknown>)[k] !== v),
  ) as Partial<TRequest['person']>;
}

/** Lookups limited to what the importer may touch: villages in scope by township and village name; all units. */
async function lookupsFor(db: TDb, scope: TScope): Promise<TLookups> {
  const divisions = await findDivisions(db, scope.all ? { all: true } : { all: false, codes: scope.codes });
  const names = new Map(divisions.map((d) => [d.code, d.name]));
  const villages = new Map<string, Map<string, string>>();
  for (const d of divisions) {
    if (d.level !== 'village' || !d.parentCode) continue;
    const township = names.get(d.parentCode) ?? '';
    if (!villages.has(township)) villages.set(township, new Map());
    villages.get(township)!.set(d.name, d.code);
  }
  const { items } = await findUnits(db, { page: 1, pageSize: 100_000 });
  return { villages, units: new Map(items.map((u) => [u.name, u.id])) };
}

/**
 * Imports a ledger: every row is checked first, and any problem (row + column + reason)
 * imports nothing. Keyed by ID number, so importing the same file twice changes nothing; an
 * exported ledger, masked, goes back in as it is (masked cells keep the stored values).
 */
export function createCadresImportService(deps: { db: TDb; rules: Pick<TRulesService, 'get'> }) {
  const { db } = deps;
  return {
    async importLedger(scope: TScope, buffer: Buffer, ctx: TActorContext) {
      const rows = await readLedger(buffer, MAX_IMPORT_ROWS);
      const lookups = await lookupsFor(db, scope);
      // an edited masked export: masked cells keep the stored values
      const masked = await findPersonsByIds(db, maskedRowIds(rows));
      const errors: TErrorDetail[] = unmaskRows(rows, new Map(masked.map((p) => [p.id, p])), scope);
      const stillMasked = new Set(errors.map((e) => e.row));
      const parsed: TParsed[] = [];
      const firstRowOf = new Map<string, number>();
      for (const { row, cells } of rows) {
        if (stillMasked.has(row)) continue; // its masked cell is the problem, said once
        const result = parseRow(row, cells, lookups);
        if ('errors' in result) {
          errors.push(...(result.errors ?? []));
          continue;
        }
        const id = result.request.person.idNumber;
        const other = firstRowOf.get(id);
        if (other)
          errors.push({ row, field: 'idNumber', key: 'import_duplicate_in_file', params: { other } });
        else firstRowOf.set(id, row);
        parsed.push({ row, request: result.request });
      }
      const existing = new Map(
        (
          await findPersonsByIdNumbers(
            db,
            parsed.map((p) => p.request.person.idNumber),
          )
        ).map((p) => [p.idNumber, p]),
      );
      for (const p of parsed) {
        const found = existing.get(p.request.person.idNumber);
        if (found && !inScope(scope, found.filedUnder))
          errors.push({ row: p.row, field: 'idNumber', key: 'import_out_of_scope' });
        if (!found && !p.request.posting && !countyCodeOf(scope))
          errors.push({ row: p.row, field: 'village', key: 'required' });
      }
      if (errors.length) throw new AppError('validation', 'validation_failed', {}, errors.slice(0, 500));
      return this.apply(parsed, existing, scope, ctx);
    },

    async apply(parsed: TParsed[], existing: Map<string, TPersonRow>, scope: TScope, ctx: TActorContext) {
      const countyCode = countyCodeOf(scope);
      // the default term of the year each posting starts in
      const years = parsed.flatMap((p) =>
        p.request.posting ? [Number(p.request.posting.startDate.slice(0, 4))] : [],
      );
      const termOf = new Map(
        await Promise.all(
          [...new Set(years)].map(async (y) => [y, (await deps.rules.get(y)).termYears] as const),
        ),
      );
      const termYears = (startDate: string) => termOf.get(Number(startDate.slice(0, 4)))!;
      const active = new Map(
        (
          await findActivePostings(
            db,
            [...existing.values()].map((p) => p.id),
          )
        ).map((p) => [p.personId, p]),
      );
      const counts = { created: 0, updated: 0, unchanged: 0 };
      await db.transaction(async (tx) => {
        const fresh = parsed.filter((p) => !existing.has(p.request.person.idNumber));
        const ids = await insertPersons(
          tx,
          fresh.map(({ request: r }) => ({
            ...r.person,
            filedUnder: r.posting?.villageCode ?? countyCode ?? '',
          })),
        );
        await insertPostings(
          tx,
          fresh.flatMap(({ request: r }) =>
            r.posting
              ? [
                  {
                    ...r.posting,
                    plannedEndDate:
                      r.posting.plannedEndDate ??
                      plannedEndOf(r.posting.startDate, termYears(r.posting.startDate)),
                    personId: ids.get(r.person.idNumber)!,
                  },
                ]
              : [],
          ),
        );
        counts.created = fresh.length;
        for (const { request: r } of parsed) {
          const person = existing.get(r.person.idNumber);
          if (!person) continue;
          let changed = false;
          const facts = changedFacts(person, r.person);
          if (Object.keys(facts).length) {
            await updatePerson(tx, person.id, facts);
            changed = true;
          }
          const current = active.get(person.id);
          if (r.posting) {
            const next = {
              ...r.posting,
              plannedEndDate:
                r.posting.plannedEndDate ?? plannedEndOf(r.posting.startDate, termYears(r.posting.startDate)),
            };
            if (current && samePosting(current, next)) {
              // unchanged
            } else if (current && current.startDate === next.startDate) {
              await updatePosting(tx, current.id, next);
              changed = true;
            } else {
              if (current)
                await updatePosting(tx, current.id, {
                  actualEndDate: addDays(next.startDate, -1),
                  endReason: 'adjusted',
                });
              await insertPostings(tx, [{ ...next, personId: person.id }]);
              changed = true;
            }
            if (changed) await updatePerson(tx, person.id, { filedUnder: next.villageCode });
          }
          counts[changed ? 'updated' : 'unchanged']++;
        }
        await recordAudit(tx, ctx, {
          action: 'cadre.import',
          objectType: 'cadre',
          details: { rows: parsed.length, ...counts },
        });
      });
      await analyzeRegistry(db);
      return counts;
    },
  };
}
export type TCadresImportService = ReturnType<typeof createCadresImportService>;
