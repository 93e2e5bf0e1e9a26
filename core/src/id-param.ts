import { z } from 'zod';

/** The largest id a PostgreSQL integer column holds. */
export const MAX_ID = 2_147_483_647;

/**
 * An id as it comes in a path or a query string: decimal digits only, no sign, space, leading zero,
 * hex prefix or decimal point (` 953`, `+953`, `0x3b9`, `953.0` are refused, not read as 953), and
 * small enough for the database.
 */
export const ZIdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().max(MAX_ID));
