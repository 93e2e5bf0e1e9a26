import pg from 'pg';

/**
 * Whether the database answers. A watcher probes it with a fresh connection (every second, every
 * half second while it is away); when a probe fails or hangs, the pool's connections are cut, so
 * queries waiting on a black-holed network fail at once instead of hanging for the whole outage.
 */
export type TAvailability = { available(): boolean; stop(): void };

const PROBE = { everyMs: 1_000, whileDownMs: 500, timeoutMs: 2_000 };

type TStreamHolder = { connection?: { stream?: { destroy(error?: Error): void } } };

/** Connects and runs `select 1` within `timeoutMs`; the connection is closed (or cut) either way. */
async function probe(url: string, timeoutMs: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = client
    .connect()
    .then(() => client.query('select 1'))
    .then(() => true as const)
    .catch(() => false as const);
  const ok = await Promise.race([answered, timedOut]);
  clearTimeout(timer);
  if (ok) await client.end().catch(() => {});
  else (client as unknown as TStreamHolder).connection?.stream?.destroy();
  return ok;
}

export function watchAvailability(pool: pg.Pool, url: string): TAvailability {
  const clients = new Set<pg.PoolClient>();
  pool.on('connect', (client) => clients.add(client));
  pool.on('remove', (client) => clients.delete(client as pg.PoolClient));
  let up = true;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const tick = async () => {
    const ok = await probe(url, PROBE.timeoutMs);
    if (stopped) return;
    if (!ok && up) {
      up = false;
      console.error('数据库暂不可用：请求将答复 503，恢复后自动继续 (database unavailable: answering 503)');
      const lost = new Error('数据库暂不可用 (database unavailable)');
      for (const client of clients) (client as unknown as TStreamHolder).connection?.stream?.destroy(lost);
    } else if (ok && !up) {
      up = true;
      console.error('数据库已恢复 (database available again)');
    }
    timer = setTimeout(() => void tick(), up ? PROBE.everyMs : PROBE.whileDownMs);
    timer.unref();
  };
  timer = setTimeout(() => void tick(), PROBE.everyMs);
  timer.unref();

  return {
    available: () => up,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOENT', // the embedded server's socket is gone
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
]);
const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  '数据库暂不可用',
];

/** Whether an error (or one it wraps) says the database cannot be reached, rather than what was asked. */
export function isConnectionError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.some((m) => message.includes(m))) return true;
  }
  return false;
}

/** Whether an error is a statement stopped by its time-out (57014 query_canceled). */
export function isStatementTimeout(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if ((e as { code?: unknown }).code === '57014') return true;
  return false;
}
