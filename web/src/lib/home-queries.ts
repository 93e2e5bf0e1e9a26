import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  THomeCadreList,
  THomeCreate,
  THomeKind,
  THomeList,
  THomeSummary,
  THomeUpdate,
  THomeView,
  TOccupantAssign,
} from '@zhucun/core';
import { apiRequest } from '../api/client.ts';

/** TanStack Query hooks of standard homes (标准化家园): list, summary, one home, rooms and files. */
const HOMES = ['homes'] as const;

export type THomeFilter = {
  township?: string;
  village?: string;
  kind?: THomeKind;
  belowStandard?: boolean;
  page: number;
  pageSize: number;
};
export type TDivisionFilter = { township?: string; village?: string };

/** Homes in scope, by township, village and name (the server's order). */
export function useHomeList(filter: THomeFilter, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...HOMES, 'list', filter],
    queryFn: () => apiRequest<THomeList>('/api/homes', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

/** Counts by township: apartments, farmhouses, below standard, rooms, beds, residents, 走读 risk. */
export function useHomeSummary() {
  return useQuery({
    queryKey: [...HOMES, 'summary'],
    queryFn: () => apiRequest<THomeSummary>('/api/homes/summary'),
  });
}

/** Stationed cadres who live in no home (走读 risk), by village and name. */
export function useWithoutHome(filter: TDivisionFilter, enabled: boolean) {
  return useQuery({
    queryKey: [...HOMES, 'without-home', filter],
    queryFn: () => apiRequest<THomeCadreList>('/api/homes/without-home', { query: filter }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useHome(id: number | null) {
  return useQuery({
    queryKey: [...HOMES, 'one', id],
    queryFn: () => apiRequest<THomeView>(`/api/homes/${id}`),
    enabled: id !== null,
  });
}

/** The township's stationed cadres a room may take (those housed already say where). */
export function useHomeCandidates(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...HOMES, 'candidates', id],
    queryFn: () => apiRequest<THomeCadreList>(`/api/homes/${id}/candidates`),
    enabled,
  });
}

/** After any change to a home: the home, the lists and the counts are read again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: HOMES });
}

/** 登记家园 */
export function useCreateHome() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: THomeCreate) => apiRequest<THomeView>('/api/homes', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** The whole home again (rooms keep their ids, and their residents). */
export function useUpdateHome(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: THomeUpdate) => apiRequest<THomeView>(`/api/homes/${id}`, { method: 'PUT', body }),
    onSuccess: refresh,
  });
}

/** 安排入住: a stationed cadre of the township moves into a room. */
export function useAssignOccupant(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: TOccupantAssign) =>
      apiRequest<unknown>(`/api/homes/${id}/occupants`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** Deletes a home registered by mistake (the server refuses one lived in or with money recorded). */
export function useDeleteHome(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => apiRequest<unknown>(`/api/homes/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

/** 搬出 */
export function useRemoveOccupant(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (personId: number) =>
      apiRequest<unknown>(`/api/homes/${id}/occupants/${personId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

export const homePhotoUrl = (id: number, fileId: number) => `/api/homes/${id}/photos/${fileId}`;
export const homeContractUrl = (id: number) => `/api/homes/${id}/contract-file`;

/** Adds a photo (sent as it is; the server re-encodes it and drops the location). */
export function useAddHomePhoto(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<{ id: number }>(`/api/homes/${id}/photos`, { method: 'POST', body: file }),
    onSuccess: refresh,
  });
}

export function useRemoveHomePhoto(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (fileId: number) =>
      apiRequest<unknown>(`/api/homes/${id}/photos/${fileId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
}

/** Sets or replaces the rent contract's file (PDF or photo). */
export function useSetContractFile(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<{ id: number }>(homeContractUrl(id), { method: 'PUT', body: file }),
    onSuccess: refresh,
  });
}
