import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TConductCatalogue,
  TConductItemRequest,
  TMyViolations,
  TViolationDecisionRequest,
  TViolationDetail,
  TViolationList,
  TViolationRecordRequest,
  TViolationState,
  TViolationYearView,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

const CATALOGUE = ['conduct-catalogue'] as const;
const VIOLATIONS = ['violations'] as const;

/** A year's negative list (履职行为负面清单): items, deductions, vetoes, answer period. */
export function useConductCatalogue(year: number) {
  return useQuery({
    queryKey: [...CATALOGUE, year],
    queryFn: () => apiRequest<TConductCatalogue>(`/api/conduct-catalogue/${year}`),
    placeholderData: keepPreviousData,
  });
}

/** The county's changes to a year's list; each answers with the list as it now stands. */
export function useChangeCatalogue(year: number) {
  const queryClient = useQueryClient();
  const done = (c: TConductCatalogue) => queryClient.setQueryData([...CATALOGUE, year], c);
  return {
    add: useMutation({
      mutationFn: (body: TConductItemRequest) =>
        apiRequest<TConductCatalogue>(`/api/conduct-catalogue/${year}/items`, { method: 'POST', body }),
      onSuccess: done,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: number; body: TConductItemRequest }) =>
        apiRequest<TConductCatalogue>(`/api/conduct-items/${id}`, { method: 'PUT', body }),
      onSuccess: done,
    }),
    retire: useMutation({
      mutationFn: (id: number) =>
        apiRequest<TConductCatalogue>(`/api/conduct-items/${id}/retire`, { method: 'POST' }),
      onSuccess: done,
    }),
    answerDays: useMutation({
      mutationFn: (answerDays: number) =>
        apiRequest<TConductCatalogue>(`/api/conduct-catalogue/${year}`, {
          method: 'PUT',
          body: { answerDays },
        }),
      onSuccess: done,
    }),
    copy: useMutation({
      mutationFn: () =>
        apiRequest<TConductCatalogue>(`/api/conduct-catalogue/${year}/copy`, { method: 'POST' }),
      onSuccess: done,
    }),
  };
}

export type TViolationFilter = {
  state?: TViolationState;
  township?: string;
  year?: number;
  /** One person's records (from the year's cap on the cadre's page). */
  personId?: number;
  /** Only records the county may decide now (the to-do's link). */
  toDecide?: boolean;
  page: number;
  pageSize: number;
};

/** Violation records in the caller's scope (never public). */
export function useViolations(filter: TViolationFilter) {
  return useQuery({
    queryKey: [...VIOLATIONS, 'list', filter],
    queryFn: () => apiRequest<TViolationList>('/api/violations', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

/** One record with its timeline and the steps the caller may take. */
export function useViolation(id: number | null) {
  return useQuery({
    queryKey: [...VIOLATIONS, 'one', id],
    queryFn: () => apiRequest<TViolationDetail>(`/api/violations/${id}`),
    enabled: id !== null,
  });
}

/** A person's year under the negative list: deductions, vetoes and the grade cap. */
export function useViolationYear(personId: number | null, year: number, enabled = true) {
  return useQuery({
    queryKey: [...VIOLATIONS, 'year', personId, year],
    queryFn: () => apiRequest<TViolationYearView>('/api/violations/year', { query: { personId, year } }),
    enabled: enabled && personId !== null,
    retry: false,
  });
}

/** Records a violation and notifies the cadre. */
export function useRecordViolation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TViolationRecordRequest) =>
      apiRequest<TViolationDetail>('/api/violations', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIOLATIONS }),
  });
}

/** The county's decision on a record, or on its appeal. */
export function useDecideViolation(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TViolationDecisionRequest) =>
      apiRequest<TViolationDetail>(`/api/violations/${id}/decide`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIOLATIONS }),
  });
}

/** Uploads an evidence photo; its id is then sent in photoIds. */
export function useUploadViolationEvidence() {
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<{ id: number }>('/api/violations/evidence', { method: 'POST', body: file }),
  });
}

/** Where an evidence photo is shown. */
export const violationEvidenceUrl = (fileId: number) => `/api/violations/evidence/${fileId}`;

/** The cadre's own records and their year. */
export function useMyViolations(year?: number) {
  return useQuery({
    queryKey: [...VIOLATIONS, 'mine', year ?? null],
    queryFn: () => apiRequest<TMyViolations>('/api/duty/my/violations', { query: { year } }),
  });
}

/** The cadre's written answer (申辩) or appeal (申诉). */
export function useViolationStatement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      action,
      explanation,
    }: {
      id: number;
      action: 'answer' | 'appeal';
      explanation: string;
    }) =>
      apiRequest<TViolationDetail>(`/api/duty/my/violations/${id}/${action}`, {
        method: 'POST',
        body: { explanation },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIOLATIONS }),
  });
}
