// npm run bench:rating — 星级评定 for 30,000 cadres of a generated province (bench/rating-province.ts) on
// PostgreSQL: the quantitative part computed from a year of records (about 10.9 million day records,
// 300,000 requests, 490,000 task assignments, 10,000 projects, 1.2 million night visits …), then the
// totals (60,000 organisation forms, about 350,000 survey answers, caps, quota), each timed as the
// cycle's step runs it (one transaction); target ≤ 10 s for both. A bare Fastify route in the same run
// gives the machine's baseline. The database is a fresh one on BENCH_DATABASE_URL's server (default
// postgres://postgres@127.0.0.1:5432), dropped at the end; BENCH_RATING_KEEP=1 keeps it, and
// BENCH_RATING_DB=<name> runs the steps again on a kept one (its set-up takes minutes).
import { DEFAULT_RATING_CYCLE_SETTINGS } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, rowsOf, STATEMENT_TIMEOUT_MS, withStatementTimeout } from '../server/src/db/client.ts';
import { ratingCycles } from '../server/src/db/schema.ts';
import {
  computeQuantitative,
  computeTotals,
  recomputeResult,
} from '../server/src/modules/rating-compute/rating-compute.service.ts';
import { load, printTable, startProcess } from './lib.ts';
import { generateEvaluations, generateProvince, PROVINCE } from './rating-province.ts';

const BARE_PORT = 3951;
const YEAR = 2025;
/** The day the year's records are read up to: after the year, as when the county computes in January. */
const TODAY = '2026-01-20';

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const reuse = process.env.BENCH_RATING_DB;
const dbName = reuse ?? `zc_bench_rating_${Date.now().toString(36)}`;
const admin = async (query: string) => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(query);
  await client.end();
};
const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(2);

if (!reuse) await admin(`create database ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '/nonexistent' });
const bare = await startProcess('bench/bare-server.ts', [String(BARE_PORT)], {}, /bare listening/);
try {
  await database.migrate();
  const db = database.db;
  const [version] = await rowsOf<{ v: string }>(db, sql`select current_setting('server_version') as v`);
  console.log(`PostgreSQL ${version?.v}, database ${dbName}`);

  const setUp = Date.now();
  if (reuse) {
    console.log(`set-up: the province kept in ${dbName}`);
    // emptied, not deleted from: a rerun starts from tables as fresh as the first run's
    await db.execute(
      sql`truncate rating_survey_answers, rating_org_forms, rating_appeals, rating_results, rating_cycles cascade`,
    );
  } else {
    console.log(`set-up: a province of 30,000 cadres and their ${YEAR}`);
    await generateProvince(db, YEAR);
  }
  const [cycle] = await db
    .insert(ratingCycles)
    .values({ countyCode: PROVINCE, year: YEAR, stage: 'open', settings: DEFAULT_RATING_CYCLE_SETTINGS })
    .returning();
  console.log(`set-up: ${seconds(setUp)} s`);

  const baseline = await load('bare Fastify route (baseline)', { url: `http://127.0.0.1:${BARE_PORT}/bare` });

  // the quantitative part, as the cycle's "compute" step runs it
  let started = Date.now();
  const quantitative = await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.export, (tx) =>
    computeQuantitative(tx, cycle!, { today: TODAY, readers: db }),
  );
  const quantitativeSeconds = seconds(started);

  await generateEvaluations(db, cycle!.id);

  // the totals, as the "total" step runs them
  started = Date.now();
  const totals = await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.export, (tx) =>
    computeTotals(tx, cycle!, { readers: db }),
  );
  const totalsSeconds = seconds(started);

  started = Date.now();
  const [first] = await rowsOf<{ id: number }>(db, sql`select min(id) as id from rating_results`);
  await recomputeResult(db, first!.id);
  const recomputeSeconds = seconds(started);

  const grades = await rowsOf<{ grade: string | null; n: number; capped: number; quota: number }>(
    db,
    sql`select computed_grade as grade, count(*)::int as n, count(*) filter (where caps <> '[]'::jsonb)::int as capped,
          count(*) filter (where quota_adjusted)::int as quota
        from rating_results where cycle_id = ${cycle!.id} group by 1 order by 1`,
  );
  const [size] = await rowsOf<{ mib: number; avg: number; insufficient: number }>(
    db,
    sql`select pg_total_relation_size('rating_results') / 1048576.0 as mib, avg(pg_column_size(inputs))::int as avg,
          count(*) filter (where villagers is null)::int as insufficient
        from rating_results where cycle_id = ${cycle!.id}`,
  );
  console.log('\n| step | cadres | seconds |');
  console.log('|---|---:|---:|');
  console.log(
    `| compute the quantitative part (one transaction) | ${quantitative.cadres} | ${quantitativeSeconds} |`,
  );
  console.log(
    `| compute the totals, caps and quota (one transaction) | ${totals.cadres} | ${totalsSeconds} |`,
  );
  console.log(`| recompute one result from the cycle's snapshots | 1 | ${recomputeSeconds} |`);
  console.log(
    `\ntarget ≤ 10 s for both: ${(Number(quantitativeSeconds) + Number(totalsSeconds)).toFixed(2)} s; snapshots ${size?.avg} bytes each (json), results table ${Number(size?.mib).toFixed(0)} MiB; villagers' part insufficient for ${size?.insufficient}`,
  );
  console.log(
    `grades: ${grades.map((g) => `${g.grade ?? 'none'} ${g.n} (capped ${g.capped}, quota-adjusted ${g.quota})`).join('; ')}`,
  );
  printTable([baseline], baseline);
} finally {
  bare.kill('SIGTERM');
  await database.close();
  if (process.env.BENCH_RATING_KEEP) console.log(`kept: BENCH_RATING_DB=${dbName}`);
  else await admin(`drop database if exists ${dbName} with (force)`);
}
