import {
  ZEmptyRequest,
  ZIdParam,
  ZOpenRatingCycleRequest,
  ZRatingCycle,
  ZRatingCycleList,
  ZRatingNoticeRequest,
  ZRatingSettingsRequest,
  ZSurveyWindowRequest,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeIfHeld } from '../../plugins/auth.ts';
import { langOf } from '../../plugins/error-handler.ts';
import type { TRatingActor } from './rating.context.ts';
import type { TRatingService } from './rating.service.ts';

const params = z.object({ id: ZIdParam });
const tags = ['rating'];
const manage = { policy: 'rating:manage' } as const;

/** The caller and the scopes of the rating permissions they hold. */
export function ratingActor(request: FastifyRequest): TRatingActor {
  return {
    userId: actorOf(request).userId,
    readScope: scopeIfHeld(request, 'rating:read'),
    manageScope: scopeIfHeld(request, 'rating:manage'),
    reviewScope: scopeIfHeld(request, 'rating:review'),
  };
}

/** 星级评定: the county's yearly cycle, its settings and the procedure's steps (docs/rules.md §4.6). */
export async function ratingRoutes(app: FastifyInstance, deps: { rating: TRatingService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const s = deps.rating;

  r.get(
    '/api/rating/cycles',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '历年星级评定 The county’s rating cycles',
        response: { 200: ZRatingCycleList },
      },
    },
    async (request) => s.list(ratingActor(request)),
  );
  r.post(
    '/api/rating/cycles',
    {
      config: manage,
      schema: {
        tags,
        summary: '开启年度星级评定（县委组织部；沿用上年设置；留痕） Open a year’s cycle',
        body: ZOpenRatingCycleRequest.strict(),
        response: { 200: ZRatingCycle },
      },
    },
    async (request) => s.open(request.body, ratingActor(request), contextOf(request), langOf(request)),
  );
  r.get(
    '/api/rating/cycles/:id',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '年度星级评定：阶段、设置、日期与各步骤 A cycle',
        params,
        response: { 200: ZRatingCycle },
      },
    },
    async (request) => s.get(request.params.id, ratingActor(request), langOf(request)),
  );
  r.put(
    '/api/rating/cycles/:id/settings',
    {
      config: manage,
      schema: {
        tags,
        summary: '修改权重、分数线、优秀比例、加星等设置（汇总前；留痕） Change the settings',
        params,
        body: ZRatingSettingsRequest.strict(),
        response: { 200: ZRatingCycle },
      },
    },
    async (request) =>
      s.setSettings(
        request.params.id,
        request.body,
        ratingActor(request),
        contextOf(request),
        langOf(request),
      ),
  );
  const step = (url: string, summary: string, run: typeof s.compute) =>
    r.post(
      url,
      {
        config: manage,
        schema: { tags, summary, params, body: ZEmptyRequest.strict(), response: { 200: ZRatingCycle } },
      },
      async (request) => run(request.params.id, ratingActor(request), contextOf(request), langOf(request)),
    );
  step(
    '/api/rating/cycles/:id/compute',
    '计算（或重新计算）量化考核 Compute the quantitative part',
    s.compute,
  );
  step(
    '/api/rating/cycles/:id/open-evaluation',
    '开始组织评价 Open the organisation evaluation',
    s.openEvaluation,
  );
  step('/api/rating/cycles/:id/total', '汇总评定等次（设置冻结） Compute totals and grades', s.total);
  step('/api/rating/cycles/:id/close-notice', '公示期满，结束公示 Close the notice', s.closeNotice);
  step('/api/rating/cycles/:id/confirm', '申诉处理完毕，确认结果并计算星级 Confirm', s.confirm);
  for (const [url, summary, run] of [
    [
      '/api/rating/cycles/:id/open-survey',
      '开始群众评议（评议时间） Open the villagers’ survey',
      s.openSurvey,
    ],
    ['/api/rating/cycles/:id/survey-window', '调整群众评议时间 Change the survey’s dates', s.surveyWindow],
  ] as const)
    r.post(
      url,
      {
        config: manage,
        schema: {
          tags,
          summary,
          params,
          body: ZSurveyWindowRequest.strict(),
          response: { 200: ZRatingCycle },
        },
      },
      async (request) =>
        run(request.params.id, request.body, ratingActor(request), contextOf(request), langOf(request)),
    );
  r.post(
    '/api/rating/cycles/:id/publish-notice',
    {
      config: manage,
      schema: {
        tags,
        summary: '发布评定结果公示（5 个工作日；全部审核后） Publish the notice',
        params,
        body: ZRatingNoticeRequest.strict(),
        response: { 200: ZRatingCycle },
      },
    },
    async (request) =>
      s.publishNotice(
        request.params.id,
        request.body,
        ratingActor(request),
        contextOf(request),
        langOf(request),
      ),
  );
}
