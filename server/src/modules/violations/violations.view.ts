import {
  decidableFrom,
  type TViolationAction,
  type TViolationDetail,
  type TViolationItem,
  type TViolationOutcome,
  type TViolationState,
  type TViolationYearView,
  violationTransition,
  violationYear,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import {
  findEvents,
  findPhotoIds,
  type TViolationRow,
  type TViolationWithNames,
} from './violations.repository.ts';

/** Who is looking: the county (may decide), the township (reads), or the cadre the record is about. */
export type TViewer = 'decider' | 'reader' | 'cadre';

/** The facts the due process judges a record by. */
export const factsOf = (v: TViolationRow) => ({
  state: v.state as TViolationState,
  answerDue: v.answerDue,
  appealDue: v.appealDue,
  appealed: v.appealedAt !== null,
});

/** A record as a list shows it. */
export function itemOf(r: TViolationWithNames): TViolationItem {
  const { v } = r;
  return {
    id: v.id,
    personId: v.personId,
    personName: r.personName,
    villageCode: v.villageCode,
    villageName: r.villageName,
    townshipName: r.townshipName,
    year: v.year,
    itemId: v.itemId,
    itemText: r.itemText,
    veto: v.veto,
    occurredOn: v.occurredOn,
    state: v.state as TViolationState,
    deduction: v.deduction,
    outcome: v.outcome as TViolationOutcome | null,
    finalDeduction: v.finalDeduction,
    answerDue: v.answerDue,
    appealDue: v.appealDue,
    recordedLevel: v.recordedLevel as 'county' | 'township',
    createdAt: v.createdAt.toISOString(),
  };
}

/** The steps a viewer may take now on the local date `today` (the server still decides each). */
export function allowedFor(v: TViolationRow, viewer: TViewer, today: string): TViolationAction[] {
  const mine: readonly TViolationAction[] =
    viewer === 'cadre' ? ['answer', 'appeal'] : viewer === 'decider' ? ['decide', 'decide_appeal'] : [];
  return mine.filter((a) => violationTransition(factsOf(v), a, today).ok);
}

/** Records with their evidence, statements, timeline and the steps the viewer may take. */
export async function detailsOf(
  db: TDb,
  rows: TViolationWithNames[],
  viewer: TViewer,
  today: string,
): Promise<TViolationDetail[]> {
  const photos = await findPhotoIds(
    db,
    rows.map((r) => r.v.id),
  );
  return Promise.all(
    rows.map(async (r) => ({
      ...itemOf(r),
      description: r.v.description,
      answer: r.v.answer,
      appeal: r.v.appeal,
      photoIds: photos.get(r.v.id) ?? [],
      decidableFrom: decidableFrom(r.v.answerDue),
      events: (await findEvents(db, r.v.id)).map(({ event, actorName }) => ({
        id: event.id,
        at: event.at.toISOString(),
        actor: actorName ?? '',
        action: event.action as TViolationAction,
        toState: event.toState as TViolationState,
        outcome: event.outcome as TViolationOutcome | null,
        deduction: event.deduction,
        note: event.note,
      })),
      allowed: allowedFor(r.v, viewer, today),
    })),
  );
}

/** A person's year from their records (docs/rules.md §4.10): what counts, the total, the veto and the cap. */
export function yearViewOf(personId: number, year: number, rows: TViolationWithNames[]): TViolationYearView {
  return {
    personId,
    year,
    ...violationYear(
      rows
        .filter((r) => r.v.year === year)
        .map((r) => ({
          state: r.v.state as TViolationState,
          outcome: r.v.outcome as TViolationOutcome | null,
          finalDeduction: r.v.finalDeduction,
          veto: r.v.veto,
          itemText: r.itemText,
        })),
    ),
  };
}
