import { maskPhone, type ZHomeUpdate } from '@zhucun/core';
import type { z } from 'zod';
import type { TErrorDetail } from '../../errors.ts';

export type THomeFactsInput = z.infer<typeof ZHomeUpdate>;

const repeats = (values: readonly (string | number)[]) => new Set(values).size !== values.length;

/**
 * What is wrong with a home's facts beyond their shape: only a farmhouse has a rent contract (and it
 * must), its term ends after it starts, and no facility, room or room name is listed twice.
 */
export function checkHomeFacts(input: THomeFactsInput, stored = false): TErrorDetail[] {
  const details: TErrorDetail[] = [];
  const c = input.contract;
  if (input.kind === 'farmhouse' && !c) details.push({ field: 'contract', key: 'home_contract_required' });
  if (input.kind === 'apartment' && c) details.push({ field: 'contract', key: 'home_contract_apartment' });
  if (c && c.endDate < c.startDate)
    details.push({ field: 'contract.endDate', key: 'end_before_start', params: { start: c.startDate } });
  // on a new home there is no stored number a masked one could stand for
  if (!stored && isMasked(c?.landlordPhone)) details.push(maskedPhoneRefused());
  if (repeats(input.facilities)) details.push({ field: 'facilities', key: 'items_repeated' });
  const ids = input.rooms.flatMap((r) => (r.id === undefined ? [] : [r.id]));
  if (repeats(ids) || repeats(input.rooms.map((r) => r.label)))
    details.push({ field: 'rooms', key: 'items_repeated' });
  return details;
}

/** True when the landlord's phone was sent back masked, as the view shows it. */
const isMasked = (phone: string | undefined) => phone?.includes('*') ?? false;

/**
 * The landlord's phone as sent, or the stored one when the form sent back its masked form; null
 * when the masked form is not that of the stored number (a 400 on the field).
 */
export function landlordPhoneOf(input: THomeFactsInput, stored: string | null): string | null | undefined {
  const sent = input.contract?.landlordPhone;
  if (!isMasked(sent)) return sent;
  return stored !== null && maskPhone(stored) === sent ? stored : null;
}

/** 400 on the landlord's phone: a masked number that is not the stored one's. */
export const maskedPhoneRefused = (): TErrorDetail => ({
  field: 'contract.landlordPhone',
  key: 'bad_format',
});

/**
 * The columns of a home's facts: the contract's fields are cleared when there is none; the stored
 * landlord's phone is kept when the masked one came back.
 */
export function homeColumns(input: THomeFactsInput, storedPhone: string | null = null) {
  const c = input.contract;
  return {
    kind: input.kind,
    title: input.title,
    address: input.address,
    hasKitchen: input.hasKitchen,
    facilities: input.facilities,
    note: input.note,
    landlord: c?.landlord ?? null,
    landlordPhone: c ? (landlordPhoneOf(input, storedPhone) ?? null) : null,
    contractStart: c?.startDate ?? null,
    contractEnd: c?.endDate ?? null,
    annualRentFen: c?.annualRentFen ?? null,
  };
}
