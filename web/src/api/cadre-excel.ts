import { useMutation, useQueryClient } from '@tanstack/react-query';
import { currentLanguage, i18n } from '../i18n/index.ts';
import { percentOf, XLSX_TYPE } from '../lib/cadre-excel.ts';
import { AFFECTED } from './cadres.ts';
import { ApiError, announceSessionEvent, CSRF_HEADER, csrfToken, toApiError } from './client.ts';

export type TImportResult = { created: number; updated: number; unchanged: number };

function parse(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/**
 * Sends a workbook to `POST /api/cadres/import` as raw bytes. XMLHttpRequest rather than
 * fetch, because only it reports upload progress; `onProgress` gets 0–100.
 */
export function uploadLedger(file: Blob, onProgress: (percent: number) => void): Promise<TImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/cadres/import');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', XLSX_TYPE);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    const token = csrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(percentOf(event.loaded, event.total));
    };
    xhr.upload.onload = () => onProgress(100);
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as TImportResult);
        return;
      }
      const error = toApiError(xhr.status, body);
      announceSessionEvent(error);
      reject(error);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', i18n.t('errors.network')));
    xhr.onabort = () => reject(new ApiError(0, 'network', i18n.t('errors.network')));
    xhr.send(file);
  });
}

/** Imports a ledger workbook; on success the ledger, profiles, villages and home counts refetch. */
export function useImportLedger(onProgress: (percent: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) => uploadLedger(file, onProgress),
    onSuccess: () => Promise.all(AFFECTED.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
