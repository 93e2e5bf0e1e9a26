import { maskPhone, type THouseholdView } from '@zhucun/core';
import type { THouseholdWithVillage } from './households.repository.ts';

/** A household as staff read it in any list: the phone always masked (the registry's rule for lists). */
export function householdView({ household: h, villageName }: THouseholdWithVillage): THouseholdView {
  return {
    id: h.id,
    villageCode: h.villageCode,
    villageName,
    headName: h.headName,
    address: h.address,
    phone: h.phone ? maskPhone(h.phone) : null,
    note: h.note,
    createdAt: h.createdAt.toISOString(),
  };
}
