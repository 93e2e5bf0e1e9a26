import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TDb } from '../db/client.ts';
import { AppError, invalidField } from '../errors.ts';
import {
  completeKey,
  findKey,
  releaseKey,
  reserveKey,
  type TIdempotencyRow,
  type TKeyRef,
  takeOverKey,
} from '../modules/idempotency/idempotency.repository.ts';

/** The request header naming one write of the phone's outbox, whatever the number of times it is sent. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** The answer header of a write answered from the stored answer, without running it again. */
export const REPLAYED_HEADER = 'idempotent-replayed';
const KEY_FORMAT = /^[A-Za-z0-9_-]{8,100}$/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** A reservation still in progress after this long was left by a process that ended: it is taken over. */
export const ABANDONED_AFTER_MS = 10 * 60_000;

type THeld = TKeyRef & { reservedAt: Date };

declare module 'fastify' {
  interface FastifyRequest {
    /** The Idempotency-Key this request reserved, until its answer is stored or the key released. */
    idempotency: THeld | null;
  }
}

/** JSON with every object's keys sorted: the same body parsed twice gives the same text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** SHA-256 of the method, path, query and body (a photo's bytes as they are, JSON as parsed). */
export function requestHashOf(request: FastifyRequest): string {
  const [path = '', query = ''] = splitUrl(request.url);
  const hash = createHash('sha256').update(`${request.method}\n${path}\n${query}\n`);
  const body: unknown = request.body;
  if (Buffer.isBuffer(body)) hash.update('bytes\n').update(body);
  else if (body !== undefined) hash.update('json\n').update(canonicalJson(body));
  return hash.digest('hex');
}

function splitUrl(url: string): [string, string] {
  const at = url.indexOf('?');
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at + 1)];
}

function replay(reply: FastifyReply, stored: TIdempotencyRow): FastifyReply {
  reply.code(stored.statusCode!).header(REPLAYED_HEADER, 'true');
  if (stored.contentType) reply.type(stored.contentType);
  return reply.send(stored.responseBody ?? '');
}

/**
 * `Idempotency-Key` on every signed-in write under /api/ (docs/security.md): the first request with a
 * key reserves it and runs; its 2xx answer is stored before it is sent, a refusal releases the key.
 * The same request again is answered with the stored answer (`idempotent-replayed: true`) without
 * running; another request with the key is refused (422), one still running answers 409, and a
 * reservation abandoned for 10 minutes is taken over. Keys are per account. Without the header,
 * nothing changes.
 */
export function registerIdempotency(app: FastifyInstance, deps: { db: TDb; now: () => Date }): void {
  const { db, now } = deps;
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    if (!WRITES.has(request.method) || !request.url.startsWith('/api/')) return;
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined || !request.actor) return;
    if (typeof header !== 'string' || !KEY_FORMAT.test(header))
      throw invalidField('Idempotency-Key', 'idempotency_key_format');
    const ref: TKeyRef = { userId: request.actor.userId, key: header };
    const requestHash = requestHashOf(request);
    const at = now();
    const reserve = async () => {
      const path = splitUrl(request.url)[0];
      const reserved = await reserveKey(db, { ...ref, method: request.method, path, requestHash, at });
      if (reserved) request.idempotency = { ...ref, reservedAt: at };
      return reserved;
    };
    if (await reserve()) return;
    const found = await findKey(db, ref);
    // released between the two statements (its request was refused): this one may run
    if (!found) {
      if (await reserve()) return;
      throw new AppError('idempotency_in_progress', 'idempotency_in_progress');
    }
    if (found.requestHash !== requestHash)
      throw new AppError('idempotency_key_reused', 'idempotency_key_reused');
    if (found.completedAt && found.statusCode !== null) return replay(reply, found);
    const staleBefore = new Date(at.getTime() - ABANDONED_AFTER_MS);
    if (found.createdAt < staleBefore && (await takeOverKey(db, ref, staleBefore, at))) {
      request.log.warn({ userId: ref.userId, key: ref.key }, 'idempotency key taken over');
      request.idempotency = { ...ref, reservedAt: at };
      return;
    }
    throw new AppError('idempotency_in_progress', 'idempotency_in_progress');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const held = request.idempotency;
    if (!held) return payload;
    request.idempotency = null;
    const success = reply.statusCode >= 200 && reply.statusCode < 300;
    // a JSON (or empty) answer is kept; a file sent as bytes or a stream is not, and its key is released
    const body = typeof payload === 'string' ? payload : payload == null ? '' : null;
    try {
      if (success && body !== null) {
        const contentType = reply.getHeader('content-type');
        await completeKey(
          db,
          held,
          held.reservedAt,
          { statusCode: reply.statusCode, contentType: contentType ? String(contentType) : null, body },
          now(),
        );
      } else await releaseKey(db, held, held.reservedAt);
    } catch (err) {
      // the write itself is done: the answer still goes out; a retry finds the key in progress
      request.log.warn({ err, userId: held.userId, key: held.key }, 'idempotency answer not stored');
    }
    return payload;
  });
}
