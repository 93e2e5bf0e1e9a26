import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TGanttView,
  TMilestoneInput,
  TMyPlanProjects,
  TProgressItem,
  TProgressList,
  TProgressReportRequest,
  TProjectPlan,
} from '@zhucun/core';
import { apiRequest } from './client.ts';
import { useOutboxWrite } from './outbox.ts';

/** TanStack Query hooks of the battle map (挂图作战): a project's plan and progress, the Gantt chart. */
const PLANS = ['project-plans'] as const;

export function useProjectPlan(id: number | null) {
  return useQuery({
    queryKey: [...PLANS, 'plan', id],
    queryFn: () => apiRequest<TProjectPlan>(`/api/projects/${id}/plan`),
    enabled: id !== null,
  });
}

/** A change of the plan; the answer is the plan as it now stands. */
export type TPlanChange =
  | { kind: 'add'; input: TMilestoneInput }
  | { kind: 'update'; milestoneId: number; input: TMilestoneInput }
  | { kind: 'done'; milestoneId: number; doneOn?: string }
  | { kind: 'reopen'; milestoneId: number }
  | { kind: 'drop'; milestoneId: number; reason?: string };

function changeRequest(id: number, change: TPlanChange) {
  const base = `/api/projects/${id}/milestones`;
  switch (change.kind) {
    case 'add':
      return apiRequest<TProjectPlan>(base, { method: 'POST', body: change.input });
    case 'update':
      return apiRequest<TProjectPlan>(`${base}/${change.milestoneId}`, { method: 'PUT', body: change.input });
    case 'done':
      return apiRequest<TProjectPlan>(`${base}/${change.milestoneId}/done`, {
        method: 'POST',
        body: change.doneOn ? { doneOn: change.doneOn } : {},
      });
    case 'reopen':
      return apiRequest<TProjectPlan>(`${base}/${change.milestoneId}/reopen`, { method: 'POST' });
    case 'drop':
      return apiRequest<TProjectPlan>(`${base}/${change.milestoneId}/drop`, {
        method: 'POST',
        body: change.reason ? { reason: change.reason } : {},
      });
  }
}

export function useChangePlan(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: TPlanChange) => changeRequest(id, change),
    onSuccess: (plan) => {
      queryClient.setQueryData([...PLANS, 'plan', id], plan);
      void queryClient.invalidateQueries({ queryKey: [...PLANS, 'gantt'] });
    },
  });
}

export function useProjectProgress(id: number | null, page: number, pageSize = 10) {
  return useQuery({
    queryKey: [...PLANS, 'progress', id, page, pageSize],
    queryFn: () => apiRequest<TProgressList>(`/api/projects/${id}/progress`, { query: { page, pageSize } }),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

/** Reports a project's progress through the outbox: without signal it is kept and sent once later. */
export function useReportProgress(id: number, userId: number, title: string) {
  const queryClient = useQueryClient();
  const write = useOutboxWrite<{ body: TProgressReportRequest; photos?: string[] }, TProgressItem>(
    ({ body, photos }) => ({
      userId,
      kind: 'project_report',
      method: 'POST',
      path: `/api/projects/${id}/progress`,
      body,
      photos,
      subject: { title },
    }),
  );
  return {
    isPending: write.isPending,
    /** `photos`: those still on the phone (taken without signal), sent first; the report waits for them. */
    sendAsync: (body: TProgressReportRequest, photos?: string[]) =>
      write
        .sendAsync({ body, photos })
        .finally(() => void queryClient.invalidateQueries({ queryKey: PLANS })),
  };
}

export function useCommentProgress(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ progressId, text }: { progressId: number; text: string }) =>
      apiRequest<TProgressList>(`/api/projects/${id}/progress/${progressId}/comments`, {
        method: 'POST',
        body: { text },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...PLANS, 'progress', id] }),
  });
}

/** Where a progress photo is shown (a report's, or a tied day's log's). */
export const progressPhotoUrl = (fileId: number) => `/api/project-plans/photos/${fileId}`;

export type TGanttFilter = { township?: string; village?: string; from?: string; to?: string };

/** The Gantt chart of a village, a township or the county (in the caller's scope). */
export function useGantt(filter: TGanttFilter, enabled = true) {
  return useQuery({
    queryKey: [...PLANS, 'gantt', filter],
    queryFn: () => apiRequest<TGanttView>('/api/project-plans/gantt', { query: filter }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The projects a cadre may tie a day's log to on 今天, with their live milestones. */
export function useMyPlanProjects(enabled: boolean) {
  return useQuery({
    queryKey: [...PLANS, 'mine'],
    queryFn: () => apiRequest<TMyPlanProjects>('/api/project-plans/mine'),
    enabled,
    staleTime: 60_000,
  });
}
