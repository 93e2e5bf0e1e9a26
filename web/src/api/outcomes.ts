import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCorrectDesignation,
  TCorrectLabourReport,
  TCreateDesignation,
  TCreateLabourReport,
  TDesignation,
  TDesignationList,
  TDesignationQuery,
  TLabourReportDetail,
  TLabourReportList,
  TLabourReportQuery,
  TOutcomeFigures,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

const OUTCOMES = ['outcomes'] as const;

/** 帮扶成效 in scope as of a date, by township and village. */
export function useOutcomeFigures(asOf: string) {
  return useQuery({
    queryKey: [...OUTCOMES, 'figures', asOf],
    queryFn: () => apiRequest<TOutcomeFigures>('/api/outcomes/figures', { query: { asOf } }),
  });
}

/** Villages' months of labour (外出务工月报) in scope. */
export function useLabourReports(filter: TLabourReportQuery) {
  return useQuery({
    queryKey: [...OUTCOMES, 'reports', filter],
    queryFn: () => apiRequest<TLabourReportList>('/api/outcomes/reports', { query: filter }),
  });
}

/** One village's month with its households. */
export function useLabourReport(id: number | null) {
  return useQuery({
    queryKey: [...OUTCOMES, 'report', id],
    queryFn: () => apiRequest<TLabourReportDetail>(`/api/outcomes/reports/${id}`),
    enabled: id !== null,
  });
}

export function useDesignations(filter: TDesignationQuery) {
  return useQuery({
    queryKey: [...OUTCOMES, 'designations', filter],
    queryFn: () => apiRequest<TDesignationList>('/api/outcomes/designations', { query: filter }),
  });
}

function useOutcomeMutation<TVars, TResult>(run: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: OUTCOMES }),
  });
}

/** Sends a village's month, or (with an id) corrects and resends it. */
export function useSaveLabourReport() {
  return useOutcomeMutation(
    ({ id, body }: { id: number | null; body: TCreateLabourReport | TCorrectLabourReport }) =>
      id === null
        ? apiRequest<TLabourReportDetail>('/api/outcomes/reports', { method: 'POST', body })
        : apiRequest<TLabourReportDetail>(`/api/outcomes/reports/${id}`, { method: 'PUT', body }),
  );
}

/** Sends a designation, or (with an id) corrects and resends it. */
export function useSaveDesignation() {
  return useOutcomeMutation(
    ({ id, body }: { id: number | null; body: TCreateDesignation | TCorrectDesignation }) =>
      id === null
        ? apiRequest<TDesignation>('/api/outcomes/designations', { method: 'POST', body })
        : apiRequest<TDesignation>(`/api/outcomes/designations/${id}`, { method: 'PUT', body }),
  );
}

export type TOutcomeKindPath = 'reports' | 'designations';

/** The county's decision: approve (no reason) or return with a reason. */
export function useDecideOutcome() {
  return useOutcomeMutation(
    ({ path, id, reason }: { path: TOutcomeKindPath; id: number; reason: string | null }) =>
      reason === null
        ? apiRequest<unknown>(`/api/outcomes/${path}/${id}/approve`, { method: 'POST' })
        : apiRequest<unknown>(`/api/outcomes/${path}/${id}/return`, { method: 'POST', body: { reason } }),
  );
}

/** Uploads a scan or photo of the designation's document; its id then goes into fileId. */
export function useUploadDesignationDocument() {
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<{ id: number }>('/api/outcomes/designations/document', { method: 'POST', body: file }),
  });
}

export const designationDocumentUrl = (id: number) => `/api/outcomes/designations/${id}/document`;
