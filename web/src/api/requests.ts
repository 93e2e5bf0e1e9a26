import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TLedger,
  TOwnerLevel,
  TRequestActionPath,
  TRequestCategory,
  TRequestContacts,
  TRequestCreate,
  TRequestQueue,
  TRequestState,
  TRequestView,
} from '@zhucun/core';
import { buildQuery } from '../lib/http.ts';
import { apiRequest } from './client.ts';

export type TRequestFilter = {
  state?: TRequestState;
  /** Only open requests (the default view); false shows every state. */
  open?: boolean;
  category?: TRequestCategory;
  /** Only requests owned at this level (the to-do's link: 待本级办理). */
  level?: TOwnerLevel;
  village?: string;
  township?: string;
  overdue?: boolean;
  page: number;
  pageSize: number;
};
export type TLedgerFilter = { from: string; to: string; division?: string };

const REQUESTS = ['requests'] as const;

/** The queue in scope, sorted by deadline (the server's order). */
export function useRequestQueue(filter: TRequestFilter) {
  return useQuery({
    queryKey: [...REQUESTS, 'queue', filter],
    queryFn: () => apiRequest<TRequestQueue>('/api/requests', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function useRequest(id: number | null) {
  return useQuery({
    queryKey: [...REQUESTS, 'one', id],
    queryFn: () => apiRequest<TRequestView>(`/api/requests/${id}`),
    enabled: id !== null,
  });
}

/** 登记诉求: a request heard anywhere, registered by a cadre or an admin. */
export function useCreateRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TRequestCreate) => apiRequest<TRequestView>('/api/requests', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REQUESTS }),
  });
}

/** One of the owner's actions (受理, 办结, 上交 …); the answer is the request as it now stands. */
export function useRequestAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, path, body }: { id: number; path: TRequestActionPath; body: object }) =>
      apiRequest<TRequestView>(`/api/requests/${id}/${path}`, { method: 'POST', body }),
    onSuccess: (view) => {
      queryClient.setQueryData([...REQUESTS, 'one', view.id], view);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: REQUESTS }),
        queryClient.invalidateQueries({ queryKey: ['visits'] }),
      ]);
    },
  });
}

/** Uploads a photo as evidence of a resolved request; its id then goes into the resolve body. */
export function useUploadEvidence() {
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<{ id: number }>('/api/requests/evidence', { method: 'POST', body: file }),
  });
}

export const evidenceUrl = (id: number) => `/api/requests/${id}/evidence`;

/** 我为群众办实事: requests resolved in a date range within a division. */
export function useLedger(filter: TLedgerFilter) {
  return useQuery({
    queryKey: [...REQUESTS, 'ledger', filter],
    queryFn: () => apiRequest<TLedger>('/api/requests/ledger', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export const ledgerXlsxUrl = (filter: TLedgerFilter) => `/api/requests/ledger.xlsx${buildQuery(filter)}`;

/** The household's and submitter's contacts in full, for a stated reason (audited by the server). */
export function useUnmaskRequest() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      apiRequest<TRequestContacts>(`/api/requests/${id}/unmask`, { method: 'POST', body: { reason } }),
  });
}
