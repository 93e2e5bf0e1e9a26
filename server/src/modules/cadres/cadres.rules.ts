import {
  birthDateOfIdNumber,
  checkIdNumber,
  genderOfIdNumber,
  type TPersonInput,
  type TPostingInput,
} from '@zhucun/core';
import type { TErrorDetail } from '../../errors.ts';

type TPersonFacts = Pick<
  Required<TPersonInput>,
  'idNumber' | 'birthDate' | 'gender' | 'politicalStatus' | 'partyJoinDate'
>;

/** The ID number must be valid (GB 11643) and agree with the birth date and sex entered. */
export function checkPersonFacts(p: TPersonFacts, prefix = 'person.'): TErrorDetail[] {
  const problem = checkIdNumber(p.idNumber);
  if (problem === 'format') return [{ field: `${prefix}idNumber`, key: 'id_number_format' }];
  if (problem === 'birth_date') return [{ field: `${prefix}idNumber`, key: 'id_number_birth_date' }];
  if (problem === 'check_digit') return [{ field: `${prefix}idNumber`, key: 'id_number_check_digit' }];
  const details: TErrorDetail[] = [];
  const born = birthDateOfIdNumber(p.idNumber)!;
  if (born !== p.birthDate)
    details.push({ field: `${prefix}birthDate`, key: 'birth_date_mismatch', params: { expected: born } });
  if (genderOfIdNumber(p.idNumber) !== p.gender)
    details.push({ field: `${prefix}gender`, key: 'gender_mismatch' });
  const member = p.politicalStatus === 'cpc_member' || p.politicalStatus === 'cpc_probationary';
  if (!member && p.partyJoinDate)
    details.push({ field: `${prefix}partyJoinDate`, key: 'party_date_needs_member' });
  return details;
}

/** A posting's planned end must not come before its start. */
export function checkPostingDates(
  p: Pick<TPostingInput, 'startDate' | 'plannedEndDate'>,
  prefix = 'posting.',
): TErrorDetail[] {
  if (p.plannedEndDate && p.plannedEndDate < p.startDate)
    return [{ field: `${prefix}plannedEndDate`, key: 'end_before_start', params: { start: p.startDate } }];
  return [];
}
