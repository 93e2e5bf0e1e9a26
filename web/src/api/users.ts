import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateUserRequest, TRole, TRoleGrant, TUser } from '@zhucun/core';
import { apiRequest } from './client.ts';

export type TUserList = { items: TUser[]; total: number };
export type TUserWithPassword = { user: TUser; oneTimePassword: string };
export type TUserFilter = { q?: string; role?: TRole; page: number; pageSize: number };
export type TUpdateUser = { displayName?: string; phone?: string | null };

const USERS = ['users'] as const;

export function useUsers(filter: TUserFilter) {
  return useQuery({
    queryKey: [...USERS, 'list', filter],
    queryFn: () => apiRequest<TUserList>('/api/users', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

function useUserMutation<TVars, TResult>(run: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS }),
  });
}

export function useCreateUser() {
  return useUserMutation((body: TCreateUserRequest) =>
    apiRequest<TUserWithPassword>('/api/users', { method: 'POST', body }),
  );
}

export function useUpdateUser() {
  return useUserMutation(({ id, ...body }: TUpdateUser & { id: number }) =>
    apiRequest<TUser>(`/api/users/${id}`, { method: 'PATCH', body }),
  );
}

export function useSetUserRoles() {
  return useUserMutation(({ id, roles }: { id: number; roles: TRoleGrant[] }) =>
    apiRequest<TUser>(`/api/users/${id}/roles`, { method: 'PUT', body: { roles } }),
  );
}

export function useSetUserDisabled() {
  return useUserMutation(({ id, disabled }: { id: number; disabled: boolean }) =>
    apiRequest<TUser>(`/api/users/${id}/${disabled ? 'disable' : 'enable'}`, { method: 'POST' }),
  );
}

export function useResetPassword() {
  return useUserMutation((id: number) =>
    apiRequest<TUserWithPassword>(`/api/users/${id}/reset-password`, { method: 'POST' }),
  );
}
