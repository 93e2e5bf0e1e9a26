import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TDayView, TPresenceSummary, TSpotCheckItem, TSpotCheckList, TTodayView } from '@zhucun/core';
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

/** The server's record of one of the cadre's days (to set beside the phone's version of it), or none. */
export function useMyDay(date: string) {
  return useQuery({
    queryKey: [...MY_DUTY, 'days', date],
    queryFn: async () =>
      (await apiRequest<{ items: TDayView[] }>('/api/duty/my/days', { query: { from: date, to: date } }))
        .items[0] ?? null,
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

/** Where a day-log photo is shown (the owner, and readers of that village). */
export const dutyPhotoUrl = (id: number) => `/api/duty/photos/${id}`;

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
