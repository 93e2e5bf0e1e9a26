import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TAppealDecisionRequest,
  TMyRating,
  TRatingCycle,
  TRatingCycleList,
  TRatingCycleSettings,
  TRatingDistribution,
  TRatingNotice,
  TRatingResultDetail,
  TRatingResultList,
  TRatingResultQuery,
  TReviewRequest,
  TSurveyWindowRequest,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

const RATING = ['rating'] as const;

/** The county's cycles, newest first, with the current year. */
export function useRatingCycles(enabled = true) {
  return useQuery({
    queryKey: [...RATING, 'cycles'],
    queryFn: () => apiRequest<TRatingCycleList>('/api/rating/cycles'),
    enabled,
  });
}

/** One cycle: stage, settings, dates, the steps and whether each may be taken now. */
export function useRatingCycle(id: number | undefined) {
  return useQuery({
    queryKey: [...RATING, 'cycle', id],
    queryFn: () => apiRequest<TRatingCycle>(`/api/rating/cycles/${id}`),
    enabled: id !== undefined,
  });
}

/** The county's moves on a cycle; each answers with the cycle as it now stands. */
export function useRatingCycleActions() {
  const queryClient = useQueryClient();
  const done = (c: TRatingCycle) => {
    queryClient.setQueryData([...RATING, 'cycle', c.id], c);
    void queryClient.invalidateQueries({ queryKey: RATING });
  };
  return {
    open: useMutation({
      mutationFn: (year: number) =>
        apiRequest<TRatingCycle>('/api/rating/cycles', { method: 'POST', body: { year } }),
      onSuccess: done,
    }),
    settings: useMutation({
      mutationFn: ({ id, settings }: { id: number; settings: TRatingCycleSettings }) =>
        apiRequest<TRatingCycle>(`/api/rating/cycles/${id}/settings`, { method: 'PUT', body: { settings } }),
      onSuccess: done,
    }),
    step: useMutation({
      mutationFn: ({ id, path, body }: { id: number; path: string; body?: object }) =>
        apiRequest<TRatingCycle>(`/api/rating/cycles/${id}/${path}`, { method: 'POST', body: body ?? {} }),
      onSuccess: done,
    }),
    surveyWindow: useMutation({
      mutationFn: ({ id, body }: { id: number; body: TSurveyWindowRequest }) =>
        apiRequest<TRatingCycle>(`/api/rating/cycles/${id}/survey-window`, { method: 'POST', body }),
      onSuccess: done,
    }),
    reviewRemaining: useMutation({
      mutationFn: ({ id, expected }: { id: number; expected: number }) =>
        apiRequest<{ reviewed: number }>(`/api/rating/cycles/${id}/review-remaining`, {
          method: 'POST',
          body: { expected },
        }),
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: RATING }),
    }),
  };
}

/** Results in scope, in village and name order. */
export function useRatingResults(cycleId: number | undefined, query: TRatingResultQuery) {
  return useQuery({
    queryKey: [...RATING, 'results', cycleId, query],
    queryFn: () =>
      apiRequest<TRatingResultList>(`/api/rating/cycles/${cycleId}/results`, {
        query: query as Record<string, string | number | undefined>,
      }),
    enabled: cycleId !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** Counts by grade, overall and by township. */
export function useRatingDistribution(cycleId: number | undefined) {
  return useQuery({
    queryKey: [...RATING, 'distribution', cycleId],
    queryFn: () => apiRequest<TRatingDistribution>(`/api/rating/cycles/${cycleId}/distribution`),
    enabled: cycleId !== undefined,
  });
}

/** One result explained. */
export function useRatingResult(id: number) {
  return useQuery({
    queryKey: [...RATING, 'result', id],
    queryFn: () => apiRequest<TRatingResultDetail>(`/api/rating/results/${id}`),
  });
}

/** The reviewer's decisions on a result and on its appeal; each answers with the result. */
export function useRatingReview(id: number) {
  const queryClient = useQueryClient();
  const done = (r: TRatingResultDetail) => {
    queryClient.setQueryData([...RATING, 'result', id], r);
    void queryClient.invalidateQueries({ queryKey: RATING });
  };
  return {
    review: useMutation({
      mutationFn: (body: TReviewRequest) =>
        apiRequest<TRatingResultDetail>(`/api/rating/results/${id}/review`, { method: 'POST', body }),
      onSuccess: done,
    }),
    decide: useMutation({
      mutationFn: ({ appealId, body }: { appealId: number; body: TAppealDecisionRequest }) =>
        apiRequest<TRatingResultDetail>(`/api/rating/appeals/${appealId}/decide`, { method: 'POST', body }),
      onSuccess: done,
    }),
  };
}

/** The 公示 of a year (the latest on notice by default). */
export function useRatingNotice(year: number | undefined) {
  return useQuery({
    queryKey: [...RATING, 'notice', year],
    queryFn: () => apiRequest<TRatingNotice>('/api/rating/notice', { query: { year } }),
    placeholderData: keepPreviousData,
  });
}

/** The cadre's own results, from the notice on. */
export function useMyRating() {
  return useQuery({
    queryKey: [...RATING, 'mine'],
    queryFn: () => apiRequest<TMyRating>('/api/rating/my'),
  });
}

/** The cadre's one appeal of a result. */
export function useRatingAppeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: number; text: string }) =>
      apiRequest<TRatingResultDetail>(`/api/rating/my/results/${id}/appeal`, {
        method: 'POST',
        body: { text },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...RATING, 'mine'] }),
  });
}
