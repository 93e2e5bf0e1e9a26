import { z } from 'zod';

/** A mainland China mobile number (11 digits, 1[3-9]…). */
export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
export const ZPhone = z.string().regex(PHONE_PATTERN);

/** `13812345678` → `138****5678`: what every role without `pii:unmask` sees. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}
