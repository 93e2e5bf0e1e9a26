import type { TErrorCode } from '@zhucun/core';
import type { TMessageKey, TMessageParams } from './i18n/messages.ts';

export const STATUS_OF: Record<TErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf: 403,
  forbidden: 403,
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  idempotency_key_reused: 422,
  idempotency_in_progress: 409,
  day_changed: 409,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  insufficient_storage: 507,
};

/** A problem with one field; `row` for a row of an uploaded sheet (its message then starts with the row). */
export type TErrorDetail = { field: string; key: TMessageKey; params?: TMessageParams; row?: number };

/** The one error type services throw; the error handler turns it into `{ error, requestId }`. */
export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    readonly key: TMessageKey,
    readonly params: TMessageParams = {},
    readonly details: TErrorDetail[] = [],
  ) {
    super(key);
  }
}

export const notFound = () => new AppError('not_found', 'not_found');
export const forbidden = () => new AppError('forbidden', 'forbidden');

/** A validation error about one field. */
export function invalidField(field: string, key: TMessageKey, params: TMessageParams = {}): AppError {
  return new AppError('validation', 'validation_failed', {}, [{ field, key, params }]);
}
