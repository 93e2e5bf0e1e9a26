import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  THomesPanel,
  TMapMeasure,
  TPointsImportResult,
  TPresencePanel,
  TProjectsPanel,
  TRatingPanel,
  TRectificationPanel,
  TRequestsPanel,
  TTasksPanel,
  TVillageMap,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

/** The panels of the county's picture and what each answers. */
export type TDashboardPanels = {
  presence: TPresencePanel;
  requests: TRequestsPanel;
  projects: TProjectsPanel;
  tasks: TTasksPanel;
  rectification: TRectificationPanel;
  homes: THomesPanel;
  rating: TRatingPanel;
};
export type TDashboardPanelName = keyof TDashboardPanels;

/** One panel of a division (default: the caller's own); each panel loads on its own. */
export function useDashboardPanel<N extends TDashboardPanelName>(
  name: N,
  division: string | undefined,
  enabled = true,
) {
  return useQuery({
    queryKey: ['dashboard', name, division ?? ''],
    queryFn: () =>
      apiRequest<TDashboardPanels[N]>(`/api/dashboard/${name}`, { query: division ? { division } : {} }),
    enabled,
    staleTime: 60_000,
  });
}

/** 村庄分布: a measure by village (the points the county entered) and by part (the tiles). */
export function useVillageMap(division: string | undefined, measure: TMapMeasure, enabled = true) {
  return useQuery({
    queryKey: ['dashboard', 'villages', division ?? '', measure],
    queryFn: () =>
      apiRequest<TVillageMap>('/api/dashboard/villages', {
        query: { measure, ...(division ? { division } : {}) },
      }),
    enabled,
    staleTime: 60_000,
  });
}

/** Uploads a filled 村庄坐标 workbook; the map and the division tree read the points again. */
export function useImportVillagePoints() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<TPointsImportResult>('/api/divisions/points', { method: 'POST', body: file }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['dashboard', 'villages'] }),
        queryClient.invalidateQueries({ queryKey: ['divisions'] }),
      ]),
  });
}
