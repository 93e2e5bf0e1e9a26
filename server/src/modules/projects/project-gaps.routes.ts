import {
  type TCadreCategory,
  type TProjectGapList,
  type TProjectGapQuery,
  type TScope,
  ZProjectGapList,
  ZProjectGapQuery,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TDb } from '../../db/client.ts';
import { scopeOf } from '../../plugins/auth.ts';
import {
  findPeopleWithoutProject,
  findSecretariesWithoutDemonstration,
  type TGapFilter,
  type TGapPage,
} from './project-gaps.repository.ts';

type TFinder = typeof findPeopleWithoutProject;

/** The gaps of 项目化帮扶, by township and village, sorted by village and name: lists, never rankings. */
export function createProjectGapsService(deps: { db: TDb }) {
  const page = async (finder: TFinder, scope: TScope, q: TProjectGapQuery): Promise<TProjectGapList> => {
    const filter: TGapFilter = {};
    if (q.township) filter.township = q.township;
    if (q.village) filter.village = q.village;
    const p: TGapPage = { offset: (q.page - 1) * q.pageSize, limit: q.pageSize };
    const { items, total } = await finder(deps.db, scope, filter, p);
    return { items: items.map((i) => ({ ...i, category: i.category as TCadreCategory })), total };
  };
  return {
    /** 一村一示范: villages whose secretary leads no demonstration project (submitted or further). */
    withoutDemonstration: (scope: TScope, q: TProjectGapQuery) =>
      page(findSecretariesWithoutDemonstration, scope, q),
    /** 责任田: stationed cadres and committee members who lead or claim no project (submitted or further). */
    withoutProject: (scope: TScope, q: TProjectGapQuery) => page(findPeopleWithoutProject, scope, q),
  };
}
export type TProjectGapsService = ReturnType<typeof createProjectGapsService>;

export async function projectGapsRoutes(app: FastifyInstance, deps: { gaps: TProjectGapsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['projects'];
  r.get(
    '/api/projects/gaps/demonstration',
    {
      config: { policy: 'projects:read' },
      schema: {
        tags,
        summary:
          '一村一示范缺口：书记未领办示范项目的村（按村、姓名） Villages without a demonstration project',
        querystring: ZProjectGapQuery,
        response: { 200: ZProjectGapList },
      },
    },
    async (request) => deps.gaps.withoutDemonstration(scopeOf(request, 'projects:read'), request.query),
  );
  r.get(
    '/api/projects/gaps/unassigned',
    {
      config: { policy: 'projects:read' },
      schema: {
        tags,
        summary:
          '责任田缺口：未领办、未认领项目的驻村干部和村“两委”干部（按村、姓名） People without a project',
        querystring: ZProjectGapQuery,
        response: { 200: ZProjectGapList },
      },
    },
    async (request) => deps.gaps.withoutProject(scopeOf(request, 'projects:read'), request.query),
  );
}
