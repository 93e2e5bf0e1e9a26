import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TDutyListHistory,
  TDutyListOverview,
  TDutyListPost,
  TDutyListVersion,
  TMyDutyLists,
  TPublishDutyListRequest,
  TSaveDutyListDraftRequest,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

/** TanStack Query hooks of duty lists (岗位职责清单): the county's five posts, drafts, versions, history. */
const DUTY_LISTS = ['duty-lists'] as const;

/** The five posts with the version in force today, those dated later, and (for the county) the draft. */
export function useDutyListOverview() {
  return useQuery({
    queryKey: [...DUTY_LISTS, 'overview'],
    queryFn: () => apiRequest<TDutyListOverview>('/api/duty-lists'),
  });
}

/** A post's published versions, newest first. */
export function useDutyListHistory(category: TDutyListPost | null) {
  return useQuery({
    queryKey: [...DUTY_LISTS, 'history', category],
    queryFn: () => apiRequest<TDutyListHistory>('/api/duty-lists/history', { query: { category } }),
    enabled: category !== null,
  });
}

/** The signed-in cadre's own post(s) with the list in force today. */
export function useMyDutyLists() {
  return useQuery({
    queryKey: [...DUTY_LISTS, 'mine'],
    queryFn: () => apiRequest<TMyDutyLists>('/api/me/duty-lists'),
  });
}

function useDutyListMutation<TVars, TResult>(run: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DUTY_LISTS }),
  });
}

export function useSaveDutyListDraft() {
  return useDutyListMutation((body: TSaveDutyListDraftRequest) =>
    apiRequest<TDutyListVersion>('/api/duty-lists/draft', { method: 'PUT', body }),
  );
}

export function usePublishDutyList() {
  return useDutyListMutation(({ id, body }: { id: number; body: TPublishDutyListRequest }) =>
    apiRequest<TDutyListVersion>(`/api/duty-lists/${id}/publish`, { method: 'POST', body }),
  );
}

export function useDiscardDutyListDraft() {
  return useDutyListMutation((id: number) =>
    apiRequest<{ id: number }>(`/api/duty-lists/${id}`, { method: 'DELETE' }),
  );
}
