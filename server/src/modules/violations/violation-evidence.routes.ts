import { actorOf, scopeIfHeld } from '../../plugins/auth.ts';
import { evidenceRoutes } from '../files/evidence-routes.ts';
import type { TViolationsReader } from './violations.read.ts';

/** The purpose of a photo kept as evidence of a violation record. */
export const VIOLATION_EVIDENCE = 'violation_evidence';

/** Evidence of a violation record (photos): upload, then send the ids as photoIds; view one in scope or of oneself. */
export const violationEvidenceRoutes = (reader: TViolationsReader) =>
  evidenceRoutes({
    tags: ['violations'],
    purpose: VIOLATION_EVIDENCE,
    field: 'photoIds',
    upload: {
      url: '/api/violations/evidence',
      policy: 'violations:record',
      summary: '上传违规记录凭证照片，再以 photoIds 提交 Upload evidence',
    },
    view: {
      url: '/api/violations/evidence/:id',
      policy: 'signed-in',
      summary: '查看违规记录凭证（管辖范围内，或本人的记录） Evidence photo of a record',
    },
    find: (request, id) =>
      reader.evidenceKey(id, scopeIfHeld(request, 'violations:read'), actorOf(request).userId),
  });
