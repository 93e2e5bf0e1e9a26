import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TDayView, TPresenceSummary, TSpotCheckItem, TSpotCheckList, TTodayView } from '@zhucun/core';
import { useEffect } from 'react';
import { submitPendingDrafts, type TDraftEntry, type TSubmitOutcome } from '../lib/day-draft.ts';
import { apiRequest } from './client.ts';

/** Every query of the cadre's own day starts with this key, so a save refreshes Today and the week. */
const MY_DUTY = ['duty', 'my'] as const;

/** "今天": the server's today and the days still writable, each with what is saved. */
export function useToday() {
  return useQuery({
    queryKey: [...MY_DUTY, 'today'],
    queryFn: () => apiRequest<TTodayView>('/api/duty/today'),
  });
}

/** The cadre's own presence: this week against 5 and 4, the month, the year. */
export function useMyPresence(enabled: boolean) {
  return useQuery({
    queryKey: [...MY_DUTY, 'presence'],
    queryFn: () => apiRequest<TPresenceSummary>('/api/duty/my/presence'),
    enabled,
  });
}

/** Saves one day (the same date again edits it: the server keeps one row per person and date). */
export function putMyDay(date: string, entry: TDraftEntry): Promise<TDayView> {
  return apiRequest<TDayView>(`/api/duty/my/days/${date}`, { method: 'PUT', body: entry });
}

export function useSaveMyDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, entry }: { date: string; entry: TDraftEntry }) => putMyDay(date, entry),
    // not awaited: the caller's own onSuccess runs before the refetch re-keys its form
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: MY_DUTY });
      // reports on tasks go with the day (任务清单)
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}

/**
 * Sends the drafts saved while offline: once when the page opens online, and again whenever the
 * browser's `online` event fires. `onDone` hears what happened (the page re-reads its drafts).
 */
export function usePendingDraftSync(userId: number | null, onDone: (outcomes: TSubmitOutcome[]) => void) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (userId === null) return;
    let alive = true;
    const run = async () => {
      if (!navigator.onLine) return;
      const outcomes = await submitPendingDrafts(localStorage, userId, putMyDay);
      if (!alive || outcomes.length === 0) return;
      if (outcomes.some((o) => o.result === 'saved'))
        await queryClient.invalidateQueries({ queryKey: MY_DUTY });
      onDone(outcomes);
    };
    void run();
    window.addEventListener('online', run);
    return () => {
      alive = false;
      window.removeEventListener('online', run);
    };
  }, [userId, queryClient, onDone]);
}

/** Where a day-log photo is shown (the owner, and readers of that village). */
export const dutyPhotoUrl = (id: number) => `/api/duty/photos/${id}`;

/** Uploads a photo for a day's log; its id then goes into the day's photoIds. The location is kept only if asked. */
export function useUploadDutyPhoto() {
  return useMutation({
    mutationFn: ({ file, keepLocation }: { file: Blob; keepLocation: boolean }) =>
      apiRequest<{ id: number }>('/api/duty/photos', {
        method: 'POST',
        body: file,
        query: { keepLocation: String(keepLocation) },
      }),
  });
}

/** The cadre's own spot checks, each with the discrepancy flag the township sees too. */
export function useMySpotChecks(enabled: boolean) {
  return useQuery({
    queryKey: [...MY_DUTY, 'spot-checks'],
    queryFn: () => apiRequest<TSpotCheckList>('/api/duty/my/spot-checks'),
    enabled,
  });
}

/** The cadre's one statement on a check that found them absent; kept beside the check, shown to every side. */
export function useAnswerSpotCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: number; answer: string }) =>
      apiRequest<TSpotCheckItem>(`/api/duty/my/spot-checks/${id}/answer`, {
        method: 'POST',
        body: { answer },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...MY_DUTY, 'spot-checks'] }),
  });
}

/** The cadre's own log book for a year, as Word (一人一册). */
export const myBookUrl = (year: string) => `/api/duty/my/book.docx?year=${year}`;
