import { inScope, type TScope } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { findHomeRow, type THomeRow } from './homes.repository.ts';

export type { THomeRow };

/** A home whose village lies in the caller's scope; anything else is not found (404), as if it did not exist. */
export async function findHomeInScope(exec: TDb, scope: TScope, id: number): Promise<THomeRow> {
  const row = await findHomeRow(exec, id);
  if (!row || !inScope(scope, row.villageCode)) throw notFound();
  return row;
}
