import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TTodoList } from '@zhucun/core';
import { useEffect } from 'react';
import { apiRequest } from './client.ts';

const TODOS = ['todos'] as const;

/**
 * 待办: what still waits for the signed-in person, counted by the server in their scope. Any change the
 * app makes (a day saved, leave approved, a request handed up) may change a count, so every successful
 * mutation refreshes it.
 */
export function useTodos() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success')
          void queryClient.invalidateQueries({ queryKey: TODOS });
      }),
    [queryClient],
  );
  return useQuery({
    queryKey: TODOS,
    queryFn: () => apiRequest<TTodoList>('/api/todos'),
  });
}
