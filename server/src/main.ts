import { localDate } from '@zhucun/core';
import { buildApp } from './app.ts';
import { printBanner } from './banner.ts';
import { loadConfig } from './config.ts';
import { assertFsyncOn, openDatabase } from './db/client.ts';
import { acquireDataDirLock, DataDirLockedError } from './db/lock.ts';
import { seedDemoDuty } from './seed/demo-duty.ts';
import { seedDemoHomes } from './seed/demo-homes.ts';
import { seedDemoRequests } from './seed/demo-requests.ts';
import { setupDatabase } from './seed/setup.ts';

/** config → lock → database → migrate/seed → app → listen; SIGTERM drains and closes cleanly. */
async function main() {
  const config = loadConfig();
  const release = config.databaseUrl ? () => {} : acquireDataDirLock(config.dataDir);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (database.kind === 'postgres') {
    await assertFsyncOn(database.db).catch(async (error: unknown) => {
      await database.close();
      throw error;
    });
  }
  const setup = await setupDatabase(database, config);
  // the demo county's recent weeks of days, leave, spot checks, visits and requests, and its homes with
  // their funding ledgers (once, relative to today)
  if (setup.mode === 'demo') {
    await seedDemoDuty(database.db, localDate(new Date()));
    await seedDemoRequests(database.db, localDate(new Date()));
    await seedDemoHomes(database.db, localDate(new Date()));
  }
  const app = await buildApp({ config, database, demo: setup.mode === 'demo' });
  await app.listen({ port: config.port, host: config.host });
  printBanner(config, database.kind, setup);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: draining requests and closing the database`);
    const timer = setTimeout(() => process.exit(1), config.shutdownTimeoutMs);
    await app.close();
    await database.close();
    release();
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(75);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
