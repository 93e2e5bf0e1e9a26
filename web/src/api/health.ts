import { useQuery } from '@tanstack/react-query';
import type { THealth } from '@zhucun/core';
import { apiRequest } from './client.ts';

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: () => apiRequest<THealth>('/api/health', { quietUnauthenticated: true }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
