import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCountyRulesOfYear, TUpdateCountyRulesRequest } from '@zhucun/core';
import { apiRequest } from './client.ts';

const RULES = ['rules'] as const;
const urlOf = (year?: number) => (year ? `/api/rules?year=${year}` : '/api/rules');

/**
 * The county's rules of a year (default the current one) — targets, term, holidays: `rules:read`,
 * every role but the three separated administrators.
 */
export function useCountyRules(year?: number) {
  return useQuery({
    queryKey: [...RULES, year ?? 'current'],
    queryFn: () => apiRequest<TCountyRulesOfYear>(urlOf(year)),
  });
}

/** Changes some rules of a year (this year or a later one); later years that followed it change too. */
export function useUpdateCountyRules(year?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TUpdateCountyRulesRequest) =>
      apiRequest<TCountyRulesOfYear>(urlOf(year), { method: 'PATCH', body }),
    onSuccess: async (rules) => {
      queryClient.setQueryData([...RULES, year ?? 'current'], rules);
      await queryClient.invalidateQueries({ queryKey: RULES });
    },
  });
}
