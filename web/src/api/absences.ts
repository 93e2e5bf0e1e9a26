import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAbsenceKind, TAbsenceLevelPreview, TAbsenceView } from '@zhucun/core';
import { apiRequest } from './client.ts';
import { useOutboxWrite } from './outbox.ts';

const MY_ABSENCES = ['absences', 'mine'] as const;

export type TAbsenceFields = { kind: TAbsenceKind; startDate: string; endDate: string; reason: string };

/** The cadre's own leave requests and official-duty reports, newest first. */
export function useMyAbsences() {
  return useQuery({
    queryKey: MY_ABSENCES,
    queryFn: () => apiRequest<{ items: TAbsenceView[] }>('/api/absences/mine'),
  });
}

/** Before applying: who would decide these dates, and the unbroken leave they would make with the cadre's others. */
export function useAbsenceLevel(q: {
  kind?: TAbsenceKind;
  startDate?: string | null;
  endDate?: string | null;
}) {
  const { kind, startDate, endDate } = q;
  const ready = !!kind && !!startDate && !!endDate && endDate >= startDate;
  return useQuery({
    queryKey: [...MY_ABSENCES, 'level', kind, startDate, endDate],
    queryFn: () =>
      apiRequest<TAbsenceLevelPreview>('/api/absences/level', {
        query: { kind: kind ?? '', startDate: startDate ?? '', endDate: endDate ?? '' },
      }),
    enabled: ready,
  });
}

function useAbsenceMutation<TVars>(run: (vars: TVars) => Promise<TAbsenceView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: MY_ABSENCES });
      // approved leave lowers the week's requirement; the presence card may change
      await queryClient.invalidateQueries({ queryKey: ['duty', 'my'] });
    },
  });
}

/** Applies for leave (or reports official duty) through the outbox: without signal it is sent once later. */
export function useApplyAbsence(userId: number) {
  const queryClient = useQueryClient();
  const write = useOutboxWrite<TAbsenceFields, TAbsenceView>((body) => ({
    userId,
    kind: 'leave',
    method: 'POST',
    path: '/api/absences',
    body,
    subject: { start: body.startDate, end: body.endDate },
  }));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: MY_ABSENCES }),
      queryClient.invalidateQueries({ queryKey: ['duty', 'my'] }),
    ]);
  return {
    isPending: write.isPending,
    sendAsync: (body: TAbsenceFields) => write.sendAsync(body).finally(refresh),
  };
}

export function useWithdrawAbsence() {
  return useAbsenceMutation((id: number) =>
    apiRequest<TAbsenceView>(`/api/absences/${id}/withdraw`, { method: 'POST' }),
  );
}
