import {
  buildDivisionTree,
  flattenDivisionFile,
  inScope,
  type TDivisionFile,
  type TDivisionTree,
  type TMapPoint,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findDivision, findDivisions, updatePoint, upsertDivisions } from './divisions.repository.ts';

/** Divisions are reference data: a tree is kept per scope for a minute, and dropped on any local write. */
const TREE_CACHE_MS = 60_000;
const TREE_CACHE_MAX = 500;

export function createDivisionsService(deps: { db: TDb }) {
  const { db } = deps;
  const trees = new Map<string, { at: number; tree: TDivisionTree }>();

  return {
    /** The division tree with village and community counts, cut to the caller's scope. */
    async tree(scope: TScope): Promise<TDivisionTree> {
      const key = scope.all ? '*' : [...scope.codes].sort().join(',');
      const hit = trees.get(key);
      if (hit && Date.now() - hit.at < TREE_CACHE_MS) return hit.tree;
      const tree = buildDivisionTree(await findDivisions(db, scope));
      if (trees.size >= TREE_CACHE_MAX) trees.delete(trees.keys().next().value!);
      trees.set(key, { at: Date.now(), tree });
      return tree;
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
      trees.clear();
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
      trees.clear();
      return { county: file.county, count: divisions.length };
    },
  };
}
export type TDivisionsService = ReturnType<typeof createDivisionsService>;
