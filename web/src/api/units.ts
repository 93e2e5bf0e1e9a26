import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateUnitRequest, TUnit } from '@zhucun/core';
import { apiRequest } from './client.ts';

export type TUnitFilter = {
  q?: string;
  kind?: TUnit['kind'];
  level?: TUnit['level'];
  page: number;
  pageSize: number;
};
export type TUnitFields = Required<TCreateUnitRequest>;

/** Every units query starts with this key, so saving refreshes the page and the selects (useUnits). */
const UNITS = ['units'] as const;

/** One page of dispatching units, filtered by the server. */
export function useUnitList(filter: TUnitFilter) {
  return useQuery({
    queryKey: [...UNITS, 'list', filter],
    queryFn: () => apiRequest<{ items: TUnit[]; total: number }>('/api/units', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

function useUnitMutation<TVars>(run: (vars: TVars) => Promise<TUnit>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: UNITS }),
  });
}

export function useCreateUnit() {
  return useUnitMutation((body: TUnitFields) => apiRequest<TUnit>('/api/units', { method: 'POST', body }));
}

export function useUpdateUnit() {
  return useUnitMutation(({ id, ...body }: TUnitFields & { id: number }) =>
    apiRequest<TUnit>(`/api/units/${id}`, { method: 'PATCH', body }),
  );
}
