import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAbsenceView, TDayView, TPlace } from '@zhucun/core';
import { apiRequest } from './client.ts';

/** What the township or county narrows the work logs to. */
export type TLogFilter = {
  township?: string;
  village?: string;
  from?: string;
  to?: string;
  returned?: boolean;
  page: number;
  pageSize: number;
};
export type TDayList = { items: TDayView[]; total: number };
export type TAbsenceFilter = { queue?: boolean; year?: string; township?: string };
export type TRecallAlerts = {
  year: string;
  limit: number;
  items: { personId: number; personName: string; villageName: string; days: number }[];
};

const DAYS = ['duty', 'days'] as const;
const ABSENCES = ['absences'] as const;

/** One page of work logs in the caller's scope, newest first, then village and name (the server's order). */
export function useDutyDays(filter: TLogFilter) {
  return useQuery({
    queryKey: [...DAYS, 'list', filter],
    queryFn: () => apiRequest<TDayList>('/api/duty/days', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function useDutyDay(id: number | null) {
  return useQuery({
    queryKey: [...DAYS, 'one', id],
    queryFn: () => apiRequest<TDayView>(`/api/duty/days/${id}`),
    enabled: id !== null,
  });
}

function useDayMutation<TVars>(run: (vars: TVars) => Promise<TDayView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (day) => {
      queryClient.setQueryData([...DAYS, 'one', day.id], day);
      return queryClient.invalidateQueries({ queryKey: ['duty'] });
    },
  });
}

/** 批注 or 退回补充 on a day's log. */
export function useCommentDay() {
  return useDayMutation(
    ({ id, text, returnForCompletion }: { id: number; text: string; returnForCompletion: boolean }) =>
      apiRequest<TDayView>(`/api/duty/days/${id}/comments`, {
        method: 'POST',
        body: { text, returnForCompletion },
      }),
  );
}

/** 更正考勤: the attendance keeper's correction of where a cadre was (audited by the server). */
export function useCorrectAttendance() {
  return useDayMutation(
    ({
      personId,
      date,
      ...body
    }: {
      personId: number;
      date: string;
      day: TPlace;
      night: TPlace;
      reason: string;
    }) =>
      apiRequest<TDayView>(`/api/duty/people/${personId}/days/${date}/attendance`, { method: 'PUT', body }),
  );
}

/** Leave and official-duty requests: the caller's queue (`queue: true`) or all in scope. */
export function useAbsences(filter: TAbsenceFilter, enabled = true) {
  return useQuery({
    queryKey: [...ABSENCES, 'list', filter],
    queryFn: () => apiRequest<{ items: TAbsenceView[] }>('/api/absences', { query: filter }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** 批准 / 不批准; a township's approval of long leave sends it on to the county. */
export function useDecideAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: number; decision: 'approve' | 'reject'; note?: string }) =>
      apiRequest<TAbsenceView>(`/api/absences/${id}/${decision}`, {
        method: 'POST',
        body: note ? { note } : {},
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ABSENCES }),
        queryClient.invalidateQueries({ queryKey: ['duty'] }),
      ]),
  });
}

/** Cadres over the county's yearly leave limit (召回预警). */
export function useRecallAlerts(year: string, enabled = true) {
  return useQuery({
    queryKey: [...ABSENCES, 'recall', year],
    queryFn: () => apiRequest<TRecallAlerts>('/api/absences/recall-alerts', { query: { year } }),
    enabled,
  });
}

/** 一人一册: a cadre's log book for a year, as Word (a plain GET link; the session cookie goes along). */
export function bookUrl(personId: number, year: string): string {
  return `/api/duty/people/${personId}/book.docx?year=${year}`;
}
