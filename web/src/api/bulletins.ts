import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TBulletinContent,
  TBulletinDetail,
  TBulletinFigures,
  TBulletinList,
  TCreateBulletin,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

const BULLETINS = ['bulletins'] as const;

/** The county's bulletins (简报), newest first, with the numbers proposed for the next one. */
export function useBulletins() {
  return useQuery({
    queryKey: [...BULLETINS, 'list'],
    queryFn: () => apiRequest<TBulletinList>('/api/bulletins'),
  });
}

/** One bulletin with its figures (counted now for a draft, frozen for an issued one). */
export function useBulletin(id: number) {
  return useQuery({
    queryKey: [...BULLETINS, id],
    queryFn: () => apiRequest<TBulletinDetail>(`/api/bulletins/${id}`),
  });
}

/** The figures as of a date, for the composing page's preview while the date is being changed. */
export function useBulletinFigures(asOf: string | null) {
  return useQuery({
    queryKey: [...BULLETINS, 'figures', asOf],
    queryFn: () => apiRequest<TBulletinFigures>('/api/bulletins/figures', { query: { asOf: asOf ?? '' } }),
    enabled: asOf !== null,
    placeholderData: keepPreviousData,
  });
}

function useBulletinMutation<TVars>(run: (vars: TVars) => Promise<TBulletinDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BULLETINS }),
  });
}

export function useCreateBulletin() {
  return useBulletinMutation((body: TCreateBulletin) =>
    apiRequest<TBulletinDetail>('/api/bulletins', { method: 'POST', body }),
  );
}

export function useUpdateBulletin(id: number) {
  return useBulletinMutation((body: TBulletinContent) =>
    apiRequest<TBulletinDetail>(`/api/bulletins/${id}`, { method: 'PUT', body }),
  );
}

export function useIssueBulletin(id: number) {
  return useBulletinMutation(() =>
    apiRequest<TBulletinDetail>(`/api/bulletins/${id}/issue`, { method: 'POST' }),
  );
}

export const bulletinDocxUrl = (id: number) => `/api/bulletins/${id}/document.docx`;
