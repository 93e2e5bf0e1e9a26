import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TAdmonishmentList, TPriorityLists, TRectificationState, TStarHistory } from '@zhucun/core';
import { buildQuery } from '../lib/http.ts';
import { apiRequest } from './client.ts';

const FOLLOW = ['rating-follow'] as const;

/** A cadre's stars per confirmed year and over the tenure (staff with rating:read), or one's own ('mine'). */
export function useStarHistory(personId: number | 'mine' | null) {
  return useQuery({
    queryKey: [...FOLLOW, 'stars', personId],
    queryFn: () =>
      apiRequest<TStarHistory>(personId === 'mine' ? '/api/me/stars' : `/api/cadres/${personId}/stars`),
    enabled: personId !== null,
  });
}

export type TPriorityQuery = { year?: number; date?: string };

/** The priority lists of a confirmed cycle (the latest unless a year is given) on a date (today unless given). */
export function usePriorityLists(q: TPriorityQuery) {
  return useQuery({
    queryKey: [...FOLLOW, 'priority', q],
    queryFn: () => apiRequest<TPriorityLists>('/api/rating/priority-lists', { query: q }),
    placeholderData: keepPreviousData,
  });
}

export type TAdmonishmentQuery = { year?: number; state?: TRectificationState };

/** 诫勉 in scope with their rectification's state. */
export function useAdmonishments(q: TAdmonishmentQuery) {
  return useQuery({
    queryKey: [...FOLLOW, 'admonishments', q],
    queryFn: () => apiRequest<TAdmonishmentList>('/api/rating/admonishments', { query: q }),
    placeholderData: keepPreviousData,
  });
}

/** The rating's files: the result table (Excel), the notice and the priority lists (Word). */
export const ratingResultsXlsxUrl = (cycleId: number) => `/api/rating/cycles/${cycleId}/results.xlsx`;
export const ratingNoticeDocxUrl = (cycleId: number) => `/api/rating/cycles/${cycleId}/notice.docx`;
export const priorityListsDocxUrl = (q: TPriorityQuery) => `/api/rating/priority-lists.docx${buildQuery(q)}`;
