import { currentLanguage, i18n } from '../i18n/index.ts';
import {
  ApiError,
  apiErrorOf,
  downloadWithPost as download,
  requestJson,
  type TRequestContext,
  type TRequestOptions,
} from '../lib/api-request.ts';

/** The app's calls to the API (`lib/api-request.ts`) in the language it shows, with its messages. */

export {
  ApiError,
  announceSessionEvent,
  CSRF_COOKIE,
  CSRF_HEADER,
  csrfToken,
  onAuthEvent,
  rememberCsrfToken,
  type TAuthEvent,
  type TFieldError,
  type TRequestOptions,
} from '../lib/api-request.ts';

const context = (): TRequestContext => ({
  language: currentLanguage(),
  messages: { network: i18n.t('errors.network'), unknown: i18n.t('errors.unknown') },
});

/** Calls the JSON API: same-origin cookies, Accept-Language, CSRF header on writes, ApiError on failure. */
export function apiRequest<T>(path: string, options: TRequestOptions = {}): Promise<T> {
  return requestJson<T>(path, options, context());
}

/** The API's error of an answer (a generic one when the body is not the API's). */
export function toApiError(status: number, body: unknown): ApiError {
  return apiErrorOf(status, body, i18n.t('errors.unknown'));
}

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return i18n.t('errors.unknown');
}

/**
 * POSTs JSON (with the CSRF header) and saves the answer as a file: for downloads that need a body,
 * such as a reason. A refusal throws the API's error like `apiRequest`.
 */
export function downloadWithPost(path: string, body: unknown, fallbackName: string): Promise<void> {
  return download(path, body, fallbackName, context());
}
