import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TOrgEvaluator, TOrgFormItem, TOrgFormSheet, TOrgFormSubmit, TSurveyCounts } from '@zhucun/core';
import { apiRequest } from './client.ts';

export type TOrgFormFilter = { cycleId?: number; evaluator?: TOrgEvaluator };

const FORMS = ['rating-forms'] as const;

/** 组织评价: the cadres the caller scores in a cycle, with the forms in and the counts done / to do. */
export function useOrgFormSheet(filter: TOrgFormFilter) {
  return useQuery({
    queryKey: [...FORMS, filter],
    queryFn: () => apiRequest<TOrgFormSheet>('/api/rating/forms', { query: filter }),
  });
}

/** Submits (or replaces) a form; the sheet reloads. */
export function useSubmitOrgForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TOrgFormSubmit) =>
      apiRequest<TOrgFormItem>('/api/rating/forms', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FORMS }),
  });
}

/** 群众评议: households answered per village and cadre in scope (counts only). */
export function useSurveyCounts(cycleId?: number) {
  return useQuery({
    queryKey: ['rating-survey', cycleId ?? null],
    queryFn: () => apiRequest<TSurveyCounts>('/api/rating/survey', { query: { cycleId } }),
  });
}
