import {
  designatedVillagesAsOf,
  labourersAsOf,
  PROJECT_COUNTED_STATES,
  PROJECT_KINDS,
  type TDesignationFact,
  type TFigureCounts,
  type TFigureRow,
  type TLabourReportFact,
  type TOutcomeFigures,
  type TProjectKind,
  type TScope,
} from '@zhucun/core';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { projects, projectVillages } from '../../db/schema.ts';
import { projectInScope } from '../projects/projects-scope.ts';
import { codeInScope } from './outcomes.repository.ts';

type TCounts = Record<string, TFigureCounts>;
const zero = (): TFigureCounts => ({
  industryProjects: 0,
  labourers: 0,
  ruralTourism: 0,
  greatWall: 0,
  otherDesignations: 0,
});
const add = (into: TCounts, code: string, figure: keyof TFigureCounts, n: number) => {
  into[code] ??= zero();
  (into[code] as TFigureCounts)[figure] += n;
};

/**
 * 产业帮扶项目 as the home page counts them (PROJECT_COUNTED_STATES: approved by the township or further,
 * not stopped), registered on or before the date: by kind, and the industry ones by township and village.
 */
async function industryProjects(db: TDb, scope: TScope, asOf: string) {
  const counted = and(
    inArray(projects.state, [...PROJECT_COUNTED_STATES]),
    sql`(${projects.createdAt} at time zone 'Asia/Shanghai')::date <= ${asOf}`,
    projectInScope(scope),
  );
  const where = and(eq(projects.kind, 'industry'), counted);
  const byKind = await db
    .select({ kind: projects.kind, n: count() })
    .from(projects)
    .where(counted)
    .groupBy(projects.kind);
  const byTownship = await db
    .select({ code: projects.townshipCode, n: count() })
    .from(projects)
    .where(where)
    .groupBy(projects.townshipCode);
  const byVillage = await db
    .select({ code: projectVillages.villageCode, n: count() })
    .from(projects)
    .innerJoin(projectVillages, eq(projectVillages.projectId, projects.id))
    .where(where)
    .groupBy(projectVillages.villageCode);
  return { byKind, byTownship, byVillage };
}

/** The villages' approved months of the date's year up to its month (labourersAsOf picks each one's latest). */
async function labourFacts(db: TDb, scope: TScope, asOf: string) {
  return rowsOf<TLabourReportFact>(
    db,
    sql`select r.village_code as "villageCode", to_char(r.month, 'YYYY-MM') as month, r.state,
          coalesce((select sum(labourers) from labour_report_lines where report_id = r.id), 0)::int as labourers
        from labour_reports r
        where r.state = 'approved' and r.month >= ${`${asOf.slice(0, 4)}-01-01`} and r.month <= ${asOf}
          and ${codeInScope(sql`r.village_code`, scope)}`,
  );
}

async function designationFacts(db: TDb, scope: TScope, asOf: string) {
  return rowsOf<TDesignationFact>(
    db,
    sql`select village_code as "villageCode", kind, level, designated_on::text as "designatedOn", state
        from village_designations
        where state = 'approved' and designated_on <= ${asOf}
          and ${codeInScope(sql`village_code`, scope)}`,
  );
}

async function namesOf(db: TDb, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await rowsOf<{ code: string; name: string }>(
    db,
    sql`select code, name from divisions where code in (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * The bulletin's outcome figures (帮扶成效, docs/rules.md §4.16) within the scope as of a date:
 * industry projects, labourers working away (each village's latest approved month of the year), and the
 * villages designated rural-tourism demonstration villages, “长城人家” and others (approved, dated on or
 * before the date, each village once per kind); with the counts by township and village and the months used.
 */
export async function findOutcomeFigures(
  db: TDb,
  { scope, asOf }: { scope: TScope; asOf: string },
): Promise<TOutcomeFigures> {
  const [industry, labour, designations, townships] = await Promise.all([
    industryProjects(db, scope, asOf),
    labourFacts(db, scope, asOf),
    designationFacts(db, scope, asOf),
    rowsOf<{ code: string; name: string }>(
      db,
      sql`select code, name from divisions where level = 'township' and ${codeInScope(sql`code`, scope)}
          order by code`,
    ),
  ]);
  const village: TCounts = {};
  const township: TCounts = {};
  for (const r of industry.byTownship) add(township, r.code, 'industryProjects', Number(r.n));
  for (const r of industry.byVillage) add(village, r.code, 'industryProjects', Number(r.n));
  const months = labourersAsOf(labour, asOf);
  for (const [code, m] of months) {
    add(village, code, 'labourers', m.labourers);
    add(township, code.slice(0, 9), 'labourers', m.labourers);
  }
  const designated = designatedVillagesAsOf(designations, asOf);
  for (const [kind, villages] of designated) {
    const figure =
      kind === 'rural_tourism' ? 'ruralTourism' : kind === 'great_wall' ? 'greatWall' : 'otherDesignations';
    for (const code of villages.keys()) {
      add(village, code, figure, 1);
      add(township, code.slice(0, 9), figure, 1);
    }
  }
  const names = await namesOf(db, Object.keys(village));
  const latestOf = (prefix: string) =>
    [...months]
      .filter(([c]) => c.startsWith(prefix))
      .reduce<string | null>((a, [, m]) => (a && a > m.month ? a : m.month), null);
  const townshipRows: TFigureRow[] = townships.map((t) => ({
    code: t.code,
    name: t.name,
    townshipCode: t.code,
    labourMonth: latestOf(t.code),
    ...(township[t.code] ?? zero()),
  }));
  const villageRows: TFigureRow[] = Object.entries(village)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, counts]) => ({
      code,
      name: names.get(code) ?? code,
      townshipCode: code.slice(0, 9),
      labourMonth: months.get(code)?.month ?? null,
      ...counts,
    }));
  const totals = zero();
  for (const counts of Object.values(township))
    for (const k of Object.keys(totals) as (keyof TFigureCounts)[]) totals[k] += counts[k];
  const projectsByKind = Object.fromEntries(PROJECT_KINDS.map((k) => [k, 0])) as Record<TProjectKind, number>;
  for (const r of industry.byKind) projectsByKind[r.kind as TProjectKind] = Number(r.n);
  return {
    asOf,
    totals,
    projectsByKind,
    labourMonths: [...new Set([...months.values()].map((m) => m.month))].sort(),
    townships: townshipRows,
    villages: villageRows,
  };
}
