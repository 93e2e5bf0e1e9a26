import { z } from 'zod';

export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'invalid_credentials',
  'account_locked',
  'password_change_required',
  'csrf',
  'forbidden',
  'not_found',
  'conflict',
  /** Idempotency-Key: the key was used for another request (a different body, path or method). */
  'idempotency_key_reused',
  /** Idempotency-Key: the first request with this key is still being handled. */
  'idempotency_in_progress',
  /** If-Match / If-None-Match on a day record: it changed meanwhile (e.g. corrected by the township). */
  'day_changed',
  'rate_limited',
  'internal',
  'unavailable',
  'insufficient_storage',
] as const;
export type TErrorCode = (typeof ERROR_CODES)[number];

export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
  requestId: z.string(),
});
export type TErrorBody = z.infer<typeof ZErrorBody>;
