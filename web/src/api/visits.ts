import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TVisitCreate, TVisitList, TVisitSummary, TVisitView } from '@zhucun/core';
import { apiRequest } from './client.ts';
import { useOutboxWrite } from './outbox.ts';

export type TVisitFilter = {
  from?: string;
  to?: string;
  village?: string;
  township?: string;
  personId?: number;
  page?: number;
  pageSize?: number;
};

const VISITS = ['visits'] as const;

/** Visits in scope, newest first (the server's order). */
export function useVisits(filter: TVisitFilter, enabled = true) {
  return useQuery({
    queryKey: [...VISITS, 'list', filter],
    queryFn: () => apiRequest<TVisitList>('/api/visits', { query: filter }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Each cadre's visits and night visits in a month, by village then name (never a ranking). */
export function useVisitSummary(
  filter: { month: string; village?: string; township?: string },
  enabled = true,
) {
  return useQuery({
    queryKey: [...VISITS, 'summary', filter],
    queryFn: () => apiRequest<TVisitSummary>('/api/visits/summary', { query: filter }),
    enabled,
  });
}

/** What a visit is called in the outbox: its day and its first household. */
function visitSubject(body: TVisitCreate, names: (id: number) => string | undefined): Record<string, string> {
  const household =
    (body.householdIds ?? []).map(names).find(Boolean) ?? body.newHouseholds?.[0]?.headName ?? '';
  return { date: body.visitedAt.slice(0, 10), household };
}

/**
 * Records the cadre's own visit (with new households and requests raised from it) through the outbox:
 * without signal it is kept on the phone and sent once later (`Idempotency-Key`).
 */
export function useCreateVisit(userId: number, names: (id: number) => string | undefined) {
  return useOutboxWrite<TVisitCreate, TVisitView>((body) => ({
    userId,
    kind: 'visit',
    method: 'POST',
    path: '/api/visits',
    body,
    subject: visitSubject(body, names),
  }));
}
