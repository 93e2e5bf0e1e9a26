import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client.ts';

export type TNotification = {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: string;
  read: boolean;
};

const NOTIFICATIONS = ['notifications'] as const;

/** The signed-in user's in-app notifications (the latest 50) and the unread count; looked at again every minute. */
export function useNotifications() {
  return useQuery({
    queryKey: NOTIFICATIONS,
    queryFn: () => apiRequest<{ unread: number; items: TNotification[] }>('/api/notifications'),
    refetchInterval: 60_000,
  });
}

/** Marks one notification read, or all of them (`'all'`). */
export function useReadNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number | 'all') => apiRequest<null>(`/api/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS }),
  });
}
