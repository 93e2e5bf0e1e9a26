import { inScope, type THouseholdCreate, type THouseholdListQuery, type TScope } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findHouseholds, findVillage, insertHouseholds } from './households.repository.ts';
import { householdView } from './households.view.ts';

/** Households (农户): registered once, found again by the head's name, attached to visits and requests. */
export function createHouseholdsService(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;
  return {
    async create(scope: TScope, req: THouseholdCreate, userId: number, ctx: TActorContext) {
      const village = await findVillage(db, req.villageCode);
      if (!village || !inScope(scope, village.code)) throw notFound();
      const row = await db.transaction(async (tx) => {
        const [h] = await insertHouseholds(tx, [
          {
            villageCode: village.code,
            headName: req.headName,
            address: req.address ?? '',
            phone: req.phone ?? null,
            note: req.note ?? null,
            createdBy: userId,
            createdAt: deps.now(),
          },
        ]);
        await recordAudit(tx, ctx, { action: 'household.create', objectType: 'household', objectId: h!.id });
        return h!;
      });
      return householdView({ household: row, villageName: village.name });
    },

    async list(scope: TScope, q: THouseholdListQuery) {
      const { items, total } = await findHouseholds(
        db,
        scope,
        { village: q.village, q: q.q },
        { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
      );
      return { items: items.map(householdView), total };
    },
  };
}
export type THouseholdsService = ReturnType<typeof createHouseholdsService>;
