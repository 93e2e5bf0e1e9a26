import {
  ZIdParam,
  ZMyTasks,
  ZTaskAssignable,
  ZTaskCompletionQuery,
  ZTaskCompletionReport,
  ZTaskCreate,
  ZTaskList,
  ZTaskListQuery,
  ZTaskReportInput,
  ZTaskView,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeIfHeld, scopeOf } from '../../plugins/auth.ts';
import type { TTasksService } from './tasks.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const params = z.object({ id: ZIdParam });

/** 任务清单: assign downward in one step, the list and a task in scope, reports, completion, the ledger. */
export async function tasksRoutes(app: FastifyInstance, deps: { tasks: TTasksService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tasks'];
  const read = { policy: 'tasks:read' } as const;
  const actors = (request: FastifyRequest) =>
    deps.tasks.actorsOf(
      actorOf(request).userId,
      scopeIfHeld(request, 'tasks:read'),
      scopeIfHeld(request, 'tasks:report'),
    );

  r.get(
    '/api/tasks',
    {
      config: read,
      schema: {
        tags,
        summary: '任务清单（管辖范围内，含完成情况） Tasks in scope',
        querystring: ZTaskListQuery,
        response: { 200: ZTaskList },
      },
    },
    async (request) => {
      const { reader, reporter } = await actors(request);
      return deps.tasks.list(
        reader,
        { ...request.query, held: undefined },
        request.query.held ? reporter : undefined,
      );
    },
  );
  r.post(
    '/api/tasks',
    {
      config: { policy: 'tasks:assign' },
      schema: {
        tags,
        summary: '下达任务（一步下达到乡镇、村、干部或某类干部；留痕、通知） Assign a task',
        body: ZTaskCreate,
        response: { 200: z.object({ id: z.number().int(), assignments: z.number().int() }) },
      },
    },
    async (request) =>
      deps.tasks.assign(scopeOf(request, 'tasks:assign'), request.body, actorOf(request), contextOf(request)),
  );
  r.get(
    '/api/tasks/assignable',
    {
      config: { policy: 'tasks:assign' },
      schema: {
        tags,
        summary: '可下达的乡镇、村和干部 Whom one may assign to',
        response: { 200: ZTaskAssignable },
      },
    },
    async (request) => deps.tasks.assignable(scopeOf(request, 'tasks:assign')),
  );
  r.get(
    '/api/tasks/mine',
    {
      config: { policy: 'tasks:report' },
      schema: { tags, summary: '我的任务（今天）：未完成的按时限先后 My tasks', response: { 200: ZMyTasks } },
    },
    async (request) => deps.tasks.mine((await actors(request)).reporter),
  );
  r.get(
    '/api/tasks/completion',
    {
      config: read,
      schema: {
        tags,
        summary: '完成情况：按乡镇、村统计件数和比例（不排名个人） Completion by township and village',
        querystring: ZTaskCompletionQuery,
        response: { 200: ZTaskCompletionReport },
      },
    },
    async (request) => deps.tasks.completion((await actors(request)).reader, request.query.taskId),
  );
  r.get(
    '/api/tasks/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: '导出任务台账（Excel，管辖范围内；留痕） Export the task ledger',
        produces: [XLSX],
        response: { 200: z.any().describe('an .xlsx workbook') },
      },
    },
    async (request, reply) => {
      const { file } = await deps.tasks.ledger((await actors(request)).reader, contextOf(request));
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="tasks.xlsx"; filename*=UTF-8''${encodeURIComponent('任务台账.xlsx')}`,
        )
        .send(file);
    },
  );
  r.get(
    '/api/tasks/:id',
    {
      config: read,
      schema: { tags, summary: '任务详情（承办情况和进展） A task', params, response: { 200: ZTaskView } },
    },
    async (request) => {
      const { reader, reporter } = await actors(request);
      return deps.tasks.get(reader, reporter, request.params.id);
    },
  );
  r.post(
    '/api/tasks/assignments/:id/report',
    {
      config: { policy: 'tasks:report' },
      schema: {
        tags,
        summary: '报告进展或标记完成（完成须附佐证） Report progress or done',
        params,
        body: ZTaskReportInput,
        response: { 200: ZTaskView },
      },
    },
    async (request) => {
      const { reader, reporter } = await actors(request);
      return deps.tasks.report(reader, reporter, request.params.id, request.body, contextOf(request));
    },
  );
}
