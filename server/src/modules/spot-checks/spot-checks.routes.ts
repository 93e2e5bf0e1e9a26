import {
  ZDivisionCode,
  ZIdParam,
  ZSpotCheckAnswerRequest,
  ZSpotCheckDraw,
  ZSpotCheckDrawRequest,
  ZSpotCheckItem,
  ZSpotCheckList,
  ZSpotCheckRequest,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TSpotChecksService } from './spot-checks.service.ts';

const ZDate = z.iso.date();
const params = z.object({ id: ZIdParam });
const ZTownship = ZDivisionCode.refine((c) => c.length === 9);

export async function spotChecksRoutes(app: FastifyInstance, deps: { spotChecks: TSpotChecksService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['spot-checks'];

  r.post(
    '/api/spot-checks',
    {
      config: { policy: 'duty:review' },
      schema: {
        tags,
        summary: '登记抽查（现场、视频点名或电话；留痕） Record a spot check',
        body: ZSpotCheckRequest.strict(),
        response: { 200: ZSpotCheckItem },
      },
    },
    async (request) =>
      deps.spotChecks.create(
        scopeOf(request, 'duty:review'),
        request.body,
        actorOf(request),
        contextOf(request),
      ),
  );
  r.post(
    '/api/spot-checks/draw',
    {
      config: { policy: 'duty:review' },
      schema: {
        tags,
        summary: '随机抽取抽查对象（同一随机种子结果相同） Draw a sample to check',
        body: ZSpotCheckDrawRequest.strict(),
        response: { 200: ZSpotCheckDraw },
      },
    },
    async (request) => deps.spotChecks.draw(scopeOf(request, 'duty:review'), request.body),
  );
  r.get(
    '/api/spot-checks',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '抽查记录（管辖范围内，含与日志不符的标记） Spot checks in scope',
        querystring: z.object({
          from: ZDate.optional(),
          to: ZDate.optional(),
          township: ZTownship.optional(),
          personId: ZIdParam.optional(),
        }),
        response: { 200: ZSpotCheckList },
      },
    },
    async (request) => deps.spotChecks.find(scopeOf(request, 'duty:read'), request.query),
  );
  r.get(
    '/api/duty/my/spot-checks',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '对我的抽查（与日志不符的会标出） Checks of me',
        response: { 200: ZSpotCheckList },
      },
    },
    async (request) => deps.spotChecks.own(actorOf(request).userId),
  );
  r.post(
    '/api/duty/my/spot-checks/:id/answer',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '对抽查作出说明（仅被抽查的干部，仅一次） Answer a spot check of me, once',
        params,
        body: ZSpotCheckAnswerRequest.strict(),
        response: { 200: ZSpotCheckItem },
      },
    },
    async (request) =>
      deps.spotChecks.answer(actorOf(request).userId, request.params.id, request.body, contextOf(request)),
  );
}
