import { useQuery } from '@tanstack/react-query';
import type { TRegistrySummary, TTeamGap, TUnit, TVillageStaff } from '@zhucun/core';
import { apiRequest } from './client.ts';

/** Active postings by category and the work teams, for the home page. */
export function useRegistrySummary(enabled = true) {
  return useQuery({
    queryKey: ['registry', 'summary'],
    queryFn: () => apiRequest<TRegistrySummary>('/api/registry/summary'),
    enabled,
  });
}

/** Dispatching units (派出单位), for selects. */
export function useUnits(enabled = true) {
  return useQuery({
    queryKey: ['units', 'all'],
    queryFn: () => apiRequest<{ items: TUnit[]; total: number }>('/api/units', { query: { pageSize: 500 } }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Who serves in a village, grouped as the village page shows them. */
export function useVillageStaff(code: string) {
  return useQuery({
    queryKey: ['villages', code, 'staff'],
    queryFn: () => apiRequest<TVillageStaff>(`/api/villages/${code}/staff`),
    enabled: /^\d{12}$/.test(code),
    retry: false,
  });
}

/** Villages whose work team has no first secretary. */
export function useTeamGaps(enabled = true) {
  return useQuery({
    queryKey: ['registry', 'gaps'],
    queryFn: () => apiRequest<{ items: TTeamGap[] }>('/api/registry/gaps'),
    enabled,
  });
}
