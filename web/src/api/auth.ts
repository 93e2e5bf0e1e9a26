import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TChangePasswordRequest, TLoginRequest, TSession } from '@zhucun/core';
import { clearCachedPersonalData } from '../lib/offline-cache.ts';
import { ApiError, apiRequest, rememberCsrfToken } from './client.ts';

export const SESSION_KEY = ['auth', 'session'] as const;

async function fetchSession(): Promise<TSession | null> {
  try {
    const session = await apiRequest<TSession>('/api/auth/me', { quietUnauthenticated: true });
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in session, or null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TLoginRequest) =>
      apiRequest<TSession>('/api/auth/login', { method: 'POST', body, quietUnauthenticated: true }),
    onSuccess: async (session) => {
      rememberCsrfToken(session.csrfToken);
      // whoever used this phone before: their answers kept for offline reading go
      await clearCachedPersonalData();
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<{ ok: true }>('/api/auth/logout', { method: 'POST', quietUnauthenticated: true }),
    onSettled: async () => {
      rememberCsrfToken(null);
      // the API answers kept for offline reading go with the session; the app shell stays
      await clearCachedPersonalData();
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TChangePasswordRequest) =>
      apiRequest<{ ok: true }>('/api/auth/password', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}
