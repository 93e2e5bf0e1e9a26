import { z } from 'zod';

export const ZHealth = z.object({
  status: z.literal('ok'),
  database: z.object({ kind: z.enum(['embedded', 'external']), migration: z.string().nullable() }),
  demo: z.boolean(),
  version: z.string(),
});
export type THealth = z.infer<typeof ZHealth>;
