import { GRADES, type TGrade, type TRatingCycleStage, type TRatingNotice, type TScope } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { countyOfScope, findCycles } from './rating.repository.ts';

const PUBLISHED: readonly string[] = ['notice', 'appeals', 'confirmed'];

/**
 * 公示 within the county's accounts (docs/rules.md §4.6): from a cycle's notice on, every account of the
 * county reads who was rated and the grade in force, by township, village and name: no scores, no order
 * by score. Before any notice, nothing.
 */
export async function ratingNotice(db: TDb, scope: TScope, year?: number): Promise<TRatingNotice> {
  const county = await countyOfScope(db, scope);
  const cycles = county ? (await findCycles(db, county)).filter((c) => PUBLISHED.includes(c.stage)) : [];
  const cycle = year === undefined ? cycles[0] : cycles.find((c) => c.year === year);
  const counts = { excellent: 0, competent: 0, basically_competent: 0, incompetent: 0, none: 0 };
  const years = cycles.map((c) => c.year);
  if (!cycle)
    return { years, year: null, stage: null, noticeFrom: null, noticeUntil: null, counts, items: [] };
  const rows = await rowsOf<{
    person_name: string;
    township_name: string;
    village_name: string;
    category: string;
    grade: TGrade | null;
  }>(
    db,
    sql`select p.name as person_name, t.name as township_name, v.name as village_name, r.category, r.grade
        from rating_results r
        join persons p on p.id = r.person_id
        join divisions v on v.code = r.village_code
        join divisions t on t.code = v.parent_code
        where r.cycle_id = ${cycle.id}
        order by r.village_code, p.name, r.id`,
  );
  for (const r of rows) {
    const key = r.grade && (GRADES as readonly string[]).includes(r.grade) ? r.grade : 'none';
    counts[key] += 1;
  }
  return {
    years,
    year: cycle.year,
    stage: cycle.stage as TRatingCycleStage,
    noticeFrom: cycle.noticeFrom,
    noticeUntil: cycle.noticeUntil,
    counts,
    items: rows.map((r) => ({
      personName: r.person_name,
      townshipName: r.township_name,
      villageName: r.village_name,
      category: r.category,
      grade: r.grade,
    })),
  };
}
