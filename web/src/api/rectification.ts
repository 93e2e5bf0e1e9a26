import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TRectificationActionBody,
  TRectificationActionPath,
  TRectificationCreate,
  TRectificationLevel,
  TRectificationList,
  TRectificationSource,
  TRectificationState,
  TRectificationView,
} from '@zhucun/core';
import { buildQuery } from '../lib/http.ts';
import { apiRequest } from './client.ts';

/** TanStack Query hooks of 整改台账: the ledger, one problem, its steps, report photos, the workbook. */
const RECTIFICATION = ['rectification'] as const;

export type TRectificationFilter = {
  source?: TRectificationSource;
  state?: TRectificationState;
  level?: TRectificationLevel;
  township?: string;
  overdue?: boolean;
  /** Reports waiting for the township's review or the county's close (the to-do's link). */
  awaiting?: 'township' | 'county';
  page: number;
  pageSize: number;
};

export function useRectificationList(filter: TRectificationFilter) {
  return useQuery({
    queryKey: [...RECTIFICATION, 'list', filter],
    queryFn: () => apiRequest<TRectificationList>('/api/rectifications', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

/** 整改台账 (Excel: 问题清单、任务清单、责任清单) of the list's filters, every page. */
export const rectificationLedgerUrl = ({ page: _p, pageSize: _s, ...filter }: TRectificationFilter) =>
  `/api/rectifications/export.xlsx${buildQuery(filter)}`;

/** Where a report's photo is shown. */
export const rectificationPhotoUrl = (fileId: number) => `/api/rectifications/photos/${fileId}`;

export function useRectification(id: number | null) {
  return useQuery({
    queryKey: [...RECTIFICATION, 'one', id],
    queryFn: () => apiRequest<TRectificationView>(`/api/rectifications/${id}`),
    enabled: id !== null,
  });
}

function useSaved() {
  const queryClient = useQueryClient();
  return (view: TRectificationView) => {
    queryClient.setQueryData([...RECTIFICATION, 'one', view.id], view);
    return queryClient.invalidateQueries({ queryKey: RECTIFICATION });
  };
}

/** 登记整改问题: the problem with its measures and owners in one step. */
export function useCreateRectification() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: TRectificationCreate) =>
      apiRequest<TRectificationView>('/api/rectifications', { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** One step (报送, 审核通过, 退回, 销号 …); the answer is the problem as it now stands. */
export function useRectificationAction(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ path, body }: { path: TRectificationActionPath; body: TRectificationActionBody }) =>
      apiRequest<TRectificationView>(`/api/rectifications/${id}/${path}`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** Uploads a photo of a report (location removed); its id then goes into photoIds. */
export function useUploadRectificationPhoto() {
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<{ id: number }>('/api/rectifications/photos', { method: 'POST', body: file }),
  });
}
