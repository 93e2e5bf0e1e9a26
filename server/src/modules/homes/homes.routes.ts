import {
  ZHomeCadreList,
  ZHomeCadreQuery,
  ZHomeCreate,
  ZHomeList,
  ZHomeListQuery,
  ZHomeSummary,
  ZHomeUpdate,
  ZHomeView,
  ZIdParam,
  ZOccupantAssign,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, scopeOf } from '../../plugins/auth.ts';
import type { THomesService } from './homes.service.ts';

const ZId = ZIdParam;
const params = z.object({ id: ZId });

/** 标准化家园: homes, their rooms and who lives in them. */
export async function homesRoutes(app: FastifyInstance, deps: { homes: THomesService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['homes'];
  const read = { policy: 'homes:read' } as const;
  const write = { policy: 'homes:write' } as const;

  r.get(
    '/api/homes',
    {
      config: read,
      schema: {
        tags,
        summary: '家园列表（按乡镇、村、名称；可筛未达标） Homes in scope',
        querystring: ZHomeListQuery,
        response: { 200: ZHomeList },
      },
    },
    async (request) => deps.homes.find(scopeOf(request, 'homes:read'), request.query),
  );
  r.get(
    '/api/homes/summary',
    {
      config: read,
      schema: {
        tags,
        summary: '按乡镇统计公寓、农家小院、未达标及未入住（走读风险）人数 Counts by township',
        response: { 200: ZHomeSummary },
      },
    },
    async (request) => deps.homes.summary(scopeOf(request, 'homes:read')),
  );
  r.get(
    '/api/homes/without-home',
    {
      config: read,
      schema: {
        tags,
        summary: '没有住进家园的驻村干部（走读风险），按村、姓名 Stationed cadres without a home',
        querystring: ZHomeCadreQuery,
        response: { 200: ZHomeCadreList },
      },
    },
    async (request) => deps.homes.findWithoutHome(scopeOf(request, 'homes:read'), request.query),
  );
  r.post(
    '/api/homes',
    {
      config: write,
      schema: {
        tags,
        summary: '登记家园（公寓或农家小院、房间、设施、租房合同；留痕） Register a home',
        body: ZHomeCreate.strict(),
        response: { 200: ZHomeView },
      },
    },
    async (request) => deps.homes.create(scopeOf(request, 'homes:write'), request.body, contextOf(request)),
  );
  r.get(
    '/api/homes/:id',
    {
      config: read,
      schema: { tags, summary: '家园详情 A home', params, response: { 200: ZHomeView } },
    },
    async (request) => deps.homes.get(scopeOf(request, 'homes:read'), request.params.id),
  );
  r.put(
    '/api/homes/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改家园（带编号的房间保留其住户；留痕） Update a home',
        params,
        body: ZHomeUpdate.strict(),
        response: { 200: ZHomeView },
      },
    },
    async (request) =>
      deps.homes.update(scopeOf(request, 'homes:write'), request.params.id, request.body, contextOf(request)),
  );
  r.delete(
    '/api/homes/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '删除误登记的家园（无人入住、无资金记录时；留痕） Delete an empty home',
        params,
        response: { 200: z.object({ id: z.number().int() }) },
      },
    },
    async (request) =>
      deps.homes.remove(scopeOf(request, 'homes:write'), request.params.id, contextOf(request)),
  );
  r.get(
    '/api/homes/:id/candidates',
    {
      config: write,
      schema: {
        tags,
        summary: '可入住的本乡镇驻村干部（含现住处） Cadres who may move in',
        params,
        response: { 200: ZHomeCadreList },
      },
    },
    async (request) => deps.homes.findCandidates(scopeOf(request, 'homes:write'), request.params.id),
  );
  r.post(
    '/api/homes/:id/occupants',
    {
      config: write,
      schema: {
        tags,
        summary: '安排入住（一人一间；留痕） Assign a cadre to a room',
        params,
        body: ZOccupantAssign.strict(),
        response: { 200: ZHomeView },
      },
    },
    async (request) =>
      deps.homes.addOccupant(
        scopeOf(request, 'homes:write'),
        request.params.id,
        request.body,
        contextOf(request),
      ),
  );
  r.delete(
    '/api/homes/:id/occupants/:personId',
    {
      config: write,
      schema: {
        tags,
        summary: '搬出（留痕） Move a cadre out',
        params: z.object({ id: ZId, personId: ZId }),
        response: { 200: ZHomeView },
      },
    },
    async (request) =>
      deps.homes.removeOccupant(
        scopeOf(request, 'homes:write'),
        request.params.id,
        request.params.personId,
        contextOf(request),
      ),
  );
}
