import type { TErrorBody } from '@zhucun/core';
import { buildQuery, isUnsafeMethod, readCookie, type TQueryValue } from './http.ts';

/**
 * Calls to the JSON API without i18n and without a framework: the language and the messages of a
 * failure are given by the caller (`api/client.ts` gives the app's; the cadre's light pages, docs/web.md
 * §Size, give their own).
 */

/** The language of a call (Accept-Language) and the words of a failure the server did not explain. */
export type TRequestContext = { language: string; messages: { network: string; unknown: string } };

export const CSRF_COOKIE = 'zc_csrf';
/**
 * Same value as core's CSRF_HEADER. Written out so the sign-in page does not load core
 * (and zod with it, ≈ 45 KB gzip) before anyone has signed in.
 */
export const CSRF_HEADER = 'x-csrf-token';

export type TFieldError = { field: string; message: string };

/** An error answer from the API, with the server's (already localised) message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: TFieldError[];
  readonly requestId: string | null;

  constructor(
    status: number,
    code: string,
    message: string,
    details: TFieldError[] = [],
    requestId = null as string | null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }
}

export type TAuthEvent = 'unauthenticated' | 'password_change_required';
type TAuthListener = (event: TAuthEvent, message: string) => void;
const listeners = new Set<TAuthListener>();

/** Subscribes to session events (signed out by the server, password change required). */
export function onAuthEvent(listener: TAuthListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let rememberedCsrf: string | null = null;
/** Keeps the CSRF token from a session body, used when the cookie cannot be read. */
export function rememberCsrfToken(token: string | null): void {
  rememberedCsrf = token;
}

export function csrfToken(): string | null {
  return readCookie(document.cookie, CSRF_COOKIE) ?? rememberedCsrf;
}

export type TRequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON, or a file (Blob) sent as it is with its own type (photos). */
  body?: unknown;
  query?: Record<string, TQueryValue>;
  /** Do not announce a 401 (the login call and the session probe handle it themselves). */
  quietUnauthenticated?: boolean;
  /** More headers (the outbox's `Idempotency-Key`, `If-Match`). */
  headers?: Record<string, string>;
};

function isErrorBody(value: unknown): value is TErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The API's error of an answer; `unknown` when the body is not one. */
export function apiErrorOf(status: number, body: unknown, unknown: string): ApiError {
  if (!isErrorBody(body)) return new ApiError(status, 'internal', unknown);
  const { code, message, details } = body.error;
  return new ApiError(status, code, message, details ?? [], body.requestId ?? null);
}

/** Calls the JSON API: same-origin cookies, Accept-Language, CSRF header on writes, ApiError on failure. */
export async function requestJson<T>(
  path: string,
  options: TRequestOptions,
  context: TRequestContext,
): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json',
    'Accept-Language': context.language,
  };
  const file = options.body instanceof Blob ? options.body : null;
  if (options.body !== undefined)
    headers['Content-Type'] = file ? file.type || 'application/octet-stream' : 'application/json';
  if (isUnsafeMethod(method)) {
    const token = csrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  let response: Response;
  try {
    response = await fetch(`${path}${buildQuery(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  } catch {
    throw new ApiError(0, 'network', context.messages.network);
  }
  const body = await readJson(response);
  if (response.ok) return body as T;
  const error = apiErrorOf(response.status, body, context.messages.unknown);
  announceSessionEvent(error, options.quietUnauthenticated);
  throw error;
}

/** Tells the app when an error ends the session or requires a password change. */
export function announceSessionEvent(error: ApiError, quietUnauthenticated = false): void {
  if (error.status === 401 && error.code === 'unauthenticated' && !quietUnauthenticated) {
    for (const listener of listeners) listener('unauthenticated', error.message);
  }
  if (error.status === 403 && error.code === 'password_change_required') {
    for (const listener of listeners) listener('password_change_required', error.message);
  }
}

/** The file name of a Content-Disposition answer (its UTF-8 `filename*` when given). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      return fallback;
    }
  }
  return fallback;
}

/**
 * POSTs JSON (with the CSRF header) and saves the answer as a file: for downloads that need a body,
 * such as a reason. A refusal throws the API's error like `apiRequest`.
 */
export async function downloadWithPost(
  path: string,
  body: unknown,
  fallbackName: string,
  context: TRequestContext,
): Promise<void> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Accept-Language': context.language,
  };
  const token = csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', context.messages.network);
  }
  if (!response.ok) {
    const error = apiErrorOf(response.status, await readJson(response), context.messages.unknown);
    announceSessionEvent(error);
    throw error;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
