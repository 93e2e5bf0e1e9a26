import { actorOf, scopeIfHeld } from '../../plugins/auth.ts';
import { evidenceRoutes } from '../files/evidence-routes.ts';
import type { TSpotChecksService } from './spot-checks.service.ts';

/** The purpose of a photo or screenshot kept as evidence of a spot check. */
export const SPOT_CHECK_EVIDENCE = 'spot_check_evidence';

/** Evidence of a spot check (a photo, a screenshot of the video roll call): upload, then view. */
export const spotCheckEvidenceRoutes = (spotChecks: TSpotChecksService) =>
  evidenceRoutes({
    tags: ['spot-checks'],
    purpose: SPOT_CHECK_EVIDENCE,
    field: 'fileId',
    upload: {
      url: '/api/spot-checks/evidence',
      policy: 'duty:review',
      summary: '上传抽查凭证（照片或截图，可选） Upload evidence, then send its id as fileId',
    },
    view: {
      url: '/api/spot-checks/:id/evidence',
      policy: 'signed-in',
      summary: '查看抽查凭证（管辖范围内，或被抽查的本人） Evidence of a check',
    },
    // in the caller's scope, or a check of the caller themself
    find: (request, id) =>
      spotChecks.evidenceKey(id, scopeIfHeld(request, 'duty:read'), actorOf(request).userId),
  });
