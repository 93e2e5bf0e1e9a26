import { useQuery } from '@tanstack/react-query';
import type {
  THomesPanel,
  TPresencePanel,
  TProjectsPanel,
  TRatingPanel,
  TRectificationPanel,
  TRequestsPanel,
  TTasksPanel,
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
