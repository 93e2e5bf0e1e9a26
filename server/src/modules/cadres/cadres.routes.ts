import {
  ZCadreList,
  ZCadreListQuery,
  ZCadreProfile,
  ZCreateCadreRequest,
  ZCreateCadreResponse,
  ZEndPostingRequest,
  ZIdParam,
  ZPostingInput,
  ZUnmasked,
  ZUnmaskRequest,
  ZUpdateCadreRequest,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, scopeOf } from '../../plugins/auth.ts';
import { assertStarsFilterAllowed } from '../rating-follow/stars-filter.ts';
import type { TCadresService } from './cadres.service.ts';

export async function cadresRoutes(app: FastifyInstance, deps: { cadres: TCadresService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['registry'];
  const params = z.object({ id: ZIdParam });

  r.get(
    '/api/cadres',
    {
      config: { policy: 'registry:read' },
      schema: {
        tags,
        summary: '干部台账 The ledger (in scope)',
        querystring: ZCadreListQuery,
        response: { 200: ZCadreList },
      },
    },
    async (request) => {
      assertStarsFilterAllowed(request, request.query);
      return deps.cadres.find(scopeOf(request, 'registry:read'), request.query);
    },
  );
  r.post(
    '/api/cadres',
    {
      config: { policy: 'registry:write' },
      schema: {
        tags,
        summary: '登记干部 Register a person (with posting and account)',
        body: ZCreateCadreRequest,
        response: { 200: ZCreateCadreResponse },
      },
    },
    async (request) =>
      deps.cadres.create(scopeOf(request, 'registry:write'), request.body, contextOf(request)),
  );
  r.get(
    '/api/cadres/:id',
    {
      config: { policy: 'registry:read' },
      schema: {
        tags,
        summary: '干部档案 Profile with posting history',
        params,
        response: { 200: ZCadreProfile },
      },
    },
    async (request) => deps.cadres.get(scopeOf(request, 'registry:read'), request.params.id),
  );
  r.patch(
    '/api/cadres/:id',
    {
      config: { policy: 'registry:amend' },
      schema: {
        tags,
        summary: '修改干部信息 Edit',
        params,
        body: ZUpdateCadreRequest,
        response: { 200: ZCadreProfile },
      },
    },
    async (request) =>
      deps.cadres.update(
        scopeOf(request, 'registry:amend'),
        request.params.id,
        request.body,
        contextOf(request),
      ),
  );
  r.post(
    '/api/cadres/:id/unmask',
    {
      config: { policy: 'pii:unmask' },
      schema: {
        tags,
        summary: '查看完整身份证号和手机号（须说明理由，留痕） Unmask, audited',
        params,
        body: ZUnmaskRequest,
        response: { 200: ZUnmasked },
      },
    },
    async (request) =>
      deps.cadres.unmask(
        scopeOf(request, 'pii:unmask'),
        request.params.id,
        request.body.reason,
        contextOf(request),
      ),
  );
  r.post(
    '/api/cadres/:id/postings',
    {
      config: { policy: 'registry:write' },
      schema: {
        tags,
        summary: '新增任职 Start a posting',
        params,
        body: ZPostingInput,
        response: { 200: ZCadreProfile },
      },
    },
    async (request) =>
      deps.cadres.addPosting(
        scopeOf(request, 'registry:write'),
        request.params.id,
        request.body,
        contextOf(request),
      ),
  );
  r.post(
    '/api/postings/:id/end',
    {
      config: { policy: 'registry:write' },
      schema: {
        tags,
        summary: '结束任职 End a posting',
        params,
        body: ZEndPostingRequest,
        response: { 200: ZCadreProfile },
      },
    },
    async (request) =>
      deps.cadres.endPosting(
        scopeOf(request, 'registry:write'),
        request.params.id,
        request.body,
        contextOf(request),
      ),
  );
}
