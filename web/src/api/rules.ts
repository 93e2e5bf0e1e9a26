import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCountyRules, TUpdateCountyRulesRequest } from '@zhucun/core';
import { apiRequest } from './client.ts';

const RULES = ['rules'] as const;

/** The county's rules (targets, term, holidays): `rules:read`, every role but the three separated administrators. */
export function useCountyRules() {
  return useQuery({ queryKey: RULES, queryFn: () => apiRequest<TCountyRules>('/api/rules') });
}

export function useUpdateCountyRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateCountyRulesRequest) =>
      apiRequest<TCountyRules>('/api/rules', { method: 'PATCH', body }),
    onSuccess: (rules) => queryClient.setQueryData(RULES, rules),
  });
}
