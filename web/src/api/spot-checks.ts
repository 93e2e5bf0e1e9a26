import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TSpotCheckDraw,
  TSpotCheckDrawRequest,
  TSpotCheckItem,
  TSpotCheckList,
  TSpotCheckRequest,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

export type TSpotCheckFilter = { from?: string; to?: string; township?: string; personId?: number };

const SPOT_CHECKS = ['spot-checks'] as const;

/** Spot checks in the caller's scope, with the 不一致 mark where the log said otherwise. */
export function useSpotChecks(filter: TSpotCheckFilter) {
  return useQuery({
    queryKey: [...SPOT_CHECKS, 'list', filter],
    queryFn: () => apiRequest<TSpotCheckList>('/api/spot-checks', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

/** Records a spot check (现场 / 视频点名 / 电话); the server compares it with the day's record. */
export function useCreateSpotCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TSpotCheckRequest) =>
      apiRequest<TSpotCheckItem>('/api/spot-checks', { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: SPOT_CHECKS }),
        queryClient.invalidateQueries({ queryKey: ['duty'] }),
      ]),
  });
}

/** 随机抽取: a random sample of cadres in a division (the same seed draws the same sample). */
export function useDrawSpotCheck() {
  return useMutation({
    mutationFn: (body: TSpotCheckDrawRequest) =>
      apiRequest<TSpotCheckDraw>('/api/spot-checks/draw', { method: 'POST', body }),
  });
}

/** Uploads a photo or screenshot as a check's evidence; its id is then sent as the check's fileId. */
export function useUploadSpotCheckEvidence() {
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<{ id: number }>('/api/spot-checks/evidence', { method: 'POST', body: file }),
  });
}

/** Where a check's evidence is shown. */
export const spotCheckEvidenceUrl = (id: number) => `/api/spot-checks/${id}/evidence`;
