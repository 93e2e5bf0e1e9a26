import {
  ZGanttQuery,
  ZGanttView,
  ZIdParam,
  ZMilestoneDoneRequest,
  ZMilestoneDropRequest,
  ZMilestoneInput,
  ZMyPlanProjects,
  ZProgressCommentRequest,
  ZProgressItem,
  ZProgressList,
  ZProgressListQuery,
  ZProgressReportRequest,
  ZProjectPlan,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeIfHeld, scopeOf } from '../../plugins/auth.ts';
import type { TGanttService } from './gantt.service.ts';
import type { TPlanService } from './plan.service.ts';
import type { TPlanActor } from './plan-access.ts';
import type { TProgressService } from './progress.service.ts';

const project = z.object({ id: ZIdParam });
const milestone = z.object({ id: ZIdParam, milestoneId: ZIdParam });
const actorFor = (request: FastifyRequest): TPlanActor => {
  const a = actorOf(request);
  return { userId: a.userId, grants: a.grants, permissions: a.permissions };
};
/** Projects are found in the caller's reading scope (404 outside it); what they may change is decided after. */
const readScope = (request: FastifyRequest) => scopeOf(request, 'projects:read');

/** 挂图作战: a project's milestones and progress, the Gantt chart, and the projects a cadre reports on. */
export async function projectPlansRoutes(
  app: FastifyInstance,
  deps: { plans: TPlanService; progress: TProgressService; gantt: TGanttService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['project-plans'];
  const read = { policy: 'projects:read' } as const;
  const write = { policy: 'projects:write' } as const;

  r.get(
    '/api/projects/:id/plan',
    {
      config: read,
      schema: {
        tags,
        summary: '项目挂图：节点、基线与偏差、进度 A project’s battle map',
        params: project,
        response: { 200: ZProjectPlan },
      },
    },
    async (request) => deps.plans.get(readScope(request), request.params.id, actorFor(request)),
  );
  r.post(
    '/api/projects/:id/milestones',
    {
      config: write,
      schema: {
        tags,
        summary: '添加节点（审核后新增的节点没有基线；留痕） Add a milestone',
        params: project,
        body: ZMilestoneInput.strict(),
        response: { 200: ZProjectPlan },
      },
    },
    async (request) =>
      deps.plans.add(
        readScope(request),
        request.params.id,
        request.body,
        actorFor(request),
        contextOf(request),
      ),
  );
  r.put(
    '/api/projects/:id/milestones/:milestoneId',
    {
      config: write,
      schema: {
        tags,
        summary: '修改或调整节点（审核后基线不变，调整时限须写理由；留痕） Edit or move a milestone',
        params: milestone,
        body: ZMilestoneInput.strict(),
        response: { 200: ZProjectPlan },
      },
    },
    async (request) =>
      deps.plans.update(
        readScope(request),
        request.params.id,
        request.params.milestoneId,
        request.body,
        actorFor(request),
        contextOf(request),
      ),
  );
  r.post(
    '/api/projects/:id/milestones/:milestoneId/done',
    {
      config: write,
      schema: {
        tags,
        summary: '标记节点完成 Mark a milestone met',
        params: milestone,
        body: ZMilestoneDoneRequest.strict(),
        response: { 200: ZProjectPlan },
      },
    },
    async (request) =>
      deps.plans.markDone(
        readScope(request),
        request.params.id,
        request.params.milestoneId,
        request.body.doneOn,
        actorFor(request),
        contextOf(request),
      ),
  );
  r.post(
    '/api/projects/:id/milestones/:milestoneId/reopen',
    {
      config: write,
      schema: {
        tags,
        summary: '撤销节点完成 Reopen a milestone',
        params: milestone,
        response: { 200: ZProjectPlan },
      },
    },
    async (request) =>
      deps.plans.reopen(
        readScope(request),
        request.params.id,
        request.params.milestoneId,
        actorFor(request),
        contextOf(request),
      ),
  );
  r.post(
    '/api/projects/:id/milestones/:milestoneId/drop',
    {
      config: write,
      schema: {
        tags,
        summary: '删除节点（审核前）或取消节点（审核后须写理由，保留划去） Remove or drop a milestone',
        params: milestone,
        body: ZMilestoneDropRequest.strict(),
        response: { 200: ZProjectPlan },
      },
    },
    async (request) =>
      deps.plans.drop(
        readScope(request),
        request.params.id,
        request.params.milestoneId,
        request.body.reason,
        actorFor(request),
        contextOf(request),
      ),
  );

  r.get(
    '/api/projects/:id/progress',
    {
      config: read,
      schema: {
        tags,
        summary: '项目进展：进展报告与记入项目的工作日志 Progress',
        params: project,
        querystring: ZProgressListQuery,
        response: { 200: ZProgressList },
      },
    },
    async (request) =>
      deps.progress.list(readScope(request), request.params.id, actorFor(request), request.query),
  );
  r.post(
    '/api/projects/:id/progress',
    {
      config: write,
      schema: {
        tags,
        summary: '报告进展（领办人、认领人、村干部；可附照片、标记节点完成；留痕） Report progress',
        params: project,
        body: ZProgressReportRequest.strict(),
        response: { 200: ZProgressItem },
      },
    },
    async (request) =>
      deps.progress.report(
        readScope(request),
        request.params.id,
        request.body,
        actorFor(request),
        contextOf(request),
      ),
  );
  r.post(
    '/api/projects/:id/progress/:progressId/comments',
    {
      // the project's staff and colleagues, and a mentor on their mentees' projects
      config: { policy: 'projects:comment' },
      schema: {
        tags,
        summary: '点评进展 Comment on progress',
        params: z.object({ id: ZIdParam, progressId: ZIdParam }),
        body: ZProgressCommentRequest.strict(),
        response: { 200: ZProgressList },
      },
    },
    async (request) =>
      deps.progress.comment(
        readScope(request),
        request.params.id,
        request.params.progressId,
        request.body.text,
        actorFor(request),
        contextOf(request),
      ),
  );

  r.get(
    '/api/project-plans/gantt',
    {
      config: read,
      schema: {
        tags,
        summary: '挂图作战甘特图：村、乡镇或全县（管辖范围内）的项目 The Gantt chart',
        querystring: ZGanttQuery,
        response: { 200: ZGanttView },
      },
    },
    async (request) => deps.gantt.gantt(readScope(request), request.query),
  );
  r.get(
    '/api/project-plans/mine',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '今天可记入的项目及其节点 The projects my log can be tied to',
        response: { 200: ZMyPlanProjects },
      },
    },
    async (request) => {
      const scope = scopeIfHeld(request, 'projects:read');
      return scope ? deps.progress.mine(scope, actorOf(request).userId) : { items: [] };
    },
  );
}
