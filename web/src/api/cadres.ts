import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TCadreList,
  TCadreProfile,
  TCreateCadreRequest,
  TEndReason,
  TPostingInput,
  TUpdateCadreRequest,
} from '@zhucun/core';
import type { TCadreFilter } from '../lib/cadre-filter.ts';
import { apiRequest } from './client.ts';

export type TCreatedCadre = {
  cadre: TCadreProfile;
  account: { username: string; oneTimePassword: string } | null;
};
export type TUnmasked = { idNumber: string; phone: string };
export type TEndPosting = { actualEndDate: string; endReason: TEndReason; endNote: string | null };

const CADRES = ['cadres'] as const;
/** Everything a cadre write can change: the ledger, profiles, village staff and the home counts. */
export const AFFECTED = [CADRES, ['villages'], ['registry']] as const;

/** One page of the ledger (干部台账), cut to the caller's scope by the server. */
export function useCadres(filter: TCadreFilter) {
  return useQuery({
    queryKey: [...CADRES, 'list', filter],
    queryFn: () => apiRequest<TCadreList>('/api/cadres', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function useCadre(id: number) {
  return useQuery({
    queryKey: [...CADRES, 'one', id],
    queryFn: () => apiRequest<TCadreProfile>(`/api/cadres/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    retry: false,
  });
}

function useCadreMutation<TVars, TResult>(run: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => Promise.all(AFFECTED.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export function useCreateCadre() {
  return useCadreMutation((body: TCreateCadreRequest) =>
    apiRequest<TCreatedCadre>('/api/cadres', { method: 'POST', body }),
  );
}

export function useUpdateCadre() {
  return useCadreMutation(({ id, ...body }: TUpdateCadreRequest & { id: number }) =>
    apiRequest<TCadreProfile>(`/api/cadres/${id}`, { method: 'PATCH', body }),
  );
}

/** Full ID number and phone; the server audits every call. Nothing is cached. */
export function useUnmaskCadre() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: number; reason: string }) =>
      apiRequest<TUnmasked>(`/api/cadres/${id}/unmask`, { method: 'POST', body: { reason } }),
  });
}

export function useAddPosting() {
  return useCadreMutation(({ cadreId, ...body }: TPostingInput & { cadreId: number }) =>
    apiRequest<TCadreProfile>(`/api/cadres/${cadreId}/postings`, { method: 'POST', body }),
  );
}

export function useEndPosting() {
  return useCadreMutation(({ postingId, ...body }: TEndPosting & { postingId: number }) =>
    apiRequest<TCadreProfile>(`/api/postings/${postingId}/end`, { method: 'POST', body }),
  );
}

const MINE = ['me', 'cadre'] as const;

/** The signed-in cadre's own registry entry. */
export function useMyCadre() {
  return useQuery({
    queryKey: MINE,
    queryFn: () => apiRequest<TCadreProfile>('/api/me/cadre'),
    retry: false,
  });
}

export function useUpdateMyPhone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (phone: string) =>
      apiRequest<TCadreProfile>('/api/me/cadre/phone', { method: 'PUT', body: { phone } }),
    onSuccess: (profile) => queryClient.setQueryData(MINE, profile),
  });
}

/** The largest photo the server takes (server/src/modules/files/images.ts). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
type TPhotoState = { hasPhoto: boolean };

/** Where a person's photo is shown; `version` changes the address after an upload or removal. */
export function cadrePhotoUrl(id: number, version = 0): string {
  return `/api/cadres/${id}/photo${version ? `?v=${version}` : ''}`;
}
export const MY_PHOTO_URL = '/api/me/cadre/photo';

/** Sends the image file itself (not JSON) to `PUT /api/cadres/:id/photo`, with the CSRF header. */
export function uploadCadrePhoto(id: number, file: Blob): Promise<TPhotoState> {
  return apiRequest<TPhotoState>(cadrePhotoUrl(id), { method: 'PUT', body: file });
}

/** Sets or replaces a person's photo; the profile refetches (its `hasPhoto`). */
export function useSetCadrePhoto() {
  return useCadreMutation(({ id, file }: { id: number; file: Blob }) => uploadCadrePhoto(id, file));
}

export function useRemoveCadrePhoto() {
  return useCadreMutation((id: number) => apiRequest<TPhotoState>(cadrePhotoUrl(id), { method: 'DELETE' }));
}
