import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TAcceptanceRequest,
  TCreateAssessmentRequest,
  TProjectStandard,
  TSetCriteriaRequest,
  TUpdateAssessmentRequest,
} from '@zhucun/core';
import { apiRequest } from './client.ts';

/** TanStack Query hooks of a project's standard (一项目一标准): criteria, assessments, acceptance. */
const STANDARD = ['project-standard'] as const;

export function useProjectStandard(projectId: number) {
  return useQuery({
    queryKey: [...STANDARD, projectId],
    queryFn: () => apiRequest<TProjectStandard>(`/api/projects/${projectId}/standard`),
  });
}

/** After a change the standard is the server's answer; the project (its state) is read again. */
function useSaved(projectId: number) {
  const queryClient = useQueryClient();
  return (standard: TProjectStandard) => {
    queryClient.setQueryData([...STANDARD, projectId], standard);
    void queryClient.invalidateQueries({ queryKey: ['projects'] });
  };
}

export function useSetCriteria(projectId: number) {
  const saved = useSaved(projectId);
  return useMutation({
    mutationFn: (body: TSetCriteriaRequest) =>
      apiRequest<TProjectStandard>(`/api/projects/${projectId}/criteria`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

export function useAssess(projectId: number) {
  const saved = useSaved(projectId);
  return useMutation({
    mutationFn: (body: TCreateAssessmentRequest) =>
      apiRequest<TProjectStandard>(`/api/projects/${projectId}/assessments`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

export function useEditAssessment(projectId: number) {
  const saved = useSaved(projectId);
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: TUpdateAssessmentRequest }) =>
      apiRequest<TProjectStandard>(`/api/project-assessments/${id}`, { method: 'PUT', body }),
    onSuccess: saved,
  });
}

export function useAccept(projectId: number) {
  const saved = useSaved(projectId);
  return useMutation({
    mutationFn: (body: TAcceptanceRequest) =>
      apiRequest<TProjectStandard>(`/api/projects/${projectId}/acceptance`, { method: 'POST', body }),
    onSuccess: saved,
  });
}

/** Uploads an evidence photo; its id then goes into a score as evidencePhotoId. */
export function useUploadStandardEvidence() {
  return useMutation({
    mutationFn: (file: Blob) =>
      apiRequest<{ id: number }>('/api/project-standards/evidence', { method: 'POST', body: file }),
  });
}

export const standardEvidenceUrl = (id: number) => `/api/project-standards/evidence/${id}`;
