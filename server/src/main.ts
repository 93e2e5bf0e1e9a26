import { localDate } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { printBanner } from './banner.ts';
import { loadConfig } from './config.ts';
import { assertFsyncOn, openDatabase, type TDatabase } from './db/client.ts';
import { DataDirInUseError } from './db/embedded-postgres.ts';
import { setupDatabase } from './seed/setup.ts';

let closing = false;

/**
 * config → database (the embedded PostgreSQL starts here) → migrate/seed → app → listen.
 * SIGTERM and SIGINT, at any moment from here on, drain requests and stop the database cleanly.
 */
async function main() {
  const config = loadConfig();
  let database: TDatabase | null = null;
  let app: FastifyInstance | null = null;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: 正在结束 draining requests and stopping the database`);
    // past the limit, exit anyway: the embedded PostgreSQL still gets its stop signal on exit
    setTimeout(() => process.exit(1), config.shutdownTimeoutMs).unref();
    await app?.close();
    // an unfinished first start's seeding transaction is rolled back; the next start redoes it
    await database?.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await assertFsyncOn(database.db);
  const setup = await setupDatabase(database, {
    ...config,
    demoActivityUntil: localDate(new Date()),
    onStep: (step) => {
      if (closing) throw new Error('start-up stopped');
      if (step === 'demo_accounts') console.log('  正在准备演示县 preparing the demo county…');
    },
  });
  if (closing) return;
  app = await buildApp({ config, database, demo: setup.mode === 'demo' });
  await app.listen({ port: config.port, host: config.host });
  printBanner(config, database.kind, setup);
}

main().catch(async (error: unknown) => {
  // stopped by a signal during start-up: the shutdown in progress ends the process once the database is down
  if (closing) return;
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof DataDirInUseError ? 75 : 1);
});
