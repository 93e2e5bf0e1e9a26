import { useQuery } from '@tanstack/react-query';
import type { TDivisionTree } from '@zhucun/core';
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
