/**
 * Resident identity card number, GB 11643-1999: 6-digit division code, 8-digit birth
 * date, 3-digit sequence (odd = male), and a check character over the first 17 digits
 * (ISO 7064 MOD 11-2; 10 is written X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export const ID_NUMBER_PATTERN = /^\d{17}[\dX]$/;

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export type TIdNumberProblem = 'format' | 'birth_date' | 'check_digit';

/** What is wrong with an ID number (upper-case X expected), or null when valid. */
export function checkIdNumber(id: string): TIdNumberProblem | null {
  if (!ID_NUMBER_PATTERN.test(id)) return 'format';
  if (birthDateOfIdNumber(id) === null) return 'birth_date';
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return 'check_digit';
  return null;
}

/** `YYYY-MM-DD` from positions 7–14, or null when that is no calendar date. */
export function birthDateOfIdNumber(id: string): string | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** Sex from the 17th digit: odd male, even female. */
export function genderOfIdNumber(id: string): 'male' | 'female' {
  return Number(id[16]) % 2 === 1 ? 'male' : 'female';
}

/** `140622199001011234` → `140622********1234`: what every role without `pii:unmask` sees. */
export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : id;
}
