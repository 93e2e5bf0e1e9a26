import {
  buildDivisionTree,
  flattenDivisionFile,
  inScope,
  type TDivisionFile,
  type TMapPoint,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findDivision, findDivisions, updatePoint, upsertDivisions } from './divisions.repository.ts';

export function createDivisionsService(deps: { db: TDb }) {
  const { db } = deps;
  return {
    /** The division tree with village and community counts, cut to the caller's scope. */
    async tree(scope: TScope) {
      return buildDivisionTree(await findDivisions(db, scope));
    },

    /** One division with its subtree; outside the scope it does not exist (404). */
    async get(scope: TScope, code: string) {
      if (!inScope(scope, code)) throw notFound();
      const tree = buildDivisionTree(await findDivisions(db, { all: false, codes: [code] }));
      const node = tree.roots.find((r) => r.code === code);
      if (!node) throw notFound();
      return node;
    },

    /** Sets or clears a village's optional map point. */
    async setPoint(scope: TScope, code: string, point: TMapPoint | null, ctx: TActorContext) {
      if (!inScope(scope, code) || !(await findDivision(db, code))) throw notFound();
      await db.transaction(async (tx) => {
        await updatePoint(tx, code, point);
        await recordAudit(tx, ctx, {
          action: 'division.set_point',
          objectType: 'division',
          objectId: code,
          details: { point },
        });
      });
      return this.get(scope, code);
    },

    /** Imports (or re-imports, idempotently) a county's divisions from a division file. */
    async importFile(file: TDivisionFile, ctx: TActorContext) {
      const { divisions, errors } = flattenDivisionFile(file);
      if (errors.length) throw new Error(`division file is inconsistent:\n${errors.join('\n')}`);
      await db.transaction(async (tx) => {
        await upsertDivisions(tx, divisions);
        await recordAudit(tx, ctx, {
          action: 'division.import',
          objectType: 'division',
          objectId: file.county.code,
          details: { count: divisions.length, source: file.source ?? null },
        });
      });
      return { county: file.county, count: divisions.length };
    },
  };
}
export type TDivisionsService = ReturnType<typeof createDivisionsService>;
