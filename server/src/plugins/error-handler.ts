import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ZodError } from 'zod';
import { isConnectionError, isStatementTimeout } from '../db/availability.ts';
import { AppError, STATUS_OF, type TErrorDetail } from '../errors.ts';
import { languageOf, type TLang, translate } from '../i18n/messages.ts';
import { detailOfIssue } from '../i18n/validation.ts';

export function langOf(request: FastifyRequest): TLang {
  return languageOf(request.headers['accept-language']);
}

function send(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  const lang = langOf(request);
  const details = error.details.map((d) => ({
    field: d.row ? `rows.${d.row}.${d.field}` : d.field,
    message:
      (d.row ? translate('row_prefix', { row: d.row }, lang) : '') +
      translate(d.key, { field: d.field, ...d.params }, lang),
  }));
  const shown = details.slice(0, 5).map((d) => d.message);
  if (details.length > 5) shown.push(translate('and_more', { count: details.length }, lang));
  const summary = shown.join('；');
  const message = translate(error.key, { summary, requestId: request.id, ...error.params }, lang);
  return reply.status(STATUS_OF[error.code]).send({
    error: { code: error.code, message, ...(details.length ? { details } : {}) },
    requestId: request.id,
  });
}

/** A zod error (by shape: the core and server may hold different copies of the class). */
const isZodError = (err: unknown): err is ZodError =>
  err instanceof Error && err.name === 'ZodError' && Array.isArray((err as ZodError).issues);

/** The one error handler: every failure becomes `{ error: { code, message, details? }, requestId }`. */
export function registerErrorHandler(
  app: FastifyInstance,
  spaFallback?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined,
): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) return send(reply, request, err);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details: TErrorDetail[] = err.validation.map(detailOfIssue);
      return send(reply, request, new AppError('validation', 'validation_failed', {}, details));
    }
    if (err.statusCode === 429) {
      const seconds = Math.ceil(Number(reply.getHeader('retry-after') ?? 60));
      return send(reply, request, new AppError('rate_limited', 'rate_limited', { seconds }));
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || err.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH')
      return send(reply, request, new AppError('validation', 'unsupported_media'));
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return send(reply, request, new AppError('validation', 'body_too_large'));
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      return send(reply, request, new AppError('validation', 'unsupported_media'));
    // a validation that a service ran itself (a zod schema parsed inside) names its fields too
    if (isZodError(err)) {
      const details = err.issues.map((issue) =>
        detailOfIssue({
          keyword: issue.code,
          instancePath: `/${issue.path.join('/')}`,
          params: { ...issue },
          message: issue.message,
        }),
      );
      return send(reply, request, new AppError('validation', 'validation_failed', {}, details));
    }
    const sqlState = (err as { code?: unknown }).code;
    // two requests racing for one unique value: the loser is told, not given a 500
    if (sqlState === '23505') return send(reply, request, new AppError('conflict', 'duplicate_record'));
    // a value the database refuses (out of range, malformed, a broken reference or check): the
    // client's 400, logged, since a service should have checked it first
    if (typeof sqlState === 'string' && /^(22|23)[0-9A-Z]{3}$/.test(sqlState)) {
      request.log.warn({ err: err.message, sqlState }, 'database refused a value');
      return send(reply, request, new AppError('validation', 'bad_value'));
    }
    // a path the web app's static files refuse (too long, outside the root) is simply not there
    const staticRefusal = err.statusCode === 403 || err.statusCode === 404;
    if (err.code === 'ENAMETOOLONG' || (staticRefusal && !request.url.startsWith('/api/')))
      return send(
        reply,
        request,
        new AppError('not_found', 'route_not_found', {
          method: request.method,
          url: request.url.split('?')[0]!.slice(0, 100),
        }),
      );
    // any other refusal Fastify itself raised (4xx): the client's request, never a 500
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500)
      return send(reply, request, new AppError('validation', 'bad_value'));
    if (isConnectionError(err)) {
      request.log.warn({ err: err.message }, 'database unavailable');
      return send(reply, request, new AppError('unavailable', 'db_unavailable'));
    }
    if (isStatementTimeout(err)) {
      request.log.warn({ err: err.message }, 'statement timed out');
      return send(reply, request, new AppError('unavailable', 'db_timeout'));
    }
    request.log.error({ err }, 'unhandled error');
    return send(reply, request, new AppError('internal', 'internal'));
  });

  app.setNotFoundHandler((request, reply) => {
    const served = spaFallback?.(request, reply);
    if (served) return served;
    const url = request.url.split('?')[0]!;
    return send(
      reply,
      request,
      new AppError('not_found', 'route_not_found', { method: request.method, url }),
    );
  });
}
