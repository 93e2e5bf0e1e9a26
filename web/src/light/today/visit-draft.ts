import {
  isNightVisit,
  REQUEST_LIMITS,
  type TFourRole,
  type TRequestCategory,
  type TUrgency,
  type TVisitCreate,
} from '@zhucun/core';
import type { TFunction } from 'i18next';

/** A household of the village, as the picker lists it: 王德福（三组 12 号）. */
export type THouseholdOption = { value: number; label: string };
/** A household typed in while recording the visit; `key` only tells the rows apart. */
export type TNewHouseholdDraft = { key: number; headName: string; address: string };
/** One request being typed: '' while no category or four-role tag is chosen. */
export type TRequestDraft = {
  key: number;
  category: TRequestCategory | '';
  urgency: TUrgency;
  description: string;
  fourRole: TFourRole | '';
};
/** 记录走访 as typed, before it becomes the body the server takes. */
export type TVisitDraft = {
  visitedAt: string;
  picked: THouseholdOption[];
  added: TNewHouseholdDraft[];
  attendees: string;
  heard: string;
  requests: TRequestDraft[];
  nightInVillage: boolean;
};
/** A visit not typed yet, at `visitedAt`. */
export const emptyVisitDraft = (visitedAt: string): TVisitDraft => ({
  visitedAt,
  picked: [],
  added: [],
  attendees: '',
  heard: '',
  requests: [],
  nightInVillage: false,
});

/** Messages by the server's dotted path: `heard`, `householdIds`, `newHouseholds.0.headName`, `requests.1.category`. */
export type TVisitErrors = Readonly<Record<string, string | undefined>>;

let lastKey = 0;
/** A key for a new row (React's, never sent). */
export const nextKey = (): number => ++lastKey;

/** Whether `visitedAt` is a whole local minute between 18:00 and 23:59 (a 夜访). */
export function isNightAt(visitedAt: string): boolean {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(visitedAt) && isNightVisit(visitedAt);
}

/** A new request: its content starts as what was heard (editable), 一般 urgency. */
export function newRequest(heard: string): TRequestDraft {
  return { key: nextKey(), category: '', urgency: 'normal', description: heard, fourRole: '' };
}

/** 听到了什么 changed: each request still empty, or still saying what was heard before, follows it. */
export function withHeard(draft: TVisitDraft, heard: string): TVisitDraft {
  const follows = (r: TRequestDraft) => !r.description || r.description === draft.heard;
  return {
    ...draft,
    heard,
    requests: draft.requests.map((r) => (follows(r) ? { ...r, description: heard } : r)),
  };
}

/** How many households the visit has, picked and typed in (the server takes up to 20 of each). */
export const householdCount = (d: Pick<TVisitDraft, 'picked' | 'added'>): number =>
  d.picked.length + d.added.length;

/** What must be filled before sending, by path, in the page's language (the full app's form rules). */
export function checkVisit(d: TVisitDraft, t: TFunction): Record<string, string> {
  const found: Record<string, string> = {};
  if (!d.visitedAt) found.visitedAt = t('visits.visitedAtRequired');
  if (householdCount(d) === 0) found.householdIds = t('visits.householdsRequired');
  d.added.forEach((h, i) => {
    if (!h.headName.trim()) found[`newHouseholds.${i}.headName`] = t('visits.headNameRequired');
  });
  if (!d.heard.trim()) found.heard = t('visits.heardRequired');
  d.requests.forEach((r, i) => {
    if (!r.category) found[`requests.${i}.category`] = t('requests.categoryRequired');
    if (!r.description.trim()) found[`requests.${i}.description`] = t('requests.descriptionRequired');
  });
  return found;
}

/** The body the server takes; 当晚在村 only for a night visit, and only when ticked. */
export function toVisitBody(d: TVisitDraft): TVisitCreate {
  return {
    visitedAt: d.visitedAt,
    householdIds: d.picked.map((h) => h.value),
    newHouseholds: d.added.map((h) => ({ headName: h.headName, address: h.address })),
    attendees: d.attendees,
    heard: d.heard,
    requests: d.requests.map((r) => ({
      category: r.category as TRequestCategory,
      urgency: r.urgency,
      description: r.description,
      ...(r.fourRole ? { fourRole: r.fourRole } : {}),
    })),
    nightInVillage: isNightAt(d.visitedAt) && d.nightInVillage,
  };
}

/** The limits the form's inputs keep to (the server's, core/src/request-api.ts). */
export const LIMITS = { ...REQUEST_LIMITS, headName: 30, address: 100 } as const;
