import { scopeOf } from '../../plugins/auth.ts';
import { evidenceRoutes } from '../files/evidence-routes.ts';
import type { TRequestsService } from './requests.service.ts';

/** The purpose of a photo kept as evidence of a resolved request. */
export const REQUEST_EVIDENCE = 'request_evidence';

/** Evidence of a resolved request (a photo): upload, then send its id as evidenceFileId; view it in scope. */
export const requestEvidenceRoutes = (requests: TRequestsService) =>
  evidenceRoutes({
    tags: ['requests'],
    purpose: REQUEST_EVIDENCE,
    field: 'evidenceFileId',
    upload: {
      url: '/api/requests/evidence',
      policy: 'requests:work',
      summary: '上传办结凭证照片（可选），再以 evidenceFileId 提交 Upload evidence',
    },
    view: { url: '/api/requests/:id/evidence', policy: 'requests:read', summary: '办结凭证照片 Evidence' },
    find: (request, id) => requests.evidenceKey(scopeOf(request, 'requests:read'), id),
  });
