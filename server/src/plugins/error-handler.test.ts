import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerErrorHandler } from './error-handler.ts';

/** What the one error handler makes of errors that are the client's doing, raised deep inside. */
describe('the error handler', () => {
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  app.get('/unique', async () => {
    throw Object.assign(new Error('duplicate key value violates unique constraint "units_name_key"'), {
      code: '23505',
    });
  });
  app.get('/range', async () => {
    throw Object.assign(new Error('value "99999999999" is out of range for type integer'), { code: '22003' });
  });
  app.get('/zod', async () => z.object({ reason: z.string().min(2) }).parse({ reason: '' }));

  it('answers a unique-key violation with 409, a refused value with 400, and a service’s zod error with 400 naming the field', async () => {
    const unique = await app.inject({ method: 'GET', url: '/unique' });
    expect(unique.statusCode).toBe(409);
    expect(unique.json().error).toMatchObject({ code: 'conflict', message: expect.stringContaining('重复') });
    expect((await app.inject({ method: 'GET', url: '/range' })).statusCode).toBe(400);
    const zod = await app.inject({ method: 'GET', url: '/zod' });
    expect(zod.statusCode).toBe(400);
    expect(zod.json().error.details).toEqual([{ field: 'reason', message: expect.any(String) }]);
  });
});
