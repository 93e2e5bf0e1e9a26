import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The test cluster trades durability for speed (never so in production: the server checks fsync). */
export const TEST_CLUSTER_SETTINGS = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  max_connections: '200',
};

/** `url` with another database name. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** One statement on the cluster's maintenance database (create, drop). */
export async function adminQuery(adminUrl: string, statement: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl(adminUrl, 'postgres') });
  await client.connect();
  try {
    return await client.query(statement, params);
  } finally {
    await client.end();
  }
}

/** A new database copied from `template`; `drop` removes it once its connections have ended. */
export async function copyDatabase(adminUrl: string, template: string) {
  const name = `zc_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name} template ${template}`);
  return {
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      // let the closed pool's connections finish ending first: forcing them off mid-goodbye makes the
      // ending client raise "terminating connection due to administrator command" after the test
      for (let i = 0; i < 50; i++) {
        const { rows } = await adminQuery(
          adminUrl,
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
