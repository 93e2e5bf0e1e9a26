import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, type TTestApp } from '../test/build-test-app.ts';
import { assertFsyncOn, FsyncOffError } from './client.ts';

// The embedded test cluster runs with fsync off for speed; TEST_DATABASE_URL's server keeps it on.
const testClusterFsyncOff = inject('testDatabases').kind === 'embedded';

describe('the durability check at start', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it.skipIf(testClusterFsyncOff)('accepts PostgreSQL with fsync on', async () => {
    await expect(assertFsyncOn(t.database.db)).resolves.toBeUndefined();
  });

  it.skipIf(!testClusterFsyncOff)('refuses a database with fsync off', async () => {
    await expect(assertFsyncOn(t.database.db)).rejects.toBeInstanceOf(FsyncOffError);
  });
});
