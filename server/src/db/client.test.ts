import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TTestApp } from '../test/build-test-app.ts';
import { assertFsyncOn, FsyncOffError } from './client.ts';

describe('the durability check at start', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it.skipIf(!process.env.TEST_DATABASE_URL)('accepts PostgreSQL with fsync on', async () => {
    await expect(assertFsyncOn(t.database.db)).resolves.toBeUndefined();
  });

  it.skipIf(!!process.env.TEST_DATABASE_URL)(
    'refuses a database with fsync off (PGlite runs so)',
    async () => {
      await expect(assertFsyncOn(t.database.db)).rejects.toBeInstanceOf(FsyncOffError);
    },
  );
});
