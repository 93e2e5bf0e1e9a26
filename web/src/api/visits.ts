import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TVisitCreate, TVisitList, TVisitSummary, TVisitView } from '@zhucun/core';
import { apiRequest } from './client.ts';

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

/** Records the cadre's own visit (with new households and requests raised from it). */
export function useCreateVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TVisitCreate) => apiRequest<TVisitView>('/api/visits', { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: VISITS }),
        queryClient.invalidateQueries({ queryKey: ['requests'] }),
        queryClient.invalidateQueries({ queryKey: ['households'] }),
        // the visit may have recorded that night 在村 on the day
        queryClient.invalidateQueries({ queryKey: ['duty', 'my'] }),
      ]),
  });
}
