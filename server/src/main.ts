import { localDate } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { printBanner } from './banner.ts';
import { loadConfig } from './config.ts';
import { assertFsyncOn, openDatabase, type TDatabase } from './db/client.ts';
import { DataDirInUseError } from './db/embedded-postgres.ts';
import { seedDemoDuty } from './seed/demo-duty.ts';
import { seedDemoHomes } from './seed/demo-homes.ts';
import { seedDemoRequests } from './seed/demo-requests.ts';
import { setupDatabase } from './seed/setup.ts';

/**
 * config → database (the embedded PostgreSQL starts here) → migrate/seed → app → listen.
 * SIGTERM and SIGINT, at any moment from here on, drain requests and stop the database cleanly.
 */
async function main() {
  const config = loadConfig();
  let database: TDatabase | null = null;
  let app: FastifyInstance | null = null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: 正在结束 draining requests and stopping the database`);
    // past the limit, exit anyway: the embedded PostgreSQL still gets its stop signal on exit
    setTimeout(() => process.exit(1), config.shutdownTimeoutMs).unref();
    await app?.close();
    await database?.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await assertFsyncOn(database.db);
  const setup = await setupDatabase(database, config);
  // the demo county's recent weeks of days, leave, spot checks, visits and requests, and its homes with
  // their funding ledgers (once, relative to today)
  if (setup.mode === 'demo') {
    await seedDemoDuty(database.db, localDate(new Date()));
    await seedDemoRequests(database.db, localDate(new Date()));
    await seedDemoHomes(database.db, localDate(new Date()));
  }
  if (closing) return;
  app = await buildApp({ config, database, demo: setup.mode === 'demo' });
  await app.listen({ port: config.port, host: config.host });
  printBanner(config, database.kind, setup);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof DataDirInUseError ? 75 : 1);
});
