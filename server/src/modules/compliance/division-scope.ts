import { inScope, type TScope } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { findDivisionRow, findFirstCountyCode } from './compliance.repository.ts';

export type TScopedDivision = { code: string; name: string; level: string };

/**
 * The division a report covers: the one asked for when it exists and lies in the caller's scope
 * (else not found), or by default the caller's own (the county for county-wide accounts).
 */
export async function divisionOf(db: TDb, scope: TScope, code?: string): Promise<TScopedDivision> {
  const wanted = code ?? (scope.all ? await findFirstCountyCode(db) : scope.codes[0]);
  if (!wanted || !inScope(scope, wanted)) throw notFound();
  const row = await findDivisionRow(db, wanted);
  if (!row) throw notFound();
  return row;
}
