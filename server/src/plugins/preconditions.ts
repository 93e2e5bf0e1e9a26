import type { FastifyRequest } from 'fastify';
import { invalidField } from '../errors.ts';

/**
 * What the client believed of a record before it changed it: `version` from `If-Match: "<version>"`
 * (the record it edited), `absent` from `If-None-Match: *` (it believed there was none).
 */
export type TVersionPrecondition = { version?: number; absent?: boolean };

const QUOTED_VERSION = /^"([1-9][0-9]{0,8})"$/;

/**
 * The write's precondition from its If-Match / If-None-Match headers, or undefined without either (the
 * write goes ahead as before). A malformed header is a 400 naming it.
 */
export function versionPreconditionOf(request: FastifyRequest): TVersionPrecondition | undefined {
  const ifMatch = request.headers['if-match'];
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifMatch === undefined && ifNoneMatch === undefined) return undefined;
  const precondition: TVersionPrecondition = {};
  if (ifMatch !== undefined) {
    const match = typeof ifMatch === 'string' ? QUOTED_VERSION.exec(ifMatch.trim()) : null;
    if (!match) throw invalidField('If-Match', 'if_match_format');
    precondition.version = Number(match[1]);
  }
  if (ifNoneMatch !== undefined) {
    if (typeof ifNoneMatch !== 'string' || ifNoneMatch.trim() !== '*')
      throw invalidField('If-None-Match', 'if_none_match_format');
    precondition.absent = true;
  }
  return precondition;
}
