// A generated province for bench:rating (one year) and bench:dashboard (three): 100 counties × 10
// townships × 10 villages (10,000 villages, code prefix 99), three stationed cadres in each (30,000), and
// each year's records: day records of every day of the week-year, leave, the villages' requests
// (followed up, late, escalated), tasks to every village and to every cadre, projects led and claimed
// with their standards, quarterly assessments and acceptances, rectification items, night visits,
// violations (a few vetoes), spot checks; then, for the totals, organisation forms and the villagers'
// survey answers.
import { type SQL, sql } from 'drizzle-orm';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../server/src/db/client.ts';

export const PROVINCE = '99';
export const VILLAGES = 10_000;
export const CADRES_PER_VILLAGE = 3;
/** The province's codes, written into the SQL (CREATE TABLE AS takes no parameters). */
const LIKE = sql.raw(`'${PROVINCE}%'`);

/** Runs each step (its statements one by one), printing how long it took. */
async function steps(db: TDb, list: [string, SQL[]][]) {
  for (const [name, queries] of list) {
    const t = Date.now();
    await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.job, async (tx) => {
      for (const query of queries) await tx.execute(query);
    });
    console.log(`  ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}

/**
 * The divisions, people and the records of `years` week-years ending with `year` (each: its days, leave,
 * `requestsPerVillage` requests a village, tasks, projects, rectification, night visits, violations and
 * spot checks). The postings start a month before the first year (a twentieth of them in June of the last).
 */
export async function generateProvince(
  db: TDb,
  year: number,
  opts: { years?: number; requestsPerVillage?: number } = {},
): Promise<void> {
  const years = opts.years ?? 1;
  const y = (md: string) => sql.raw(`date '${year}-${md}'`);
  const first = sql.raw(`date '${year - years + 1}-01-01'`);
  await steps(db, [
    [
      'divisions',
      [
        sql`
      insert into divisions (code, parent_code, level, kind, name) values (${PROVINCE}, null, 'province', 'province', '压测省')`,
        sql`
      insert into divisions (code, parent_code, level, kind, name)
        select ${PROVINCE} || lpad(c::text, 4, '0'), ${PROVINCE}, 'county', 'county', '压测县' || c from generate_series(1, 100) c`,
        sql`
      insert into divisions (code, parent_code, level, kind, name)
        select d.code || t::text, d.code, 'township', 'town', d.name || t || '镇'
        from divisions d cross join generate_series(100, 109) t where d.level = 'county' and d.code like ${LIKE}`,
        sql`
      insert into divisions (code, parent_code, level, kind, name)
        select d.code || v::text, d.code, 'village', 'village', d.name || v || '村'
        from divisions d cross join generate_series(200, 209) v where d.level = 'township' and d.code like ${LIKE}`,
        sql`
      insert into users (username, display_name, password_hash, must_change_password)
        values ('bench-rating', '压测组织部', 'not-a-hash', false)`,
        sql`
      create table bench_villages as
        select code, (row_number() over (order by code) - 1)::int as i from divisions where level = 'village' and code like ${LIKE}`,
        sql`
      create unique index on bench_villages (i)`,
      ],
    ],
    [
      'persons and postings (30,000)',
      [
        sql`
      insert into persons (filed_under, name, gender, ethnicity, birth_date, id_number, phone, political_status,
        education_level, full_time_education, personnel_status)
      select v.code, '压测干部' || n, 'male', '汉族', '1990-01-01', 'R' || lpad(n::text, 17, '0'), '171' || lpad(n::text, 8, '0'),
        'cpc_member', 'bachelor', true,
        (array['civil_servant','institution_manager','professional_technical','institution_staff'])[1 + n % 4]
      from generate_series(1, ${VILLAGES * CADRES_PER_VILLAGE}) n join bench_villages v on v.i = (n - 1) / ${CADRES_PER_VILLAGE}`,
        sql`
      create table bench_people as
        select id, filed_under as village, (row_number() over (order by id))::int as n from persons where id_number like 'R%'`,
        sql`
      insert into postings (person_id, village_code, category, post_title, start_date)
      select id, village, (array['first_secretary','team_member','graduate_official'])[1 + (n - 1) % 3], '驻村',
        case when n % 20 = 0 then ${y('06-15')} else ${first} - 31 end
      from bench_people`,
      ],
    ],
  ]);
  for (let each = year - years + 1; each <= year; each++) {
    await generateYear(db, each, opts.requestsPerVillage ?? 30);
    await generateWork(db, each);
  }
  await db.execute(sql`vacuum analyze`);
}

/** A week-year's day records and leave, the villages' requests with their follow-ups, the tasks. */
async function generateYear(db: TDb, year: number, requestsPerVillage: number) {
  const y = (md: string) => sql.raw(`date '${year}-${md}'`);
  const inYear = sql`registered_on between ${y('01-01')} and ${y('12-31')}`;
  /** Days between a village's requests, so that all of them are registered within the year. */
  const gap = Math.floor(330 / requestsPerVillage);
  console.log(`  ${year}:`);
  await steps(db, [
    [
      'day records of the week-year (about 10.9 million)',
      [
        sql`
      insert into duty_days (person_id, village_code, date, day_place, night_place, work, roles)
      select p.id, p.village, d::date,
        (array['village','village','village','village','village','official_duty','leave','absent'])[1 + (p.id + extract(doy from d)::int) % 8],
        (array['village','village','village','village','absent','official_duty','leave','absent'])[1 + (p.id * 3 + extract(doy from d)::int) % 8],
        '入户走访，宣讲政策', '["policy_advocate"]'::jsonb
      from bench_people p
      cross join generate_series(${y('01-04')} - extract(isodow from ${y('01-04')})::int + 1,
        ${y('12-28')} - extract(isodow from ${y('12-28')})::int + 7, interval '1 day') d`,
        sql`
      insert into absences (person_id, village_code, kind, start_date, end_date, reason, state)
      select id, village, 'leave', ${y('03-02')} + n % 200, ${y('03-04')} + n % 200, '事假', 'approved' from bench_people`,
      ],
    ],
    [
      `villages' requests (${(requestsPerVillage * VILLAGES).toLocaleString('en')}) and their follow-ups`,
      [
        sql`
      insert into requests (village_code, category, urgency, description, state, owner_level, owner_division_code, source,
        registered_on, accept_by, resolve_by, resolved_at, satisfaction)
      select v.code, 'infrastructure', 'normal', '村道坑洼需修补',
        case when k % 10 < 6 then 'followed_up' when k % 10 < 8 then 'resolved' when k % 10 = 8 then 'in_progress' else 'withdrawn' end,
        'village', v.code, 'cadre', ${y('01-05')} + k * ${gap}, ${y('01-06')} + k * ${gap}, ${y('01-20')} + k * ${gap},
        case when k % 10 < 8 then ((${y('01-05')} + k * ${gap} + (v.i + k) % 19) + time '10:00') at time zone 'Asia/Shanghai' end,
        case when k % 10 < 6 then (array['satisfied','satisfied','basically_satisfied'])[1 + (v.i + k) % 3] end
      from bench_villages v cross join generate_series(1, ${requestsPerVillage}) k`,
        sql`
      insert into request_events (request_id, at, actor_kind, action, from_state, to_state, owner_level)
      select id, resolved_at + interval '3 days', 'user', 'follow_up', 'resolved', 'followed_up', 'village'
      from requests where state = 'followed_up' and village_code like ${LIKE} and ${inYear}`,
        sql`
      with up as (
        update requests set owner_level = 'township', state = 'registered'
        where village_code like ${LIKE} and state = 'in_progress' and id % 2 = 0 and ${inYear} returning id, resolve_by
      )
      insert into request_events (request_id, at, actor_kind, action, from_state, to_state, owner_level)
      select id, (resolve_by + 1 + time '09:00') at time zone 'Asia/Shanghai', 'system', 'escalate', 'in_progress', 'registered', 'township' from up`,
      ],
    ],
    [
      'tasks to every village (400,000) and to every cadre (90,000)',
      [
        sql`
      insert into tasks (title, deadline, assigner_code, target_kind, created_by)
      select '全省任务${sql.raw(String(year))}-' || t, ${y('01-15')} + t * 9, ${PROVINCE}, 'village', (select id from users where username = 'bench-rating')
      from generate_series(1, 40) t`,
        sql`
      insert into task_assignments (task_id, assignee_kind, division_code, state, done_on)
      select t.id, 'village', v.code, case when (t.id + v.i) % 10 < 7 then 'done' else 'open' end,
        case when (t.id + v.i) % 10 < 7 then t.deadline + ((t.id + v.i) % 5) - 3 end
      from tasks t cross join bench_villages v where t.title like ${`全省任务${year}-%`}`,
        sql`
      insert into tasks (title, deadline, assigner_code, target_kind, created_by)
      select '个人任务${sql.raw(String(year))}-' || t, ${y('03-01')} + t * 80, ${PROVINCE}, 'person', (select id from users where username = 'bench-rating')
      from generate_series(1, 3) t`,
        sql`
      insert into task_assignments (task_id, assignee_kind, division_code, person_id, state, done_on)
      select t.id, 'person', p.village, p.id, case when (t.id + p.n) % 4 < 3 then 'done' else 'open' end,
        case when (t.id + p.n) % 4 < 3 then t.deadline + ((t.id + p.n) % 3) - 2 end
      from tasks t cross join bench_people p where t.title like ${`个人任务${year}-%`}`,
      ],
    ],
  ]);
}

/** Projects, rectification, night visits, violations and spot checks of the year. */
async function generateWork(db: TDb, year: number) {
  const y = (md: string) => sql.raw(`date '${year}-${md}'`);
  const by = sql`(select id from users where username = 'bench-rating')`;
  const projectsOfYear = sql`pr.title like ${`帮扶项目${year}-%`}`;
  await steps(db, [
    [
      'projects (10,000) with claimants, standards, assessments, acceptances',
      [
        sql`
      insert into projects (title, kind, township_code, leader_person_id, target_what, target_date, start_date, planned_end_date, state)
      select '帮扶项目${sql.raw(String(year))}-' || p.n, 'industry', substr(p.village, 1, 9), p.id, '建成并投入使用', ${y('11-30')}, ${y('01-01')} - 60, ${y('11-30')},
        case when p.n % 15 = 1 then 'done' else 'in_progress' end
      from bench_people p where p.n % 3 = 1`,
        sql`
      insert into project_villages (project_id, village_code)
        select pr.id, p.village from projects pr join bench_people p on p.id = pr.leader_person_id where ${projectsOfYear}`,
        sql`
      insert into project_claimants (project_id, person_id)
        select pr.id, p.id from projects pr join bench_people l on l.id = pr.leader_person_id
        join bench_people p on p.village = l.village and p.id <> l.id where ${projectsOfYear}`,
        sql`
      insert into project_criteria (project_id, position, measure, weight)
        select pr.id, c, '指标' || c, (array[40, 30, 30])[c] from projects pr cross join generate_series(1, 3) c
        where ${projectsOfYear}`,
        sql`
      insert into project_assessments (project_id, year, quarter, assessed_by)
        select pr.id, ${year}::int, q, ${by} from projects pr cross join generate_series(1, 3) q where ${projectsOfYear}`,
        sql`
      insert into project_assessment_scores (assessment_id, criterion_id, score)
        select a.id, c.id, 60 + (a.id * 7 + c.id * 3) % 40 from project_assessments a join project_criteria c on c.project_id = a.project_id
        join projects pr on pr.id = a.project_id
        where a.year = ${year}::int and ${projectsOfYear}`,
        sql`
      insert into project_acceptances (project_id, result, score, accepted_on, accepted_by)
        select pr.id, 'passed', 75 + pr.id % 25, ${y('11-20')}, ${by} from projects pr where pr.state = 'done' and ${projectsOfYear}`,
      ],
    ],
    [
      'rectification items (20,000)',
      [
        sql`
      insert into rectification_items (source, problem, level, division_code, supervise_level, state, deadline, reported_on)
      select 'county_self_check', '村内问题${sql.raw(String(year))}-' || k, 'village', v.code, 'village',
        case when (v.i + k) % 3 = 0 then 'open' else 'closed' end, ${y('04-30')} + k * 120,
        case when (v.i + k) % 3 <> 0 then ${y('04-30')} + k * 120 + ((v.i + k) % 7) - 4 end
      from bench_villages v cross join generate_series(0, 1) k`,
        sql`
      insert into rectification_owners (item_id, role, name, person_id)
      select i.id, 'person', '责任人', p.id from rectification_items i join bench_people p on p.village = i.division_code and p.n % 3 = 1
      where i.problem like ${`村内问题${year}-%`}`,
      ],
    ],
    [
      'night visits (1.2 million)',
      [
        sql`
      insert into visits (person_id, village_code, visited_at, date, at_night, heard)
      select p.id, p.village, (d + time '20:30') at time zone 'Asia/Shanghai', d, true, '听取群众意见'
      from bench_people p cross join generate_series(0, 35 + p.n % 10) k
      cross join lateral (select (${y('01-03')} + k * 8 + p.n % 5)::date as d) x`,
      ],
    ],
    [
      'violations (1,500; 30 vetoes) and spot checks (30,000)',
      [
        sql`
      insert into conduct_catalogues (year) values (${year}) on conflict do nothing`,
        sql`
      insert into conduct_items (year, text, deduction, veto) values
        (${year}, '工作日未经批准离岗', 3, false), (${year}, '虚报工作日志', 5, false), (${year}, '弄虚作假', 0, true)`,
        sql`
      insert into violations (person_id, village_code, year, item_id, occurred_on, description, state, deduction, veto,
        answer_due, outcome, final_deduction, recorded_by, recorded_level)
      select p.id, p.village, ${year}, i.id, ${y('05-06')}, '经核实属实', 'decided', i.deduction, i.veto, ${y('05-11')},
        'upheld', i.deduction, ${by}, 'county'
      from bench_people p join conduct_items i on i.year = ${year}
        and i.text = case when p.n % 1000 = 0 then '弄虚作假' when p.n % 40 = 0 then '虚报工作日志' else '工作日未经批准离岗' end
      where p.n % 20 = 0`,
        sql`
      insert into spot_checks (person_id, village_code, checked_at, method, finding, checked_by)
      select p.id, p.village, ((${y('06-04')} + p.n % 150) + time '10:00') at time zone 'Asia/Shanghai', 'video',
        case when p.n % 33 = 0 then 'absent' else 'present' end, ${by}
      from bench_people p`,
      ],
    ],
  ]);
}

/** The organisation forms (township and county) and the survey's answers (12 households a cadre, 8 for some). */
export async function generateEvaluations(db: TDb, cycleId: number): Promise<void> {
  const by = sql`(select id from users where username = 'bench-rating')`;
  await steps(db, [
    [
      'organisation forms (60,000)',
      [
        sql`
      insert into rating_org_forms (cycle_id, person_id, evaluator, scores, score, submitted_by)
      select ${cycleId}, p.id, e, '{}'::jsonb, 70 + (p.n * 7 + length(e)) % 30, ${by}
      from bench_people p cross join unnest(array['township', 'county']) e`,
      ],
    ],
    [
      'households (150,000) and survey answers (about 350,000)',
      [
        sql`
      insert into households (village_code, head_name) select v.code, '户主' || h from bench_villages v cross join generate_series(1, 15) h
        where not exists (select 1 from households x where x.village_code = v.code)`,
        sql`
      insert into rating_survey_answers (cycle_id, person_id, household_id, answer, address_hash)
      select ${cycleId}, p.id, h.id, (array['satisfied','satisfied','satisfied','basically_satisfied','dissatisfied'])[1 + (p.n + h.id) % 5],
        md5(h.id::text)
      from bench_people p join households h on h.village_code = p.village
        and substring(h.head_name from 3)::int <= case when p.n % 10 = 0 then 8 else 12 end`,
      ],
    ],
  ]);
  await db.execute(sql`analyze rating_org_forms; analyze rating_survey_answers`);
}
