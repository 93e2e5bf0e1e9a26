import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TFundingCorrect,
  TFundingCreate,
  TFundingEntryView,
  TFundingLedger,
  TFundingSummary,
  THomeSign,
} from '@zhucun/core';
import { apiRequest } from '../api/client.ts';
import { buildQuery } from './http.ts';

/** TanStack Query hooks of the funding ledger (统一资金) and the printed sign (统一标识). */
const FUNDING = ['homes', 'funding'] as const;

export function useFundingLedger(homeId: number) {
  return useQuery({
    queryKey: [...FUNDING, 'ledger', homeId],
    queryFn: () => apiRequest<TFundingLedger>(`/api/homes/${homeId}/funding`),
  });
}

/** 登记收支: a new entry, never an edit. */
export function useCreateFunding(homeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TFundingCreate) =>
      apiRequest<TFundingEntryView>(`/api/homes/${homeId}/funding`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FUNDING }),
  });
}

/** 更正: a correction entry naming the one it corrects (the original stays). */
export function useCorrectFunding(homeId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: number; body: TFundingCorrect }) =>
      apiRequest<TFundingEntryView>(`/api/homes/${homeId}/funding/${entryId}/corrections`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FUNDING }),
  });
}

/** Uploads a voucher (PDF or image) as the raw body; its id then goes into the entry. */
export function useUploadVoucher() {
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<{ id: number }>('/api/homes/funding/vouchers', { method: 'POST', body: file }),
  });
}

export const voucherUrl = (homeId: number, entryId: number) =>
  `/api/homes/${homeId}/funding/${entryId}/voucher`;

export type TFundingSummaryFilter = { township?: string; year?: number };

export function useFundingSummary(filter: TFundingSummaryFilter) {
  return useQuery({
    queryKey: [...FUNDING, 'summary', filter],
    queryFn: () => apiRequest<TFundingSummary>('/api/homes/funding/summary', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

/** The county's (or a township's) ledger as an Excel workbook. */
export const fundingXlsxUrl = (filter: TFundingSummaryFilter) =>
  `/api/homes/funding.xlsx${buildQuery(filter)}`;

export function useHomeSign(homeId: number) {
  return useQuery({
    queryKey: ['homes', 'sign', homeId],
    queryFn: () => apiRequest<THomeSign>(`/api/homes/${homeId}/sign`),
  });
}

export const signPhotoUrl = (homeId: number, personId: number) =>
  `/api/homes/${homeId}/sign/photos/${personId}`;
export const villageQrUrl = (villageCode: string) => `/api/villages/${villageCode}/qr.svg`;
