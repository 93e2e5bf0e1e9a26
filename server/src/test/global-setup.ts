import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config.ts';
import { openPool } from '../db/client.ts';
import { startEmbeddedPostgres, stopLeftBehind } from '../db/embedded-postgres.ts';
import { setupDatabase } from '../seed/setup.ts';
import { adminQuery, databaseUrl, TEST_CLUSTER_SETTINGS } from './test-databases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The cluster the API tests run on and the seeded database each test file copies. */
    testDatabases: { adminUrl: string; template: string; kind: 'embedded' | 'external' };
  }
}

const TEST_CLUSTER_PREFIX = 'zhucun-test-pg-';

/**
 * Clusters of earlier runs that were killed before their teardown: stopped and removed. A run going on
 * beside this one owns its cluster (left alone), and one younger than ten minutes may be starting.
 */
async function removeLeftBehind() {
  for (const name of readdirSync(os.tmpdir()).filter((n) => n.startsWith(TEST_CLUSTER_PREFIX))) {
    const dir = path.join(os.tmpdir(), name);
    if (Date.now() - statSync(dir).mtimeMs < 600_000) continue;
    if (await stopLeftBehind(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Once per run: one embedded PostgreSQL (or TEST_DATABASE_URL's server), and a template database
 * migrated and seeded with the demo county. Each test file then gets its own copy of it.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopCluster = async () => {};
  if (!adminUrl) {
    await removeLeftBehind();
    const dir = mkdtempSync(path.join(os.tmpdir(), TEST_CLUSTER_PREFIX));
    const cluster = await startEmbeddedPostgres({
      dataDir: dir,
      database: 'postgres',
      settings: TEST_CLUSTER_SETTINGS,
      log: () => {},
    });
    adminUrl = cluster.url;
    stopCluster = async () => {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const template = `zc_template_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${template}`);
  const database = await openPool(databaseUrl(adminUrl, template), 'external', async () => {});
  try {
    const { divisionsFile } = loadConfig({}, []);
    await setupDatabase(database, { divisionsFile, demoRequested: true, productionRequested: false });
  } finally {
    await database.close();
  }
  const kind = process.env.TEST_DATABASE_URL ? 'external' : 'embedded';
  project.provide('testDatabases', { adminUrl, template, kind });
  return async () => {
    await adminQuery(adminUrl, `drop database if exists ${template} with (force)`);
    await stopCluster();
  };
}
