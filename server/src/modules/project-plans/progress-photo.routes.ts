import { actorOf, scopeOf } from '../../plugins/auth.ts';
import { evidenceRoutes } from '../files/evidence-routes.ts';
import { PROJECT_PHOTO } from './progress.repository.ts';
import type { TProgressService } from './progress.service.ts';

/**
 * Photos of progress reports: optional, uploaded first (re-encoded, location removed) and sent as
 * photoIds; shown to whoever reads the project (and to the uploader), with the photos of tied logs.
 */
export const progressPhotoRoutes = (progress: TProgressService) =>
  evidenceRoutes({
    tags: ['project-plans'],
    purpose: PROJECT_PHOTO,
    field: 'photoIds',
    upload: {
      url: '/api/project-plans/photos',
      policy: 'projects:write',
      summary: '上传进展照片（可选；位置信息去除），再以 photoIds 提交 Upload a progress photo',
    },
    view: {
      url: '/api/project-plans/photos/:id',
      policy: 'projects:read',
      summary: '项目进展照片 A progress photo',
    },
    find: (request, id) => progress.photoKey(scopeOf(request, 'projects:read'), id, actorOf(request).userId),
  });
