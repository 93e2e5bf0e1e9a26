import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { postedCte, type TRatingWindow } from './rating-compute.cadres.ts';

/** A project led or claimed, with the score the year counts for it. */
export type TProjectScoreRow = {
  person_id: number;
  project_id: number;
  score: number;
  basis: 'acceptance' | 'assessment';
  quarter: number | null;
};

/**
 * 项目化帮扶 (docs/rules.md §4.7): the projects each cadre leads or claims, with the project's score of the
 * year: a passed acceptance's in the year (the latest acceptance of the year counts), else the latest
 * quarter of the year assessed in full (Σ weight × score ÷ Σ weight over the project's criteria, one
 * decimal, half up, as `projectScore`). A project without either in the year has no score and counts
 * for nothing. ONE query over every cadre.
 */
export async function findProjectScores(tx: TDb, w: TRatingWindow): Promise<Map<number, TProjectScoreRow[]>> {
  const rows = await rowsOf<TProjectScoreRow>(
    tx,
    sql`
    with ${postedCte(w)},
    held as (
      select pr.id as project_id, pr.leader_person_id as person_id
      from projects pr where pr.leader_person_id in (select person_id from people)
      union
      select pc.project_id, pc.person_id
      from project_claimants pc where pc.person_id in (select person_id from people)
    ),
    accepted as (
      select distinct on (pa.project_id) pa.project_id, pa.result, pa.score
      from project_acceptances pa
      where pa.project_id in (select project_id from held)
        and pa.accepted_on between ${w.from}::date and least(${w.to}::date, ${w.asOf}::date)
      order by pa.project_id, pa.accepted_on desc, pa.created_at desc, pa.id desc
    ),
    assessed as (
      select distinct on (a.project_id) a.project_id, a.quarter, s.score
      from project_assessments a
      cross join lateral (
        select case when count(*) > 0 and count(sc.criterion_id) = count(*)
          then round(sum(c.weight * sc.score) / sum(c.weight), 1) end as score
        from project_criteria c
        left join project_assessment_scores sc on sc.assessment_id = a.id and sc.criterion_id = c.id
        where c.project_id = a.project_id
      ) s
      where a.project_id in (select project_id from held) and a.year = ${w.year}::int and s.score is not null
      order by a.project_id, a.quarter desc
    )
    select h.person_id, h.project_id,
      case when ac.result = 'passed' and ac.score is not null then ac.score else sa.score end::float8 as score,
      case when ac.result = 'passed' and ac.score is not null then 'acceptance' else 'assessment' end as basis,
      case when ac.result = 'passed' and ac.score is not null then null else sa.quarter end as quarter
    from held h
    left join accepted ac on ac.project_id = h.project_id
    left join assessed sa on sa.project_id = h.project_id
    where (ac.result = 'passed' and ac.score is not null) or sa.score is not null
    order by h.person_id, h.project_id`,
  );
  const out = new Map<number, TProjectScoreRow[]>();
  for (const r of rows) out.set(r.person_id, [...(out.get(r.person_id) ?? []), r]);
  return out;
}
