import { birthDateOfIdNumber, checkIdNumber } from '@zhucun/core';

export type TIdFacts = { birthDate: string; gender: 'male' | 'female' };

/**
 * Birth date and sex read from a valid 18-character ID number (GB 11643), so the form
 * can fill them in; null while the number is incomplete or wrong.
 */
export function factsFromIdNumber(value: string | undefined | null): TIdFacts | null {
  const id = (value ?? '').trim().toUpperCase();
  if (checkIdNumber(id) !== null) return null;
  const birthDate = birthDateOfIdNumber(id);
  if (!birthDate) return null;
  return { birthDate, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

/** Full years of age on `today` (`YYYY-MM-DD` strings), or null for a malformed date. */
export function ageOn(birthDate: string, today: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
  if (!b || !t) return null;
  const years = Number(t[1]) - Number(b[1]);
  const hadBirthday = `${t[2]}-${t[3]}` >= `${b[2]}-${b[3]}`;
  return hadBirthday ? years : years - 1;
}
