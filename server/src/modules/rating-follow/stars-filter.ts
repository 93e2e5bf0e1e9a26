import type { FastifyRequest } from 'fastify';
import { invalidField } from '../../errors.ts';
import { scopeIfHeld } from '../../plugins/auth.ts';
import type { TStarsFilter } from './stars.repository.ts';

/** The registry's stars filter reads ratings: an account without rating:read may not use it (400 naming it). */
export function assertStarsFilterAllowed(request: FastifyRequest, q: TStarsFilter): void {
  if (q.starsMin === undefined && q.starsMax === undefined) return;
  if (!scopeIfHeld(request, 'rating:read'))
    throw invalidField(q.starsMin === undefined ? 'starsMax' : 'starsMin', 'stars_filter_needs_rating');
}
