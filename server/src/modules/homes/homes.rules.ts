import type { ZHomeUpdate } from '@zhucun/core';
import type { z } from 'zod';
import type { TErrorDetail } from '../../errors.ts';

export type THomeFactsInput = z.infer<typeof ZHomeUpdate>;

const repeats = (values: readonly (string | number)[]) => new Set(values).size !== values.length;

/**
 * What is wrong with a home's facts beyond their shape: only a farmhouse has a rent contract (and it
 * must), its term ends after it starts, and no facility, room or room name is listed twice.
 */
export function checkHomeFacts(input: THomeFactsInput): TErrorDetail[] {
  const details: TErrorDetail[] = [];
  const c = input.contract;
  if (input.kind === 'farmhouse' && !c) details.push({ field: 'contract', key: 'home_contract_required' });
  if (input.kind === 'apartment' && c) details.push({ field: 'contract', key: 'home_contract_apartment' });
  if (c && c.endDate < c.startDate)
    details.push({ field: 'contract.endDate', key: 'end_before_start', params: { start: c.startDate } });
  if (repeats(input.facilities)) details.push({ field: 'facilities', key: 'items_repeated' });
  const ids = input.rooms.flatMap((r) => (r.id === undefined ? [] : [r.id]));
  if (repeats(ids) || repeats(input.rooms.map((r) => r.label)))
    details.push({ field: 'rooms', key: 'items_repeated' });
  return details;
}

/** The columns of a home's facts: the contract's fields are cleared when there is none. */
export function homeColumns(input: THomeFactsInput) {
  const c = input.contract;
  return {
    kind: input.kind,
    title: input.title,
    address: input.address,
    hasKitchen: input.hasKitchen,
    facilities: input.facilities,
    note: input.note,
    landlord: c?.landlord ?? null,
    landlordPhone: c?.landlordPhone ?? null,
    contractStart: c?.startDate ?? null,
    contractEnd: c?.endDate ?? null,
    annualRentFen: c?.annualRentFen ?? null,
  };
}
