import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TDivisionNode, TDivisionTree, TMapPoint } from '@zhucun/core';
import { apiRequest } from './client.ts';

/** The division tree within the caller's scope (a township admin gets their township as the root). */
export function useDivisionTree(enabled = true) {
  return useQuery({
    queryKey: ['divisions', 'tree'],
    queryFn: () => apiRequest<TDivisionTree>('/api/divisions/tree'),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** One division with its map point (a village's, entered by the county). */
export function useDivision(code: string, enabled = true) {
  return useQuery({
    queryKey: ['divisions', 'one', code],
    queryFn: () => apiRequest<TDivisionNode>(`/api/divisions/${code}`),
    enabled,
  });
}

/** Sets or clears a division's map point; the division, the tree and the village map read it again. */
export function useSetDivisionPoint(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (point: TMapPoint | null) =>
      apiRequest<TDivisionNode>(`/api/divisions/${code}/point`, { method: 'PUT', body: { point } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['divisions'] }),
        queryClient.invalidateQueries({ queryKey: ['dashboard', 'villages'] }),
      ]),
  });
}
