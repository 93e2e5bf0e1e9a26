import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { TAuditEntry, TAuditOutcome } from '@zhucun/core';
import { apiRequest } from './client.ts';

export type TAuditFilter = {
  actor?: string;
  action?: string;
  outcome?: TAuditOutcome;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};
export type TAuditList = { items: TAuditEntry[]; total: number };
export type TAuditVerification = { intact: boolean; checked: number; firstBrokenId: number | null };

export function useAuditLog(filter: TAuditFilter) {
  return useQuery({
    queryKey: ['audit', 'list', filter],
    queryFn: () => apiRequest<TAuditList>('/api/audit', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

/** Re-checks the hash chain of the audit log on demand. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => apiRequest<TAuditVerification>('/api/audit/verify') });
}
