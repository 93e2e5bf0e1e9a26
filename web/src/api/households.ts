import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { THouseholdList } from '@zhucun/core';
import { apiRequest } from './client.ts';

/** Households of a village whose head's name contains `q` (phones masked), for picking one in a visit. */
export function useHouseholds(village: string | undefined, q: string, enabled = true) {
  return useQuery({
    queryKey: ['households', village, q],
    queryFn: () =>
      apiRequest<THouseholdList>('/api/households', { query: { village, q: q || undefined, pageSize: 50 } }),
    enabled: enabled && !!village,
    placeholderData: keepPreviousData,
  });
}
