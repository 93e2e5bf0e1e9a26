import {
  PROJECT_ACTION_PATHS,
  PROJECT_ACTION_PERMISSION,
  ZCreateProjectRequest,
  ZIdParam,
  ZProject,
  ZProjectActionRequest,
  ZProjectList,
  ZProjectListQuery,
  ZProjectPeople,
  ZProjectPeopleQuery,
  ZProjectSummary,
  ZUpdateProjectRequest,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TProjectActor, TProjectsService } from './projects.service.ts';

const params = z.object({ id: ZIdParam });
const actorFor = (request: FastifyRequest): TProjectActor => {
  const a = actorOf(request);
  return { userId: a.userId, grants: a.grants };
};

const ACTION_SUMMARIES: Record<keyof typeof PROJECT_ACTION_PATHS, string> = {
  submit: '提交乡镇审核（村级及以上） Submit to the township',
  return: '退回修改（乡镇及以上，须写理由） Return for changes',
  approve: '乡镇审核通过（冻结计划基线） Approve',
  file: '县级备案 File at the county',
  start: '开始实施 Start',
  'request-acceptance': '申请验收 Ask for acceptance',
  'pass-acceptance': '验收通过（县级） Pass acceptance',
  'fail-acceptance': '验收不通过（县级，须写理由） Fail acceptance',
  stop: '终止项目（须写理由；村级只能终止本村草稿） Stop',
};

/** 项目化帮扶: the project registry and its states. */
export async function projectsRoutes(app: FastifyInstance, deps: { projects: TProjectsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['projects'];
  const read = { policy: 'projects:read' } as const;
  const write = { policy: 'projects:write' } as const;

  r.get(
    '/api/projects',
    {
      config: read,
      schema: {
        tags,
        summary: '帮扶项目列表（按乡镇、村、类型、状态、领办人、关键词） Projects in scope',
        querystring: ZProjectListQuery,
        response: { 200: ZProjectList },
      },
    },
    async (request) => deps.projects.find(scopeOf(request, 'projects:read'), request.query),
  );
  r.get(
    '/api/projects/summary',
    {
      config: read,
      schema: {
        tags,
        summary: '项目数（按类型；乡镇审核通过及以后，不含已终止） Projects counted by kind',
        response: { 200: ZProjectSummary },
      },
    },
    async (request) => deps.projects.summary(scopeOf(request, 'projects:read')),
  );
  r.get(
    '/api/projects/people',
    {
      config: write,
      schema: {
        tags,
        summary: '可领办、认领项目的人员（所在村在任） People who may lead or claim',
        querystring: ZProjectPeopleQuery,
        response: { 200: ZProjectPeople },
      },
    },
    async (request) => deps.projects.people(scopeOf(request, 'projects:write'), request.query.villages),
  );
  r.post(
    '/api/projects',
    {
      config: write,
      schema: {
        tags,
        summary: '申报帮扶项目（草稿；驻村干部限本村；留痕） Propose a project',
        body: ZCreateProjectRequest.strict(),
        response: { 200: ZProject },
      },
    },
    async (request) =>
      deps.projects.create(
        scopeOf(request, 'projects:write'),
        request.body,
        actorFor(request),
        contextOf(request),
      ),
  );
  r.get(
    '/api/projects/:id',
    {
      config: read,
      schema: { tags, summary: '项目详情与状态记录 A project', params, response: { 200: ZProject } },
    },
    async (request) =>
      deps.projects.get(scopeOf(request, 'projects:read'), request.params.id, actorFor(request)),
  );
  r.put(
    '/api/projects/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改项目（乡镇审核通过前；留痕） Edit a project',
        params,
        body: ZUpdateProjectRequest.strict(),
        response: { 200: ZProject },
      },
    },
    async (request) =>
      deps.projects.update(
        { read: scopeOf(request, 'projects:read'), write: scopeOf(request, 'projects:write') },
        request.params.id,
        request.body,
        actorFor(request),
        contextOf(request),
      ),
  );
  for (const [path, action] of Object.entries(PROJECT_ACTION_PATHS) as [
    keyof typeof PROJECT_ACTION_PATHS,
    (typeof PROJECT_ACTION_PATHS)[keyof typeof PROJECT_ACTION_PATHS],
  ][])
    r.post(
      `/api/projects/:id/${path}`,
      {
        config: { policy: PROJECT_ACTION_PERMISSION[action] },
        schema: {
          tags,
          summary: ACTION_SUMMARIES[path],
          params,
          body: ZProjectActionRequest.strict(),
          response: { 200: ZProject },
        },
      },
      async (request) =>
        deps.projects.act(
          scopeOf(request, 'projects:read'),
          request.params.id,
          action,
          request.body.reason,
          actorFor(request),
          contextOf(request),
        ),
    );
}
