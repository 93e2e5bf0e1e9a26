import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TChangePasswordRequest, TLoginRequest, TSession } from '@zhucun/core';
import { clearCachedPersonalData } from '../lib/offline-cache.ts';
import { forgetOtherAccounts, forgetThisPhone } from '../lib/outbox/forget.ts';
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
      // whoever used this phone before: their answers kept for offline reading go, and their unsent
      // items and drafts when it was another account (the sign-in page named them)
      await Promise.all([clearCachedPersonalData(), forgetOtherAccounts(session.user.id)]);
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
      // what this phone keeps of the person goes with the session: the API answers kept for offline
      // reading, the outbox and the drafts (the caller warned of unsent items); the app shell stays
      await Promise.all([clearCachedPersonalData(), forgetThisPhone()]);
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
