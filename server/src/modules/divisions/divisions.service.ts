import {
  buildDivisionTree,
  flattenDivisionFile,
  inScope,
  type TDivisionFile,
  type TDivisionTree,
  type TMapPoint,
  type TPointsImportResult,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { pointsWorkbook, readPointRows } from './division-points.ts';
import { findDivision, findDivisions, updatePoint, upsertDivisions } from './divisions.repository.ts';

const countyOf = (code: string) => code.slice(0, 6);

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

    /** The 村庄坐标 workbook of the villages in scope, with their points as stored, to fill in. */
    pointsTemplate(scope: TScope): Promise<Buffer> {
      return pointsWorkbook(db, scope);
    },

    /**
     * Sets the villages' points from a 村庄坐标 workbook (pointsWorkbook): every row checked first, and
     * nothing changes unless all pass; then one transaction with one audit row.
     */
    async importPoints(scope: TScope, buffer: Buffer, ctx: TActorContext): Promise<TPointsImportResult> {
      const { points, errors } = await readPointRows(db, scope, buffer);
      if (errors.length) throw new AppError('validation', 'validation_failed', {}, errors.slice(0, 500));
      await db.transaction(async (tx) => {
        for (const p of points) await updatePoint(tx, p.code, p.point);
        await recordAudit(tx, ctx, {
          action: 'division.import_points',
          objectType: 'division',
          objectId: countyOf(points[0]!.code),
          details: {
            set: points.filter((p) => p.point).length,
            cleared: points.filter((p) => !p.point).length,
          },
        });
      });
      trees.clear();
      return { set: points.filter((p) => p.point).length, cleared: points.filter((p) => !p.point).length };
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
