import { createHash } from 'node:crypto';
import os from 'node:os';
import { localDate } from '@zhucun/core';
import type autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '../server/src/db/client.ts';
import { load, ownCounty, printTable, ROOT, signIn, startProcess, type TResult } from './lib.ts';

const SERVER_PORT = 3920;
const BARE_PORT = 3921;
const CADRES = 1000;
const YEAR = '2025';

const county = await ownCounty(SERVER_PORT, 'duty');
const { dataDir, databaseUrl, env, stop } = county;

// 1. the demo county, then the server stops so the bench can write into its database
await stop(await startProcess('server/src/main.ts', ['--demo'], env, /Zhucun/));

const tokenOf = (n: number) => `bench-session-${n}`;
const database = await openDatabase({ databaseUrl, dataDir });
const started = Date.now();
await database.db.transaction(async (tx) => {
  await tx.execute(sql`
    create temporary table bench_villages on commit drop as
      select code, row_number() over (order by code) - 1 as i from divisions where level = 'village'`);
  await tx.execute(sql`
    insert into users (username, phone, display_name, password_hash, must_change_password)
    select 'bench' || n, '170' || lpad(n::text, 8, '0'), '压测干部' || n, 'not-a-hash', false
    from generate_series(1, ${CADRES}) n`);
  await tx.execute(sql`
    insert into role_assignments (user_id, role, division_code)
    select u.id, 'cadre', v.code from users u
    join bench_villages v on v.i = (substring(u.username from 6)::int % (select count(*) from bench_villages))
    where u.username like 'bench%'`);
  await tx.execute(sql`
    insert into persons (filed_under, name, gender, ethnicity, birth_date, id_number, phone, political_status,
      education_level, full_time_education, personnel_status, user_id)
    select r.division_code, u.display_name, 'female', '汉族', '1995-01-01', 'B' || lpad(u.id::text, 17, '0'),
      u.phone, 'cpc_member', 'bachelor', true, 'civil_servant', u.id
    from users u join role_assignments r on r.user_id = u.id and r.role = 'cadre'
    where u.username like 'bench%'`);
  await tx.execute(sql`
    insert into postings (person_id, village_code, category, post_title, start_date)
    select p.id, p.filed_under, 'team_member', '队员', '2024-12-30' from persons p where p.id_number like 'B%'`);
  for (let n = 1; n <= CADRES; n += 250) {
    const values = Array.from({ length: Math.min(250, CADRES - n + 1) }, (_, i) => {
      const id = createHash('sha256')
        .update(tokenOf(n + i))
        .digest('hex');
      return sql`(${id}, (select id from users where username = ${`bench${n + i}`}), ${`csrf-${n + i}`}, 600, now() + interval '1 day')`;
    });
    await tx.execute(
      sql`insert into sessions (id, user_id, csrf_token, idle_minutes, expires_at) values ${sql.join(values, sql`, `)}`,
    );
  }
  // a year of days: mostly in the village, some official duty, leave and absence, nights a little less
  await tx.execute(sql`
    insert into duty_days (person_id, village_code, date, day_place, night_place, work, roles)
    select p.id, p.filed_under, d::date,
      (array['village','village','village','village','village','official_duty','leave','absent'])[1 + (p.id + extract(doy from d)::int) % 8],
      (array['village','village','village','village','absent','official_duty','leave','absent'])[1 + (p.id * 3 + extract(doy from d)::int) % 8],
      '入户走访，宣讲政策', '["policy_advocate"]'::jsonb
    from persons p cross join generate_series(${`${YEAR}-01-01`}::date, ${`${YEAR}-12-31`}::date, '1 day') d
    where p.id_number like 'B%'`);
  await tx.execute(sql`
    insert into absences (person_id, village_code, kind, start_date, end_date, reason, state)
    select p.id, p.filed_under, 'leave', ${`${YEAR}-03-02`}::date + (p.id % 200), ${`${YEAR}-03-04`}::date + (p.id % 200), '事假', 'approved'
    from persons p where p.id_number like 'B%'`);
});
await database.db.execute(sql`analyze`);
const [count] = await rowsOf<{ n: number }>(database.db, sql`select count(*) as n from duty_days`);
console.log(
  `set-up: ${CADRES} cadres, ${count?.n} day records in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
await database.close();

// 2. the server again on the same database, and the bare route
const server = await startProcess('server/src/main.ts', [], env, /Zhucun/);
const bare = await startProcess('bench/bare-server.ts', [String(BARE_PORT)], {}, /bare listening/);
const base = `http://127.0.0.1:${SERVER_PORT}`;
const today = localDate(new Date());
const results: TResult[] = [];
try {
  const baseline = await load('bare Fastify route', { url: `http://127.0.0.1:${BARE_PORT}/bare` });

  let next = 0;
  const saveRequest = (edit: number) => ({
    method: 'PUT' as const,
    path: `/api/duty/my/days/${today}`,
    setupRequest: (req: autocannon.Request) => {
      const n = (next++ % CADRES) + 1;
      return {
        ...req,
        headers: {
          'content-type': 'application/json',
          cookie: `zc_session=${tokenOf(n)}`,
          'x-csrf-token': `csrf-${n}`,
        },
        body: JSON.stringify({
          day: 'village',
          night: 'village',
          work: `走访农户 ${edit}-${n}`,
          roles: ['prosperity_helper'],
        }),
      };
    },
  });
  // the evening rush: exactly 1,000 saves, one per cadre, as fast as 50 connections send them
  const t0 = Date.now();
  const rush = await load('1,000 cadres save their day (first save)', {
    url: base,
    amount: CADRES,
    requests: [saveRequest(1)],
  });
  const rushSeconds = (Date.now() - t0) / 1000;
  results.push(rush);
  results.push(await load('saving a day (edits, 10 s)', { url: base, requests: [saveRequest(2)] }));

  const admin = await signIn(base, 'admin');
  const timings: number[] = [];
  let summary = '';
  for (let i = 0; i < 3; i++) {
    const t = Date.now();
    const res = await fetch(`${base}/api/duty/compliance/year?year=${YEAR}&division=140622`, {
      headers: { cookie: admin.cookie },
    });
    const body = (await res.json()) as { items?: unknown[] };
    timings.push(Date.now() - t);
    summary = `status ${res.status}, ${body.items?.length ?? '?'} cadres`;
  }
  results.push(
    await load('compliance of a county-year (1 request at a time)', {
      url: `${base}/api/duty/compliance/year?year=${YEAR}&division=140622`,
      headers: { cookie: admin.cookie },
      connections: 1,
      duration: 10,
    }),
  );

  console.log(
    `\nDuty bench on ${databaseUrl ? 'PostgreSQL' : 'PGlite'} (${os.cpus().length} cores), root ${ROOT}`,
  );
  console.log(`1,000 first saves took ${rushSeconds.toFixed(1)} s (target: within 60 s)`);
  console.log(`compliance ${YEAR} for the county: ${timings.join(' / ')} ms (${summary})`);
  printTable([baseline, ...results], baseline);
} finally {
  server.kill('SIGTERM');
  bare.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await county.cleanUp();
}
