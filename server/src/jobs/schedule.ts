import type { FastifyInstance } from 'fastify';

/**
 * Runs a background job every `everyMs` while the app is up (the timer never keeps the process
 * alive, and stops when the app closes). `atStart` runs it once when the app is ready too, so what
 * fell due while the server was down is done at once. A failure is logged with `what`, never thrown.
 */
export function scheduleJob(
  app: FastifyInstance,
  what: string,
  everyMs: number,
  run: () => Promise<unknown>,
  options: { atStart?: boolean } = {},
): void {
  const runLogged = () => {
    run().catch((err: unknown) => app.log.warn({ err }, `${what} failed`));
  };
  const timer = setInterval(runLogged, everyMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
  if (options.atStart) app.addHook('onReady', async () => runLogged());
}
