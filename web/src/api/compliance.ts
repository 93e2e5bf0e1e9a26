import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TComplianceWeek, TComplianceYear, TMissingDays } from '@zhucun/core';
import { buildQuery } from '../lib/http.ts';
import { apiRequest } from './client.ts';

const COMPLIANCE = ['duty', 'compliance'] as const;

/** 五天四夜 of one week: counts per township (or village) and every cadre by village and name. */
export function useComplianceWeek(query: { week?: string; division?: string }, enabled = true) {
  return useQuery({
    queryKey: [...COMPLIANCE, 'week', query],
    queryFn: () => apiRequest<TComplianceWeek>('/api/duty/compliance', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A year's compliance per cadre: assessed and complying weeks, the rate, days in the village. */
export function useComplianceYear(query: { year?: string; division?: string }, enabled = true) {
  return useQuery({
    queryKey: [...COMPLIANCE, 'year', query],
    queryFn: () => apiRequest<TComplianceYear>('/api/duty/compliance/year', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Cadres who recorded nothing for a date (default yesterday), not counting approved leave. */
export function useMissingDays(query: { date?: string; division?: string }, enabled = true) {
  return useQuery({
    queryKey: [...COMPLIANCE, 'missing', query],
    queryFn: () => apiRequest<TMissingDays>('/api/duty/missing', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** 考勤表 of a township for a month (YYYY-MM), as Excel; a plain GET link with the session cookie. */
export function attendanceUrl(township: string, month: string): string {
  return `/api/duty/attendance.xlsx${buildQuery({ township, month })}`;
}
