import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TAttendance,
  TMeetingCreate,
  TMeetingDecisionCreate,
  TMeetingKind,
  TMeetingList,
  TMeetingView,
  TMyMeetingList,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

/** TanStack Query hooks of meetings and video roll calls (会议 / 视频点名). */
const MEETINGS = ['meetings'] as const;

export type TMeetingFilter = { when: 'upcoming' | 'past'; township?: string; kind?: TMeetingKind };

export function useMeetingList(filter: TMeetingFilter) {
  return useQuery({
    queryKey: [...MEETINGS, 'list', filter],
    queryFn: () => apiRequest<TMeetingList>('/api/meetings', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: number) {
  return useQuery({
    queryKey: [...MEETINGS, 'one', id],
    queryFn: () => apiRequest<TMeetingView>(`/api/meetings/${id}`),
  });
}

/** The cadre's own meetings (with the link), for their card. */
export function useMyMeetings(enabled = true) {
  return useQuery({
    queryKey: [...MEETINGS, 'mine'],
    queryFn: () => apiRequest<TMyMeetingList>('/api/duty/my/meetings'),
    enabled,
  });
}

/** After a change the server answers with the meeting as it now stands: put it in the cache, refresh lists. */
function useStored() {
  const queryClient = useQueryClient();
  return (view: TMeetingView) => {
    queryClient.setQueryData([...MEETINGS, 'one', view.id], view);
    void queryClient.invalidateQueries({ queryKey: [...MEETINGS, 'list'] });
  };
}

export function useScheduleMeeting() {
  const stored = useStored();
  return useMutation({
    mutationFn: (body: TMeetingCreate) => apiRequest<TMeetingView>('/api/meetings', { method: 'POST', body }),
    onSuccess: stored,
  });
}

export function useMarkAttendance(id: number) {
  const stored = useStored();
  return useMutation({
    mutationFn: ({ personId, attendance }: { personId: number; attendance: TAttendance }) =>
      apiRequest<TMeetingView>(`/api/meetings/${id}/attendance/${personId}`, {
        method: 'PUT',
        body: { attendance },
      }),
    onSuccess: stored,
  });
}

export function useSaveMinutes(id: number) {
  const stored = useStored();
  return useMutation({
    mutationFn: (minutes: string) =>
      apiRequest<TMeetingView>(`/api/meetings/${id}/minutes`, { method: 'PUT', body: { minutes } }),
    onSuccess: stored,
  });
}

/** 决定事项 → 任务: the task list is refreshed too. */
export function useRecordDecision(id: number) {
  const stored = useStored();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TMeetingDecisionCreate) =>
      apiRequest<TMeetingView>(`/api/meetings/${id}/decisions`, { method: 'POST', body }),
    onSuccess: (view) => {
      stored(view);
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}
