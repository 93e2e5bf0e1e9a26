import { DEFAULT_RATING_CYCLE_SETTINGS, type TRatingCycleSettings } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../db/client.ts';
import { ratingCycles } from '../db/schema.ts';

/**
 * Records of a past year written straight to the database for the star rating's tests (the API takes
 * today's dates only): day records, requests, tasks, projects, rectification items, night visits,
 * violations, spot checks, forms and survey answers. Each returns the ids it made.
 */

const one = async (db: TDb, query: ReturnType<typeof sql>) =>
  (await rowsOf<{ id: number }>(db, query))[0]!.id;

/** A rating cycle row of a county and year, open unless told (the cycle's HTTP is another module's). */
export async function insertOpenCycle(
  db: TDb,
  values: { year: number; countyCode?: string; settings?: Partial<TRatingCycleSettings>; stage?: string },
) {
  const [row] = await db
    .insert(ratingCycles)
    .values({
      countyCode: values.countyCode ?? '140622',
      year: values.year,
      stage: values.stage ?? 'open',
      settings: { ...DEFAULT_RATING_CYCLE_SETTINGS, ...values.settings },
    })
    .returning();
  return row!;
}

/** A day record on each date from `from` to `to`, in the village by day and by night unless told. */
export async function insertDays(
  db: TDb,
  f: { personId: number; villageCode: string; from: string; to: string; day?: string; night?: string },
) {
  await db.execute(sql`
    insert into duty_days (person_id, village_code, date, day_place, night_place, work)
    select ${f.personId}, ${f.villageCode}, d::date, ${f.day ?? 'village'}, ${f.night ?? 'village'}, '入户走访'
    from generate_series(${f.from}::date, ${f.to}::date, interval '1 day') d
    on conflict (person_id, date) do update set day_place = excluded.day_place, night_place = excluded.night_place`);
}

/** A villager's request of a village: registered, due, resolved (a local date) and answered as told. */
export async function insertRequest(
  db: TDb,
  f: {
    villageCode: string;
    registeredOn: string;
    resolveBy: string;
    resolvedOn?: string | null;
    state?: string;
    ownerLevel?: string;
    satisfaction?: string | null;
    followedUpOn?: string;
  },
): Promise<number> {
  const id = await one(
    db,
    sql`insert into requests (village_code, category, urgency, description, state, owner_level, owner_division_code,
        source, registered_on, accept_by, resolve_by, resolved_at, satisfaction)
      values (${f.villageCode}, 'infrastructure', 'normal', '村道坑洼需修补', ${f.state ?? 'resolved'},
        ${f.ownerLevel ?? 'village'}, ${f.villageCode}, 'cadre', ${f.registeredOn}, ${f.registeredOn}, ${f.resolveBy},
        ${f.resolvedOn ? `${f.resolvedOn}T10:00:00+08:00` : null}, ${f.satisfaction ?? null})
      returning id`,
  );
  if (f.followedUpOn)
    await db.execute(sql`insert into request_events (request_id, at, actor_kind, action, from_state, to_state, owner_level)
      values (${id}, ${`${f.followedUpOn}T15:00:00+08:00`}, 'user', 'follow_up', 'resolved', ${f.state ?? 'followed_up'}, 'village')`);
  return id;
}

/** The overdue job's move of a request from the village to the township, on a local date. */
export async function insertEscalation(db: TDb, requestId: number, on: string) {
  await db.execute(
    sql`update requests set owner_level = 'township', state = 'registered' where id = ${requestId}`,
  );
  await db.execute(sql`insert into request_events (request_id, at, actor_kind, action, from_state, to_state, owner_level)
    values (${requestId}, ${`${on}T09:00:00+08:00`}, 'system', 'escalate', 'accepted', 'registered', 'township')`);
}

/** A task with one assignment (to a person, or to a village), done on a date or open. */
export async function insertAssignedTask(
  db: TDb,
  f: { createdBy: number; deadline: string; doneOn?: string | null; personId?: number; villageCode: string },
): Promise<number> {
  const taskId = await one(
    db,
    sql`insert into tasks (title, deadline, assigner_code, target_kind, created_by)
      values ('测试任务', ${f.deadline}, ${f.villageCode.slice(0, 9)}, ${f.personId ? 'person' : 'village'}, ${f.createdBy})
      returning id`,
  );
  await db.execute(sql`insert into task_assignments (task_id, assignee_kind, division_code, person_id, state, done_on)
    values (${taskId}, ${f.personId ? 'person' : 'village'}, ${f.villageCode}, ${f.personId ?? null},
      ${f.doneOn ? 'done' : 'open'}, ${f.doneOn ?? null})`);
  return taskId;
}

/** A problem to rectify of a village (or of someone's, by `ownerPersonId`), closed on time or not. */
export async function insertRectificationItem(
  db: TDb,
  f: {
    divisionCode: string;
    deadline: string;
    state?: string;
    reportedOn?: string | null;
    ownerPersonId?: number;
  },
): Promise<number> {
  const id = await one(
    db,
    sql`insert into rectification_items (source, problem, level, division_code, supervise_level, state, deadline, reported_on)
      values ('county_self_check', '村内垃圾清运不及时', ${f.divisionCode.length === 12 ? 'village' : 'township'},
        ${f.divisionCode}, 'village', ${f.state ?? 'open'}, ${f.deadline}, ${f.reportedOn ?? null})
      returning id`,
  );
  if (f.ownerPersonId)
    await db.execute(sql`insert into rectification_owners (item_id, role, name, person_id)
      values (${id}, 'person', '责任人', ${f.ownerPersonId})`);
  return id;
}

/** Visits of a person, one a day from a date on, at night (20:30) unless told; their ids. */
export async function insertVisits(
  db: TDb,
  f: { personId: number; villageCode: string; from: string; count: number; atNight?: boolean },
): Promise<number[]> {
  const atNight = f.atNight ?? true;
  const rows = await rowsOf<{ id: number }>(
    db,
    sql`insert into visits (person_id, village_code, visited_at, date, at_night, heard)
      select ${f.personId}, ${f.villageCode}, (d::date + ${atNight ? '20:30' : '10:00'}::time) at time zone 'Asia/Shanghai',
        d::date, ${atNight}, '听取群众意见'
      from generate_series(${f.from}::date, ${f.from}::date + ${f.count - 1}::int, interval '1 day') d
      returning id`,
  );
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** A violation record of a year, decided as told (upheld by default), on an item of that year's list. */
export async function insertViolation(
  db: TDb,
  f: {
    personId: number;
    villageCode: string;
    year: number;
    recordedBy: number;
    deduction: number;
    veto?: boolean;
    state?: string;
    outcome?: string | null;
    finalDeduction?: number | null;
    text?: string;
  },
): Promise<number> {
  await db.execute(sql`insert into conduct_catalogues (year) values (${f.year}) on conflict do nothing`);
  const itemId = await one(
    db,
    sql`insert into conduct_items (year, text, deduction, veto)
      values (${f.year}, ${f.text ?? '工作日未经批准离岗'}, ${f.deduction}, ${f.veto ?? false}) returning id`,
  );
  const outcome = f.outcome === undefined ? 'upheld' : f.outcome;
  return one(
    db,
    sql`insert into violations (person_id, village_code, year, item_id, occurred_on, description, state, deduction,
        veto, answer_due, outcome, final_deduction, recorded_by, recorded_level)
      values (${f.personId}, ${f.villageCode}, ${f.year}, ${itemId}, ${`${f.year}-05-06`}, '经核实属实',
        ${f.state ?? 'decided'}, ${f.deduction}, ${f.veto ?? false}, ${`${f.year}-05-11`}, ${outcome},
        ${f.finalDeduction === undefined ? (outcome ? f.deduction : null) : f.finalDeduction}, ${f.recordedBy}, 'county')
      returning id`,
  );
}

/** A spot check of a person at a local minute (`YYYY-MM-DD HH:MM`), absent unless told. */
export async function insertSpotCheck(
  db: TDb,
  f: { personId: number; villageCode: string; at: string; checkedBy: number; finding?: string },
): Promise<number> {
  return one(
    db,
    sql`insert into spot_checks (person_id, village_code, checked_at, method, finding, checked_by)
      values (${f.personId}, ${f.villageCode}, ${`${f.at.replace(' ', 'T')}:00+08:00`}, 'video',
        ${f.finding ?? 'absent'}, ${f.checkedBy}) returning id`,
  );
}

/** An organisation form on a cadre with one score for every criterion. */
export async function insertOrgForm(
  db: TDb,
  f: { cycleId: number; personId: number; evaluator: string; score: number; submittedBy: number },
): Promise<number> {
  const scores = Object.fromEntries(DEFAULT_RATING_CYCLE_SETTINGS.criteria.map((c) => [c.code, f.score]));
  return one(
    db,
    sql`insert into rating_org_forms (cycle_id, person_id, evaluator, scores, score, submitted_by)
      values (${f.cycleId}, ${f.personId}, ${f.evaluator}, ${JSON.stringify(scores)}::jsonb, ${f.score}, ${f.submittedBy})
      returning id`,
  );
}

/** Survey answers on a cadre, one per new household of the village. */
export async function insertSurveyAnswers(
  db: TDb,
  f: { cycleId: number; personId: number; villageCode: string; answers: string[] },
) {
  for (const [i, answer] of f.answers.entries()) {
    const householdId = await one(
      db,
      sql`insert into households (village_code, head_name, phone) values (${f.villageCode}, ${`户主${i}`}, null) returning id`,
    );
    await db.execute(sql`insert into rating_survey_answers (cycle_id, person_id, household_id, answer, address_hash)
      values (${f.cycleId}, ${f.personId}, ${householdId}, ${answer}, ${`test-${i}`})`);
  }
}

/** A project's standard (criteria of these weights), its quarterly assessments and an acceptance. */
export async function insertProjectStandard(
  db: TDb,
  f: {
    projectId: number;
    weights: number[];
    assessments: { year: number; quarter: number; scores: number[] }[];
    acceptance?: { on: string; result: 'passed' | 'failed'; score: number };
    by: number;
  },
) {
  const criteria: number[] = [];
  for (const [i, weight] of f.weights.entries())
    criteria.push(
      await one(
        db,
        sql`insert into project_criteria (project_id, position, measure, weight)
          values (${f.projectId}, ${i}, ${`指标${i + 1}`}, ${weight}) returning id`,
      ),
    );
  for (const a of f.assessments) {
    const id = await one(
      db,
      sql`insert into project_assessments (project_id, year, quarter, assessed_by)
        values (${f.projectId}, ${a.year}, ${a.quarter}, ${f.by}) returning id`,
    );
    for (const [i, score] of a.scores.entries())
      await db.execute(sql`insert into project_assessment_scores (assessment_id, criterion_id, score)
        values (${id}, ${criteria[i]!}, ${score})`);
  }
  if (f.acceptance)
    await db.execute(sql`insert into project_acceptances (project_id, result, score, accepted_on, accepted_by)
      values (${f.projectId}, ${f.acceptance.result}, ${f.acceptance.score}, ${f.acceptance.on}, ${f.by})`);
}
