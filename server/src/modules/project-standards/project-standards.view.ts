import {
  assessmentQuarters,
  localDate,
  PROJECT_EDITABLE_STATES,
  type TAcceptanceResult,
  type TAssessmentView,
  type TCriterionScoreView,
  type TProjectLevel,
  type TProjectStandard,
  type TProjectState,
  type TQuarter,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import {
  findAssessments,
  findCriteria,
  findLatestAcceptance,
  findScoresOf,
  type TProjectHead,
} from './project-standards.repository.ts';
import {
  ASSESSABLE_STATES,
  atLeast,
  CLOSED_STATES,
  explain,
  QUARTER_STATES,
  quarterLabel,
} from './project-standards.rules.ts';

const num = (v: number | string | null) => (v === null ? null : Number(v));

/** What the caller may do to the standard, from their level over the project and their permissions. */
export function standardPowers(
  state: TProjectState,
  level: TProjectLevel | null,
  permissions: readonly string[],
  hasCriteria: boolean,
) {
  const write = permissions.includes('projects:write');
  const approve = permissions.includes('projects:approve');
  const editable = PROJECT_EDITABLE_STATES.includes(state);
  return {
    mayEditCriteria:
      write && level !== null && !CLOSED_STATES.includes(state) && (editable || atLeast(level, 'township')),
    mayAssess: approve && atLeast(level, 'township') && ASSESSABLE_STATES.includes(state) && hasCriteria,
    mayAccept: approve && level === 'county' && state === 'acceptance' && hasCriteria,
  };
}

/** GET /api/projects/:id/standard: criteria, the quarters due, each assessment and the acceptance explained. */
export async function standardView(
  db: TDb,
  head: TProjectHead,
  level: TProjectLevel | null,
  permissions: readonly string[],
  now: Date,
): Promise<TProjectStandard> {
  const state = head.state as TProjectState;
  const criteria = await findCriteria(db, head.id);
  const rows = await findAssessments(db, head.id);
  const scores = await findScoresOf(
    db,
    rows.map((a) => a.id),
  );
  const assessments: TAssessmentView[] = rows.map((a) => {
    const own: TCriterionScoreView[] = scores
      .filter((s) => s.assessmentId === a.id)
      .map((s) => ({
        criterionId: s.criterionId,
        score: Number(s.score),
        actualValue: num(s.actualValue),
        comment: s.comment,
        evidence: s.evidence,
        evidencePhotoId: s.evidenceFileId,
      }));
    return {
      id: a.id,
      quarter: quarterLabel(a.year, a.quarter),
      comment: a.comment,
      assessedAt: a.assessedAt.toISOString(),
      assessedByName: a.assessedByName,
      scores: own,
      explained: explain(criteria, own),
    };
  });
  const acc = await findLatestAcceptance(db, head.id);
  const accScores: TCriterionScoreView[] = (acc?.criterionScores ?? []).map((s) => ({
    criterionId: s.criterionId,
    score: Number(s.score),
    actualValue: s.actualValue ?? null,
    comment: s.comment ?? '',
    evidence: s.evidence ?? '',
    evidencePhotoId: s.evidenceFileId ?? null,
  }));
  const acceptance = acc
    ? {
        id: acc.id,
        conclusion: acc.result as TAcceptanceResult,
        acceptedOn: acc.acceptedOn,
        note: acc.note,
        acceptedByName: acc.acceptedByName,
        scores: accScores,
        explained: accScores.length ? explain(criteria, accScores) : null,
      }
    : null;
  const byQuarter = new Map(assessments.map((a) => [a.quarter, a.id]));
  const quarters = QUARTER_STATES.includes(state)
    ? assessmentQuarters({
        start: head.startDate,
        end: head.actualEndDate ?? head.stoppedOn,
        today: localDate(now),
        assessed: byQuarter.keys(),
      }).map((q) => ({ ...q, assessmentId: byQuarter.get(q.quarter as TQuarter) ?? null }))
    : [];
  const latest = assessments.find((a) => a.explained !== null);
  const score =
    acceptance?.conclusion === 'passed' && acceptance.explained
      ? { basis: 'acceptance' as const, quarter: null, explained: acceptance.explained }
      : latest?.explained
        ? { basis: 'assessment' as const, quarter: latest.quarter, explained: latest.explained }
        : null;
  return {
    projectId: head.id,
    state,
    criteria: criteria.map((c) => ({
      id: c.id,
      position: c.position,
      measure: c.measure,
      targetValue: num(c.targetValue),
      targetUnit: c.targetUnit,
      weight: c.weight,
      evidenceRequired: c.evidenceRequired,
    })),
    weightTotal: criteria.reduce((s, c) => s + c.weight, 0),
    criteriaFrozen: !PROJECT_EDITABLE_STATES.includes(state),
    ...standardPowers(state, level, permissions, criteria.length > 0),
    quarters,
    assessments,
    acceptance,
    score,
  };
}
