import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TLoginLock } from '@zhucun/core';
import { apiRequest } from './client.ts';

const LOCKS = ['login-locks'] as const;

/** Sign-in locks in force (the security administrator's). */
export function useLoginLocks() {
  return useQuery({
    queryKey: LOCKS,
    queryFn: () => apiRequest<{ items: TLoginLock[] }>('/api/login-locks'),
  });
}

export function useLiftLoginLock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lock: Pick<TLoginLock, 'login' | 'address'>) =>
      apiRequest('/api/login-locks/lift', { method: 'POST', body: lock }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LOCKS }),
  });
}
