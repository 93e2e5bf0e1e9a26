import { useQuery } from '@tanstack/react-query';
import type { TTodayView } from '@zhucun/core';
import { useSession } from '../../api/auth.ts';
import { apiRequest } from '../../api/client.ts';
import { useRequestVillages } from '../requests/use-request-villages.ts';

/**
 * Where the caller may propose a project (a cadre: their own village; township and county staff:
 * every village in scope), and the caller's own person when they are a cadre (the default leader).
 */
export function useProposalContext() {
  const villages = useRequestVillages();
  const permissions = useSession().data?.user.permissions ?? [];
  const today = useQuery({
    queryKey: ['duty', 'my', 'today'],
    queryFn: () => apiRequest<TTodayView>('/api/duty/today'),
    enabled: permissions.includes('duty:self'),
  });
  return { villages, me: today.data?.person ?? null, loadingMe: today.isLoading };
}
