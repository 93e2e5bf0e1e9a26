import type { TCadreProfile, TPersonInput, TPostingInput, TUpdateCadreRequest } from '@zhucun/core';

/** What the person fields hold: optional texts may be empty or missing, dates are strings or null. */
export type TPersonValues = Omit<TPersonInput, 'school' | 'major' | 'homeUnit' | 'homePost'> & {
  school?: string | null;
  major?: string | null;
  homeUnit?: string | null;
  homePost?: string | null;
};
export type TPostingValues = Omit<TPostingInput, 'unitId'> & { unitId?: number | null };

const OPTIONAL_TEXTS = ['school', 'major', 'homeUnit', 'homePost'] as const;

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The request body's person: texts trimmed, empty optional texts and dates sent as null. */
export function toPersonInput(values: TPersonValues): TPersonInput {
  const person: TPersonInput = {
    ...values,
    name: values.name.trim(),
    idNumber: (values.idNumber ?? '').trim().toUpperCase(),
    phone: (values.phone ?? '').trim(),
    ethnicity: blankToNull(values.ethnicity) ?? undefined,
    partyJoinDate: values.partyJoinDate ?? null,
    workStartDate: values.workStartDate ?? null,
    fullTimeEducation: values.fullTimeEducation ?? false,
  };
  for (const key of OPTIONAL_TEXTS) person[key] = blankToNull(values[key]);
  return person;
}

export function toPostingInput(values: TPostingValues): TPostingInput {
  return {
    ...values,
    postTitle: values.postTitle.trim(),
    unitId: values.unitId ?? null,
    plannedEndDate: values.plannedEndDate ?? null,
    isTeamLeader: values.isTeamLeader ?? false,
  };
}

type TEditable = Omit<TUpdateCadreRequest, 'idNumber' | 'phone'>;
const EDITABLE = [
  'name',
  'gender',
  'ethnicity',
  'birthDate',
  'politicalStatus',
  'partyJoinDate',
  'educationLevel',
  'fullTimeEducation',
  'school',
  'major',
  'personnelStatus',
  'homeUnit',
  'homePost',
  'workStartDate',
] as const satisfies readonly (keyof TEditable & keyof TCadreProfile)[];

/** Every person field of the forms, for mapping the server's field errors. */
export const PERSON_FIELDS: readonly string[] = [...EDITABLE, 'idNumber', 'phone'];

/** The edit form's starting values: the profile's facts; ID number and phone start empty (masked). */
export function editValuesOf(profile: TCadreProfile): Partial<TPersonValues> {
  const values: Record<string, unknown> = {};
  for (const key of EDITABLE) values[key] = profile[key];
  return values as Partial<TPersonValues>;
}

/**
 * A PATCH body with only what the edit changed; an empty ID number or phone keeps the
 * stored (masked) one.
 */
export function changedPersonFields(
  profile: TCadreProfile,
  values: Partial<TPersonValues>,
): TUpdateCadreRequest {
  const next = toPersonInput({
    ...editValuesOf(profile),
    idNumber: '',
    phone: '',
    ...values,
  } as TPersonValues);
  const changes: Record<string, unknown> = {};
  for (const key of EDITABLE) {
    if (next[key] !== undefined && next[key] !== profile[key]) changes[key] = next[key];
  }
  if (next.idNumber) changes.idNumber = next.idNumber;
  if (next.phone) changes.phone = next.phone;
  return changes as TUpdateCadreRequest;
}
