import {
  addDays,
  GRADES,
  localDate,
  PROJECT_STATES,
  type THomesPanel,
  type TMapMeasure,
  type TPresencePanel,
  type TProjectsPanel,
  type TRatingPanel,
  type TRectificationPanel,
  type TRequestsPanel,
  type TScope,
  type TTasksPanel,
  type TVillageMap,
  weekStart,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import type { TAbsencesService } from '../absences/absences.service.ts';
import { findChildDivisions } from '../compliance/compliance.repository.ts';
import { divisionOf } from '../compliance/division-scope.ts';
import { findVillagePoints } from '../divisions/divisions.repository.ts';
import type { THomesService } from '../homes/homes.service.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import { findWeeksOfCadres } from './dashboard.presence.ts';
import {
  countGrades,
  countOnLeave,
  countProjectKinds,
  countProjects,
  countRectification,
  countRequests,
  countTasks,
  type TPartQuery,
} from './dashboard.repository.ts';

export type TDashboardDeps = {
  db: TDb;
  now: () => Date;
  rules: Pick<TRulesService, 'get'>;
  absences: Pick<TAbsencesService, 'recallAlerts'>;
  homes: Pick<THomesService, 'standing'>;
};

type TFigures<K extends string> = Record<K, number>;

/**
 * The county's picture (docs/rules.md §4.15): for a division in the caller's scope, each panel's figures
 * by its parts (a county's townships, a township's villages) and in total, as of today. Every figure is a
 * count of records that the list pages show with the same filter; nothing ranks a person.
 */
export function createDashboardService(deps: TDashboardDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  /** Every village and community under a division, in code order, with the point the county entered. */
  const villagesUnder = async (code: string) =>
    (await findVillagePoints(db, { all: false, codes: [code] })).map((v) => ({ ...v, name: v.village }));

  /**
   * The division asked for (404 out of scope), its parts, and how records fall into them: its townships
   * or villages, or with `byVillage` every village under it (the map's points).
   */
  async function frameOf(scope: TScope, code: string | undefined, byVillage = false) {
    const division = await divisionOf(db, scope, code);
    const parts =
      division.level === 'village'
        ? [{ code: division.code, name: division.name }]
        : byVillage
          ? await villagesUnder(division.code)
          : await findChildDivisions(db, division.code);
    const q: TPartQuery = {
      prefix: division.code,
      partLength: division.level === 'county' && !byVillage ? 9 : 12,
      today: today(),
    };
    /** The scope of the division alone (within the caller's, as the division is). */
    const own: TScope = { all: false, codes: [division.code] };
    return { division, parts, q, own };
  }
  type TFrame = Awaited<ReturnType<typeof frameOf>>;

  /**
   * Rows of counts (a `part` each) laid on the division's parts, zeros where a part has none, and
   * summed; the division's own records (a shorter code) appear as a part of its own code when any.
   */
  function assemble<K extends string>(
    f: TFrame,
    keys: readonly K[],
    rows: readonly ({ part: string } & Partial<TFigures<K>>)[],
  ) {
    const zero = () => Object.fromEntries(keys.map((k) => [k, 0])) as TFigures<K>;
    const parts = f.parts.map((p) => ({ ...p, ...zero() }));
    const totals = zero();
    for (const row of rows) {
      let part = parts.find((p) => p.code === row.part);
      if (!part && row.part === f.division.code) {
        part = { code: f.division.code, name: f.division.name, ...zero() };
        parts.push(part);
      }
      for (const k of keys) {
        const n = row[k] ?? 0;
        totals[k] += n;
        if (part) (part as TFigures<K>)[k] += n;
      }
    }
    return { division: f.division, asOf: f.q.today, parts, totals };
  }

  /** Counts of the items given by part (a code each). */
  const tally = <K extends string>(key: K, codes: readonly string[], length: number) => {
    const by = new Map<string, number>();
    for (const c of codes) by.set(c.slice(0, length), (by.get(c.slice(0, length)) ?? 0) + 1);
    return [...by].map(([part, n]) => ({ part, [key]: n }) as { part: string } & TFigures<K>);
  };

  const panels = {
    /** 五天四夜 of the last ended week and of this month's ended weeks, leave today, recall alerts this year. */
    async presence(scope: TScope, code?: string, byVillage = false): Promise<TPresencePanel> {
      const f = await frameOf(scope, code, byVillage);
      const lastMonday = addDays(weekStart(f.q.today), -7);
      const month = f.q.today.slice(0, 7);
      // this month's weeks that have ended (a week belongs to the month of its Sunday)
      const mondays: string[] = [];
      for (let m = weekStart(`${month}-01`); addDays(m, 6) < f.q.today; m = addDays(m, 7))
        if (addDays(m, 6).startsWith(month)) mondays.push(m);
      const weeksOf = (list: readonly string[]) =>
        findWeeksOfCadres(db, {
          prefix: f.division.code,
          today: f.q.today,
          mondays: list,
          rulesOf: deps.rules.get,
        });
      const [week, weeks] = await Promise.all([weeksOf([lastMonday]), weeksOf(mondays)]);
      const recall = await deps.absences.recallAlerts(f.own, f.q.today.slice(0, 4));
      const n = f.q.partLength;
      const rows = [
        ...week.map((c) => ({
          part: c.villageCode.slice(0, n),
          weekComplying: c.complying,
          weekNotComplying: c.assessed - c.complying,
        })),
        ...weeks.map((c) => ({
          part: c.villageCode.slice(0, n),
          monthComplying: c.complying,
          monthNotComplying: c.assessed - c.complying,
        })),
        ...(await countOnLeave(db, f.q)),
        ...tally(
          'recallAlerts',
          recall.items.map((i) => i.villageCode),
          f.q.partLength,
        ),
      ];
      const keys = [
        'weekComplying',
        'weekNotComplying',
        'monthComplying',
        'monthNotComplying',
        'onLeave',
        'recallAlerts',
      ] as const;
      return {
        ...assemble(f, keys, rows),
        week: { monday: lastMonday, sunday: addDays(lastMonday, 6) },
        month: { month, weeks: mondays.length },
        recallLeaveDays: recall.limit,
      };
    },

    /** 群众诉求: open, overdue and handed up now; this year's resolved, on time, and the villagers' word. */
    async requests(scope: TScope, code?: string, byVillage = false): Promise<TRequestsPanel> {
      const f = await frameOf(scope, code, byVillage);
      const rows = await countRequests(db, { ...f.q, from: `${f.q.today.slice(0, 4)}-01-01` });
      const keys = [
        'open',
        'overdue',
        'atTownship',
        'atCounty',
        'resolved',
        'resolvedOnTime',
        'satisfied',
        'basicallySatisfied',
        'partlySolved',
        'dissatisfied',
      ] as const;
      return assemble(f, keys, rows);
    },

    /** 项目化帮扶: projects by stage and, approved or further, by kind; milestones overdue. */
    async projects(scope: TScope, code?: string, byVillage = false): Promise<TProjectsPanel> {
      const f = await frameOf(scope, code, byVillage);
      const [rows, byKind] = await Promise.all([countProjects(db, f.q), countProjectKinds(db, f.q)]);
      const counts = rows.map((r) => ({
        part: r.part,
        [r.state]: r.n,
        milestonesOverdue: r.milestonesOverdue,
      }));
      return { ...assemble(f, [...PROJECT_STATES, 'milestonesOverdue'] as const, counts), byKind };
    },

    /** 任务清单: assignments open, overdue, done. */
    async tasks(scope: TScope, code?: string, byVillage = false): Promise<TTasksPanel> {
      const f = await frameOf(scope, code, byVillage);
      return assemble(f, ['open', 'overdue', 'done'] as const, await countTasks(db, f.q));
    },

    /** 问题整改: items open, overdue, closed. */
    async rectification(scope: TScope, code?: string, byVillage = false): Promise<TRectificationPanel> {
      const f = await frameOf(scope, code, byVillage);
      return assemble(f, ['open', 'overdue', 'closed'] as const, await countRectification(db, f.q));
    },

    /** 标准化家园: homes, those below the standard, and stationed cadres living in none (走读 risk). */
    async homes(scope: TScope, code?: string, byVillage = false): Promise<THomesPanel> {
      const f = await frameOf(scope, code, byVillage);
      const s = await deps.homes.standing(f.own);
      const n = f.q.partLength;
      return assemble(f, ['homes', 'belowStandard', 'withoutHome'] as const, [
        ...tally(
          'homes',
          s.homes.map((h) => h.villageCode),
          n,
        ),
        ...tally(
          'belowStandard',
          s.homes.filter((h) => h.belowStandard).map((h) => h.villageCode),
          n,
        ),
        ...tally('withoutHome', s.withoutHome, n),
      ]);
    },

    /** 星级评定: the latest graded cycle's results by the grade in force. */
    async rating(scope: TScope, code?: string, byVillage = false): Promise<TRatingPanel> {
      const f = await frameOf(scope, code, byVillage);
      const { cycle, rows } = await countGrades(db, { ...f.q, countyCode: f.division.code.slice(0, 6) });
      const counts = rows.flatMap((r) =>
        r.grade && (GRADES as readonly string[]).includes(r.grade) ? [{ part: r.part, [r.grade]: r.n }] : [],
      );
      return { ...assemble(f, GRADES, counts), cycle };
    },
  };

  return {
    ...panels,

    /**
     * 村庄分布: one measure (a panel's figure) by village, for the villages with a point the county
     * entered, and summed by the division's parts (the tiles drawn when no village has a point).
     */
    async villages(scope: TScope, code: string | undefined, measure: TMapMeasure): Promise<TVillageMap> {
      const [panel, figure] = measure.split('.') as [keyof typeof panels, string];
      const f = await frameOf(scope, code);
      const villages = await villagesUnder(f.division.code);
      const byVillage = (await panels[panel](scope, f.division.code, true)) as {
        parts: ({ code: string } & Record<string, unknown>)[];
      };
      const valueByVillage = new Map(byVillage.parts.map((p) => [p.code, Number(p[figure] ?? 0)]));
      const value = (code: string) => valueByVillage.get(code) ?? 0;
      const parts = f.parts.map((p) => ({
        code: p.code,
        name: p.name,
        value: villages.filter((v) => v.code.startsWith(p.code)).reduce((sum, v) => sum + value(v.code), 0),
      }));
      const points = villages.flatMap((v) =>
        v.lng !== null && v.lat !== null
          ? [{ code: v.code, name: v.name, lng: v.lng, lat: v.lat, value: value(v.code) }]
          : [],
      );
      return {
        division: f.division,
        asOf: f.q.today,
        measure,
        parts,
        points,
        withoutPoint: villages.length - points.length,
      };
    },
  };
}
export type TDashboardService = ReturnType<typeof createDashboardService>;
