import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAward, TAwardLevel, TAwardList, TCreateAwardRequest } from '@zhucun/core';
import { apiRequest } from './client.ts';

export type TAwardFilter = { year?: number; level?: TAwardLevel; personId?: number };

const AWARDS = ['awards'] as const;

/** Commendations in the caller's scope (表彰登记), newest first. */
export function useAwards(filter: TAwardFilter) {
  return useQuery({
    queryKey: [...AWARDS, filter],
    queryFn: () => apiRequest<TAwardList>('/api/awards', { query: filter }),
  });
}

function useAwardMutation<TVars, TResult>(run: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: AWARDS }),
  });
}

export function useCreateAward() {
  return useAwardMutation((body: TCreateAwardRequest) =>
    apiRequest<TAward>('/api/awards', { method: 'POST', body }),
  );
}

export function useRemoveAward() {
  return useAwardMutation((id: number) =>
    apiRequest<{ id: number }>(`/api/awards/${id}`, { method: 'DELETE' }),
  );
}

/** Uploads a scan or photo of the certificate; its id then goes into the new award's fileId. */
export function useUploadAwardEvidence() {
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<{ id: number }>('/api/awards/evidence', { method: 'POST', body: file }),
  });
}

export const awardEvidenceUrl = (id: number) => `/api/awards/${id}/evidence`;
