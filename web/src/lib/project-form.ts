import {
  parseYuan,
  type TCreateProjectRequest,
  type TProject,
  type TProjectFundingSource,
  type TProjectKind,
} from '@zhucun/core';
import { yuanText } from './home-funding.ts';

/** The propose form's values: money typed in yuan, claimants as a list of people. */
export type TProjectFormValues = {
  villageCodes: string[];
  title: string;
  kind?: TProjectKind;
  isDemonstration: boolean;
  leaderPersonId?: number;
  claimantIds: number[];
  targetWhat: string;
  targetQuantity: number | null;
  targetUnit: string;
  targetDate: string | null;
  startDate: string | null;
  plannedEndDate: string | null;
  budgetYuan: string;
  funding: { source?: TProjectFundingSource; amountYuan: string }[];
  beneficiaryHouseholds: number | null;
  beneficiaryPeople: number | null;
  summary: string;
};

/** The form's fields that show a server error beside them (the rest go to the banner). */
export const PROJECT_FORM_FIELDS = [
  'villageCodes',
  'title',
  'kind',
  'leaderPersonId',
  'claimantIds',
  'targetWhat',
  'targetQuantity',
  'targetUnit',
  'targetDate',
  'startDate',
  'plannedEndDate',
  'budgetYuan',
  'funding',
  'beneficiaryHouseholds',
  'beneficiaryPeople',
  'summary',
] as const;

/** Where the form shows a server field (`budgetFen` → the yuan field, `claimants.2.personId` → the list). */
export function projectErrorField(field: string): string {
  if (field === 'budgetFen') return 'budgetYuan';
  if (field.startsWith('claimants')) return 'claimantIds';
  if (field.startsWith('villageCodes')) return 'villageCodes';
  const funding = /^funding\.(\d+)\.amountFen$/.exec(field);
  if (funding) return `funding.${funding[1]}.amountYuan`;
  return field;
}

/** A new proposal: the caller's village(s) and themselves as leader when they are known. */
export function newProjectValues(villageCodes: string[], leaderPersonId?: number): TProjectFormValues {
  return {
    villageCodes,
    title: '',
    isDemonstration: false,
    leaderPersonId,
    claimantIds: [],
    targetWhat: '',
    targetQuantity: null,
    targetUnit: '',
    targetDate: null,
    startDate: null,
    plannedEndDate: null,
    budgetYuan: '',
    funding: [],
    beneficiaryHouseholds: null,
    beneficiaryPeople: null,
    summary: '',
  };
}

export function projectFormValuesOf(p: TProject): TProjectFormValues {
  return {
    villageCodes: p.villages.map((v) => v.code),
    title: p.title,
    kind: p.kind,
    isDemonstration: p.isDemonstration,
    leaderPersonId: p.leader.personId,
    claimantIds: p.claimants.map((c) => c.personId),
    targetWhat: p.targetWhat,
    targetQuantity: p.targetQuantity,
    targetUnit: p.targetUnit,
    targetDate: p.targetDate,
    startDate: p.startDate,
    plannedEndDate: p.plannedEndDate,
    budgetYuan: p.budgetFen ? yuanText(p.budgetFen) : '',
    funding: p.funding.map((f) => ({ source: f.source, amountYuan: yuanText(f.amountFen) })),
    beneficiaryHouseholds: p.beneficiaryHouseholds,
    beneficiaryPeople: p.beneficiaryPeople,
    summary: p.summary,
  };
}

/** Fen from a typed yuan amount; an empty field is 0, a bad one null (the form's rule says so first). */
export function fenOf(text: string | undefined): number | null {
  if (!text?.trim()) return 0;
  const fen = parseYuan(text);
  return fen === null || fen < 0 || !Number.isSafeInteger(fen) ? null : fen;
}

/** The request the form sends (the form's rules have checked the values). */
export function toProjectInput(
  v: TProjectFormValues,
  claimantDuties: ReadonlyMap<number, string> = new Map(),
): TCreateProjectRequest {
  return {
    title: v.title.trim(),
    kind: v.kind as TProjectKind,
    isDemonstration: v.isDemonstration,
    summary: v.summary?.trim() ?? '',
    villageCodes: v.villageCodes,
    leaderPersonId: v.leaderPersonId as number,
    claimants: v.claimantIds
      .filter((id) => id !== v.leaderPersonId)
      .map((personId) => ({ personId, duty: claimantDuties.get(personId) ?? '' })),
    targetWhat: v.targetWhat.trim(),
    targetQuantity: v.targetQuantity ?? null,
    targetUnit: v.targetUnit?.trim() ?? '',
    targetDate: v.targetDate as string,
    budgetFen: fenOf(v.budgetYuan) ?? 0,
    funding: v.funding
      .filter((f) => f.source)
      .map((f) => ({
        source: f.source as TProjectFundingSource,
        amountFen: fenOf(f.amountYuan) ?? 0,
        note: '',
      })),
    beneficiaryHouseholds: v.beneficiaryHouseholds ?? 0,
    beneficiaryPeople: v.beneficiaryPeople ?? 0,
    startDate: v.startDate as string,
    plannedEndDate: v.plannedEndDate as string,
  };
}
