import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TMyTask,
  TTaskAssignable,
  TTaskCompletionReport,
  TTaskCreateInput,
  TTaskListItem,
  TTaskReportInput,
  TTaskView,
} from '@zhucun/core';
import { apiRequest } from './client.ts';
import { useOutboxWrite } from './outbox.ts';

/** TanStack Query hooks of the task list (任务清单): list, one task, mine, completion, assign, report. */
const TASKS = ['tasks'] as const;

export type TTaskFilter = {
  q?: string;
  status?: 'open' | 'overdue' | 'done';
  /** Only the caller's own share of each task (the to-do's link). */
  held?: boolean;
  page: number;
  pageSize: number;
};

export function useTaskList(filter: TTaskFilter) {
  return useQuery({
    queryKey: [...TASKS, 'list', filter],
    queryFn: () => apiRequest<{ items: TTaskListItem[]; total: number }>('/api/tasks', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: number | null) {
  return useQuery({
    queryKey: [...TASKS, 'one', id],
    queryFn: () => apiRequest<TTaskView>(`/api/tasks/${id}`),
    enabled: id !== null,
  });
}

/** 我的任务: the caller's open assignments (due soonest first) and those done this week. */
export function useMyTasks(enabled = true) {
  return useQuery({
    queryKey: [...TASKS, 'mine'],
    queryFn: () => apiRequest<{ today: string; items: TMyTask[] }>('/api/tasks/mine'),
    enabled,
  });
}

/** Completion by township and village: of everything in reach, or of one task. */
export function useTaskCompletion(taskId?: number) {
  return useQuery({
    queryKey: [...TASKS, 'completion', taskId ?? null],
    queryFn: () =>
      apiRequest<TTaskCompletionReport>('/api/tasks/completion', { query: taskId ? { taskId } : {} }),
  });
}

export function useTaskAssignable(enabled: boolean) {
  return useQuery({
    queryKey: [...TASKS, 'assignable'],
    queryFn: () => apiRequest<TTaskAssignable>('/api/tasks/assignable'),
    enabled,
    staleTime: 60_000,
  });
}

/** 任务台账 (Excel) of everything in reach. */
export const TASK_LEDGER_URL = '/api/tasks/export.xlsx';
/** A task evidence photo. */
export const taskEvidenceUrl = (fileId: number) => `/api/tasks/evidence/${fileId}`;

function useInvalidateTasks() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: TASKS });
}

export function useAssignTask() {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: (body: TTaskCreateInput) =>
      apiRequest<{ id: number; assignments: number }>('/api/tasks', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

/** Reports progress on an assignment through the outbox: without signal it is kept and sent once later. */
export function useReportTask(userId: number, title: string) {
  const invalidate = useInvalidateTasks();
  type TVars = { assignmentId: number; body: TTaskReportInput; photos?: string[] };
  const write = useOutboxWrite<TVars, TTaskView>(({ assignmentId, body, photos }) => ({
    userId,
    kind: 'task_report',
    method: 'POST',
    path: `/api/tasks/assignments/${assignmentId}/report`,
    body,
    photos,
    subject: { title },
  }));
  return {
    isPending: write.isPending,
    /** `photos`: those still on the phone (taken without signal), sent first; the report waits for them. */
    sendAsync: (vars: TVars) => write.sendAsync(vars).finally(() => void invalidate()),
  };
}
