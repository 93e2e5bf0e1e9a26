import { actorOf, scopeIfHeld } from '../../plugins/auth.ts';
import { evidenceRoutes } from '../files/evidence-routes.ts';
import type { TTasksService } from './tasks.service.ts';

/** The purpose of a photo kept as evidence of a task report. */
export const TASK_EVIDENCE = 'task_evidence';

/** Evidence of a task report (photos): upload, then send the ids as photoIds; view one attached in reach. */
export const taskEvidenceRoutes = (tasks: TTasksService) =>
  evidenceRoutes({
    tags: ['tasks'],
    purpose: TASK_EVIDENCE,
    field: 'photoIds',
    upload: {
      url: '/api/tasks/evidence',
      policy: 'tasks:report',
      summary: '上传任务佐证照片，再以 photoIds 提交 Upload task evidence',
    },
    view: { url: '/api/tasks/evidence/:id', policy: 'tasks:read', summary: '任务佐证照片 Task evidence' },
    find: async (request, id) => {
      const { reader } = await tasks.actorsOf(
        actorOf(request).userId,
        scopeIfHeld(request, 'tasks:read'),
        null,
      );
      return tasks.evidenceKey(reader, id);
    },
  });
