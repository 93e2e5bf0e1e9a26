import { HOME_ROOMS, parseYuan, type THomeCreate, type THomeKind, type THomeView } from '@zhucun/core';

/** The home form's values: as the API's body, but the yearly rent typed in yuan (text). */
export type THomeFormValues = {
  villageCode?: string;
  kind: THomeKind;
  title: string;
  address: string;
  rooms: { id?: number; label: string; beds: number }[];
  hasKitchen: boolean;
  facilities: string[];
  contract?: {
    landlord?: string;
    landlordPhone?: string;
    startDate?: string | null;
    endDate?: string | null;
    /** Yuan as typed ("6000", "6,000.50"); sent as fen. */
    annualRentFen?: string;
  };
  note: string;
};

/** A new home: two rooms 1号房/2号房 with a bed each (the standard's minimum), the whole checklist ticked. */
export function newHomeValues(
  roomName: (n: number) => string,
  facilities: readonly string[],
  villageCode?: string,
): THomeFormValues {
  return {
    villageCode,
    kind: 'apartment',
    title: '',
    address: '',
    rooms: Array.from({ length: HOME_ROOMS.min }, (_, i) => ({ label: roomName(i + 1), beds: 1 })),
    hasKitchen: true,
    facilities: [...facilities],
    note: '',
  };
}

/** Fen as the text of a yuan input, without floating point ("6000.50"). */
export function yuanText(fen: number): string {
  const cents = fen % 100;
  return cents === 0
    ? String(Math.trunc(fen / 100))
    : `${Math.trunc(fen / 100)}.${String(cents).padStart(2, '0')}`;
}

/** An existing home in the form; a title equal to the default is shown as empty (the placeholder). */
export function homeFormValuesOf(home: THomeView, defaultTitle: string): THomeFormValues {
  return {
    villageCode: home.villageCode,
    kind: home.kind,
    title: home.title === defaultTitle ? '' : home.title,
    address: home.address,
    rooms: home.rooms.map((r) => ({ id: r.id, label: r.label, beds: r.beds })),
    hasKitchen: home.hasKitchen,
    facilities: [...home.facilities],
    contract: home.contract
      ? {
          landlord: home.contract.landlord,
          landlordPhone: home.contract.landlordPhone ?? '',
          startDate: home.contract.startDate,
          endDate: home.contract.endDate,
          annualRentFen: yuanText(home.contract.annualRentFen),
        }
      : undefined,
    note: home.note,
  };
}

/** The API body (POST takes the village too; PUT ignores it): an apartment carries no contract. */
export function toHomeInput(values: THomeFormValues): THomeCreate {
  const c = values.contract;
  const contract =
    values.kind === 'farmhouse' && c
      ? {
          landlord: c.landlord ?? '',
          landlordPhone: c.landlordPhone?.trim() ? c.landlordPhone.trim() : undefined,
          startDate: c.startDate ?? '',
          endDate: c.endDate ?? '',
          annualRentFen: parseYuan(c.annualRentFen ?? '') ?? -1,
        }
      : null;
  return {
    villageCode: values.villageCode ?? '',
    kind: values.kind,
    title: values.title ?? '',
    address: values.address,
    hasKitchen: values.hasKitchen,
    facilities: values.facilities ?? [],
    rooms: values.rooms.map((r) =>
      r.id ? { id: r.id, label: r.label, beds: r.beds } : { label: r.label, beds: r.beds },
    ),
    contract,
    note: values.note ?? '',
  };
}

/** Form fields the server's errors are shown beside; anything else becomes the banner. */
export const HOME_FORM_FIELDS = [
  'villageCode',
  'kind',
  'title',
  'address',
  'rooms',
  'hasKitchen',
  'facilities',
  'contract.landlord',
  'contract.landlordPhone',
  'contract.startDate',
  'contract.endDate',
  'contract.annualRentFen',
  'note',
] as const;

/**
 * Where a server error path is shown in the form: `rooms.1` and `rooms.1.id` on that room's name,
 * `facilities.3` on the checklist; every other path as it is.
 */
export function homeErrorField(field: string): string {
  const room = /^rooms\.(\d+)(?:\.id)?$/.exec(field);
  if (room) return `rooms.${room[1]}.label`;
  if (/^facilities\.\d+$/.test(field)) return 'facilities';
  return field;
}
