import {
  type TCreateUnitRequest,
  type TUnit,
  ZCreateUnitRequest,
  type ZUpdateUnitRequest,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  findUnit,
  findUnitByName,
  findUnits,
  insertUnit,
  type TUnitRow,
  updateUnit,
} from './units.repository.ts';

const toUnit = (r: TUnitRow): TUnit => ({
  id: r.id,
  name: r.name,
  kind: r.kind as TUnit['kind'],
  level: r.level as TUnit['level'],
  contactName: r.contactName,
  contactPhone: r.contactPhone,
});

/** Dispatching units (派出单位): county-wide reference data, not cut by division scope. */
export function createUnitsService(deps: { db: TDb }) {
  const { db } = deps;

  async function assertNameFree(name: string, exceptId?: number) {
    const other = await findUnitByName(db, name);
    if (other && other.id !== exceptId)
      throw new AppError('conflict', 'validation_failed', {}, [
        { field: 'name', key: 'unit_name_taken', params: { value: name } },
      ]);
  }

  return {
    async find(q: Parameters<typeof findUnits>[1]) {
      const { items, total } = await findUnits(db, q);
      return { items: items.map(toUnit), total };
    },

    async get(id: number) {
      const row = await findUnit(db, id);
      if (!row) throw notFound();
      return toUnit(row);
    },

    async create(input: TCreateUnitRequest, ctx: TActorContext) {
      const req = ZCreateUnitRequest.parse(input);
      await assertNameFree(req.name);
      const row = await db.transaction(async (tx) => {
        const unit = await insertUnit(tx, req);
        await recordAudit(tx, ctx, {
          action: 'unit.create',
          objectType: 'unit',
          objectId: unit.id,
          details: { name: unit.name },
        });
        return unit;
      });
      return toUnit(row);
    },

    async update(id: number, patch: z.infer<typeof ZUpdateUnitRequest>, ctx: TActorContext) {
      if (!(await findUnit(db, id))) throw notFound();
      if (patch.name) await assertNameFree(patch.name, id);
      if (Object.keys(patch).length === 0) return this.get(id);
      const row = await db.transaction(async (tx) => {
        const unit = await updateUnit(tx, id, patch);
        await recordAudit(tx, ctx, {
          action: 'unit.update',
          objectType: 'unit',
          objectId: id,
          details: { fields: Object.keys(patch) },
        });
        return unit;
      });
      return toUnit(row);
    },
  };
}
export type TUnitsService = ReturnType<typeof createUnitsService>;
