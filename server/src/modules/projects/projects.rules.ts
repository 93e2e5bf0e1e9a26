import type { TProjectFacts } from '@zhucun/core';
import type { TErrorDetail } from '../../errors.ts';

const repeats = <T>(items: readonly T[]) => new Set(items).size !== items.length;

/**
 * What a project's facts must satisfy on their own, before the database is asked: dates in order,
 * no village, claimant or funding source twice, all villages in one township.
 */
export function checkProjectFacts(input: TProjectFacts): TErrorDetail[] {
  const details: TErrorDetail[] = [];
  if (input.plannedEndDate < input.startDate)
    details.push({ field: 'plannedEndDate', key: 'end_before_start', params: { start: input.startDate } });
  if (input.targetDate < input.startDate)
    details.push({ field: 'targetDate', key: 'end_before_start', params: { start: input.startDate } });
  if (repeats(input.villageCodes)) details.push({ field: 'villageCodes', key: 'items_repeated' });
  else if (new Set(input.villageCodes.map((c) => c.slice(0, 9))).size > 1)
    details.push({ field: 'villageCodes', key: 'project_villages_township' });
  if (repeats(input.claimants.map((c) => c.personId)))
    details.push({ field: 'claimants', key: 'items_repeated' });
  if (repeats(input.funding.map((f) => f.source))) details.push({ field: 'funding', key: 'items_repeated' });
  return details;
}

/** The columns of a project's own row from its facts (villages, claimants and funding live beside it). */
export function projectColumns(input: TProjectFacts) {
  return {
    title: input.title,
    kind: input.kind,
    isDemonstration: input.isDemonstration,
    description: input.summary,
    townshipCode: input.villageCodes[0]!.slice(0, 9),
    leaderPersonId: input.leaderPersonId,
    targetWhat: input.targetWhat,
    targetQuantity: input.targetQuantity,
    targetUnit: input.targetUnit,
    targetDate: input.targetDate,
    budgetFen: input.budgetFen,
    beneficiaryHouseholds: input.beneficiaryHouseholds,
    beneficiaryPeople: input.beneficiaryPeople,
    startDate: input.startDate,
    plannedEndDate: input.plannedEndDate,
  };
}
