import type { FastifyInstance } from 'fastify';
import { invalidField } from '../errors.ts';

/** A UTF-16 surrogate without its other half: not a character, and PostgreSQL refuses it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const badText = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/** The dotted path of the first string (key or value) holding a NUL or a lone surrogate, or null. */
export function badStringPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return badText(value) ? path : null;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (badText(key)) return at;
    const found = badStringPath(inner, at);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Every request's path parameters, query and JSON body are refused with a 400 naming the field when
 * a string holds a NUL or a lone surrogate, before any route or service sees them: no route can
 * forget it, and no such text reaches the database or the audit log.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const field = badStringPath(part);
      if (field !== null) throw invalidField(field, 'bad_characters');
    }
  });
}
