import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TActivePair,
  TAssignMentorRequest,
  TDayView,
  TEndPairRequest,
  TMentee,
  TMenteeDetail,
  TMentorAccount,
  TMentoringFilter,
  TMentoringGaps,
  TMentoringTalk,
  TMentorPair,
  TPersonMentoring,
  TTalkRequest,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

/** Every mentoring query starts with this key, so a pair made or ended refreshes every list. */
const MENTORING = ['mentoring'] as const;

/** 结对缺口 in the caller's scope. */
export function useMentoringGaps(filter: TMentoringFilter) {
  return useQuery({
    queryKey: [...MENTORING, 'gaps', filter],
    queryFn: () => apiRequest<TMentoringGaps>('/api/mentoring/gaps', { query: filter }),
  });
}

export function useActivePairs(filter: TMentoringFilter) {
  return useQuery({
    queryKey: [...MENTORING, 'pairs', filter],
    queryFn: () => apiRequest<{ items: TActivePair[] }>('/api/mentoring/pairs', { query: filter }),
  });
}

/** The accounts holding the mentor role, for the pairing form (only for those who pair). */
export function useMentorAccounts(enabled: boolean) {
  return useQuery({
    queryKey: [...MENTORING, 'mentors'],
    queryFn: () => apiRequest<{ items: TMentorAccount[] }>('/api/mentoring/mentors'),
    enabled,
  });
}

/** A person's mentors and their history (for the cadre's profile). */
export function usePersonMentoring(personId: number, enabled = true) {
  return useQuery({
    queryKey: [...MENTORING, 'person', personId],
    queryFn: () => apiRequest<TPersonMentoring>(`/api/mentoring/people/${personId}`),
    enabled: enabled && Number.isInteger(personId) && personId > 0,
    retry: false,
  });
}

function useMentoringMutation<TVars, TResult>(run: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MENTORING }),
  });
}

export function useAssignMentor() {
  return useMentoringMutation((body: TAssignMentorRequest) =>
    apiRequest<TMentorPair>('/api/mentoring/pairs', { method: 'POST', body }),
  );
}

export function useEndPair() {
  return useMentoringMutation(({ pairId, ...body }: TEndPairRequest & { pairId: number }) =>
    apiRequest<TMentorPair>(`/api/mentoring/pairs/${pairId}/end`, { method: 'POST', body }),
  );
}

/** 我的帮带对象. */
export function useMyMentees() {
  return useQuery({
    queryKey: [...MENTORING, 'mine'],
    queryFn: () => apiRequest<{ items: TMentee[] }>('/api/mentoring/my/mentees'),
  });
}

export function useMyMentee(personId: number) {
  return useQuery({
    queryKey: [...MENTORING, 'mine', personId],
    queryFn: () => apiRequest<TMenteeDetail>(`/api/mentoring/my/mentees/${personId}`),
    enabled: Number.isInteger(personId) && personId > 0,
    retry: false,
  });
}

/** A mentee's log, the last 30 days (read-only). */
export function useMenteeDays(personId: number) {
  return useQuery({
    queryKey: [...MENTORING, 'mine', personId, 'days'],
    queryFn: () =>
      apiRequest<{ items: TDayView[]; total: number }>(`/api/mentoring/my/mentees/${personId}/days`),
    enabled: Number.isInteger(personId) && personId > 0,
    retry: false,
  });
}

export function useRecordTalk(personId: number) {
  return useMentoringMutation((body: TTalkRequest) =>
    apiRequest<TMentoringTalk>(`/api/mentoring/my/mentees/${personId}/talks`, { method: 'POST', body }),
  );
}

export function useMentorComment() {
  return useMentoringMutation(({ dayId, text }: { dayId: number; text: string }) =>
    apiRequest<TDayView>(`/api/mentoring/my/days/${dayId}/comments`, { method: 'POST', body: { text } }),
  );
}
