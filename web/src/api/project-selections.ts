import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TConfirmSelectionRequest,
  TCreateSelectionRequest,
  THandleObjectionRequest,
  TMyScoring,
  TNominateRequest,
  TObjectionRequest,
  TPanelCandidates,
  TPanelMemberRequest,
  TPanelTasks,
  TProjectAward,
  TProjectAwardList,
  TPublishNoticeRequest,
  TScoreRequest,
  TSelection,
  TSelectionList,
  TSetQuotasRequest,
  TUpdateCaseRequest,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

/** TanStack Query hooks of the excellent-project selection (优秀创新项目评选) and its case pages. */
const SELECTIONS = ['project-selections'] as const;
const AWARDS = ['project-awards'] as const;

export const useSelections = () =>
  useQuery({
    queryKey: [...SELECTIONS, 'list'],
    queryFn: () => apiRequest<TSelectionList>('/api/project-selections'),
  });

export const useSelection = (id: number | null) =>
  useQuery({
    queryKey: [...SELECTIONS, 'one', id],
    queryFn: () => apiRequest<TSelection>(`/api/project-selections/${id}`),
    enabled: id !== null,
  });

export const usePanelTasks = () =>
  useQuery({
    queryKey: [...SELECTIONS, 'panel-tasks'],
    queryFn: () => apiRequest<TPanelTasks>('/api/project-selections/panel-tasks'),
  });

export const useMyScoring = (id: number | null) =>
  useQuery({
    queryKey: [...SELECTIONS, 'my-scoring', id],
    queryFn: () => apiRequest<TMyScoring>(`/api/project-selections/${id}/my-scoring`),
    enabled: id !== null,
  });

export const usePanelCandidates = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: [...SELECTIONS, 'panel-candidates', q],
    queryFn: () => apiRequest<TPanelCandidates>('/api/project-selections/panel-candidates', { query: { q } }),
    enabled,
  });

/** A change answered with the selection: it replaces the cached one, and the lists are read again. */
function useSelectionChange<V>(request: (v: V) => Promise<TSelection>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (s) => {
      queryClient.setQueryData([...SELECTIONS, 'one', s.id], s);
      void queryClient.invalidateQueries({ queryKey: [...SELECTIONS, 'list'] });
      void queryClient.invalidateQueries({ queryKey: AWARDS });
    },
  });
}
const post = (url: string, body: unknown = {}) => apiRequest<TSelection>(url, { method: 'POST', body });

export const useOpenSelection = () =>
  useSelectionChange((body: TCreateSelectionRequest) => post('/api/project-selections', body));
export const useSetQuotas = (id: number) =>
  useSelectionChange((body: TSetQuotasRequest) =>
    apiRequest<TSelection>(`/api/project-selections/${id}/quotas`, { method: 'PUT', body }),
  );
export const useNominate = (id: number) =>
  useSelectionChange((body: TNominateRequest) => post(`/api/project-selections/${id}/nominations`, body));
export const useWithdrawNomination = () =>
  useSelectionChange((nominationId: number) => post(`/api/project-nominations/${nominationId}/withdraw`));
export const useSeatPanelMember = (id: number) =>
  useSelectionChange((body: TPanelMemberRequest) => post(`/api/project-selections/${id}/panel`, body));
export const useRemovePanelMember = () =>
  useSelectionChange((memberId: number) =>
    apiRequest<TSelection>(`/api/project-panel-members/${memberId}`, { method: 'DELETE' }),
  );
export type TCountyStep = 'open-scoring' | 'reopen-scoring';
export const useCountyStep = (id: number) =>
  useSelectionChange((step: TCountyStep) => post(`/api/project-selections/${id}/${step}`));
export const usePublishNotice = (id: number) =>
  useSelectionChange((body: TPublishNoticeRequest) =>
    post(`/api/project-selections/${id}/publish-notice`, body),
  );
export const useRecordObjection = (id: number) =>
  useSelectionChange((body: TObjectionRequest) => post(`/api/project-selections/${id}/objections`, body));
export const useHandleObjection = () =>
  useSelectionChange(({ id, body }: { id: number; body: THandleObjectionRequest }) =>
    post(`/api/project-objections/${id}/handle`, body),
  );
export const useConfirmSelection = (id: number) =>
  useSelectionChange((body: TConfirmSelectionRequest) => post(`/api/project-selections/${id}/confirm`, body));

export function useScore(selectionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ nominationId, body }: { nominationId: number; body: TScoreRequest }) =>
      apiRequest<TMyScoring>(`/api/project-nominations/${nominationId}/score`, { method: 'PUT', body }),
    onSuccess: (sheet) => {
      queryClient.setQueryData([...SELECTIONS, 'my-scoring', selectionId], sheet);
      void queryClient.invalidateQueries({ queryKey: [...SELECTIONS, 'panel-tasks'] });
    },
  });
}

export const useAwards = () =>
  useQuery({
    queryKey: [...AWARDS, 'list'],
    queryFn: () => apiRequest<TProjectAwardList>('/api/project-awards'),
  });

export const useAward = (id: number | null) =>
  useQuery({
    queryKey: [...AWARDS, 'one', id],
    queryFn: () => apiRequest<TProjectAward>(`/api/project-awards/${id}`),
    enabled: id !== null,
  });

function useAwardChange<V>(request: (v: V) => Promise<TProjectAward>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (a) => queryClient.setQueryData([...AWARDS, 'one', a.id], a),
  });
}
export const useUpdateCase = (id: number) =>
  useAwardChange((body: TUpdateCaseRequest) =>
    apiRequest<TProjectAward>(`/api/project-awards/${id}`, { method: 'PUT', body }),
  );
export const useAddCasePhoto = (id: number) =>
  useAwardChange(async (file: Blob) => {
    const { id: photoId } = await apiRequest<{ id: number }>('/api/project-awards/photos', {
      method: 'POST',
      body: file,
    });
    return apiRequest<TProjectAward>(`/api/project-awards/${id}/photos`, {
      method: 'POST',
      body: { photoId },
    });
  });
export const useRemoveCasePhoto = (id: number) =>
  useAwardChange((photoId: number) =>
    apiRequest<TProjectAward>(`/api/project-awards/${id}/photos/${photoId}`, { method: 'DELETE' }),
  );

export const casePhotoUrl = (photoId: number) => `/api/project-awards/photos/${photoId}`;
export const caseDocxUrl = (awardId: number) => `/api/project-awards/${awardId}/case.docx`;
