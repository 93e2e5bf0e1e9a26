import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PROJECT_ACTION_PATHS,
  TCreateProjectRequest,
  TProject,
  TProjectGapList,
  TProjectKind,
  TProjectList,
  TProjectPerson,
  TProjectState,
  TProjectSummary,
} from '@zhucun/core';
import { buildQuery } from '../lib/http.ts';
import { apiRequest } from './client.ts';

/** TanStack Query hooks of the project registry (项目化帮扶): list, one project, its steps, the gaps. */
const PROJECTS = ['projects'] as const;

export type TProjectFilter = {
  township?: string;
  village?: string;
  kind?: TProjectKind;
  state?: TProjectState;
  demonstration?: boolean;
  q?: string;
  page: number;
  pageSize: number;
};
export type TProjectActionPath = keyof typeof PROJECT_ACTION_PATHS;
export type TGapKind = 'demonstration' | 'unassigned';
export type TGapFilter = { township?: string; village?: string; page: number; pageSize: number };

export function useProjectList(filter: TProjectFilter) {
  return useQuery({
    queryKey: [...PROJECTS, 'list', filter],
    queryFn: () => apiRequest<TProjectList>('/api/projects', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

/** Projects in scope counted by kind (approved or further): the county home page's 产业项目. */
export function useProjectSummary(enabled = true) {
  return useQuery({
    queryKey: [...PROJECTS, 'summary'],
    queryFn: () => apiRequest<TProjectSummary>('/api/projects/summary'),
    enabled,
  });
}

/** 项目台账 (Excel) of the list's filters, every page. */
export const projectLedgerUrl = ({ page: _p, pageSize: _s, ...filter }: TProjectFilter) =>
  `/api/projects/export.xlsx${buildQuery(filter)}`;
/** 项目卡 (Word) of one project. */
export const projectCardUrl = (id: number) => `/api/projects/${id}/card.docx`;

export function useProject(id: number | null) {
  return useQuery({
    queryKey: [...PROJECTS, 'one', id],
    queryFn: () => apiRequest<TProject>(`/api/projects/${id}`),
    enabled: id !== null,
  });
}

/** Who may lead or claim a project in these villages (posted there now). */
export function useProjectPeople(villageCodes: readonly string[]) {
  const villages = [...villageCodes].sort().join(',');
  return useQuery({
    queryKey: [...PROJECTS, 'people', villages],
    queryFn: () => apiRequest<{ items: TProjectPerson[] }>('/api/projects/people', { query: { villages } }),
    enabled: villages.length > 0,
  });
}

/** 一村一示范 or 责任田: the people of a gap, by village and name. */
export function useProjectGaps(kind: TGapKind, filter: TGapFilter, enabled: boolean) {
  return useQuery({
    queryKey: [...PROJECTS, 'gaps', kind, filter],
    queryFn: () => apiRequest<TProjectGapList>(`/api/projects/gaps/${kind}`, { query: filter }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

function useSaved() {
  const queryClient = useQueryClient();
  return (view: TProject) => {
    queryClient.setQueryData([...PROJECTS, 'one', view.id], view);
    return queryClient.invalidateQueries({ queryKey: PROJECTS });
  };
}

/** 申报项目: a draft. */
export function useCreateProject() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: TCreateProjectRequest) =>
      apiRequest<TProject>('/api/projects', { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useUpdateProject(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: TCreateProjectRequest) =>
      apiRequest<TProject>(`/api/projects/${id}`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

/** One step of a project (提交, 审核通过, 退回 …); the answer is the project as it now stands. */
export function useProjectAction() {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ id, path, reason }: { id: number; path: TProjectActionPath; reason?: string }) =>
      apiRequest<TProject>(`/api/projects/${id}/${path}`, {
        method: 'POST',
        body: reason === undefined ? {} : { reason },
      }),
    onSuccess: saved,
  });
}
