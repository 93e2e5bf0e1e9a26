import { z } from 'zod';
import { COMMON_PASSWORDS } from './common-passwords.ts';

/** MLPS 2.0 (等保 2.0) password rules; every number is configurable. */
export const ZPasswordPolicy = z.object({
  minLength: z.number().int().min(6).default(8),
  minClasses: z.number().int().min(1).max(4).default(3),
  forbidCommon: z.boolean().default(true),
});
export type TPasswordPolicy = z.infer<typeof ZPasswordPolicy>;
export const DEFAULT_PASSWORD_POLICY: TPasswordPolicy = { minLength: 8, minClasses: 3, forbidCommon: true };

export type TPasswordProblem =
  | { code: 'too_short'; minLength: number }
  | { code: 'too_few_classes'; minClasses: number }
  | { code: 'equals_identity' }
  | { code: 'common' };

/** Counts the character classes present: lower case, upper case, digits, other symbols. */
export function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
}

/** Every rule the password breaks; an empty list means it is acceptable. */
export function checkPassword(
  password: string,
  identity: { username: string; phone?: string | null },
  policy: TPasswordPolicy = DEFAULT_PASSWORD_POLICY,
): TPasswordProblem[] {
  const problems: TPasswordProblem[] = [];
  if ([...password].length < policy.minLength)
    problems.push({ code: 'too_short', minLength: policy.minLength });
  if (characterClasses(password) < policy.minClasses)
    problems.push({ code: 'too_few_classes', minClasses: policy.minClasses });
  const lower = password.toLowerCase();
  const ids = [identity.username, identity.phone].filter((s): s is string => !!s).map((s) => s.toLowerCase());
  if (ids.some((id) => lower === id || lower.includes(id))) problems.push({ code: 'equals_identity' });
  if (policy.forbidCommon && COMMON_PASSWORDS.has(lower)) problems.push({ code: 'common' });
  return problems;
}
