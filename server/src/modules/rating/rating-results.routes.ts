import {
  ZAppealDecisionRequest,
  ZIdParam,
  ZMyRating,
  ZRatingAppealRequest,
  ZRatingDistribution,
  ZRatingNotice,
  ZRatingNoticeQuery,
  ZRatingResultDetail,
  ZRatingResultList,
  ZRatingResultQuery,
  ZReviewRemainingRequest,
  ZReviewRequest,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import { ratingNotice } from './rating.notice.ts';
import type { TRatingResults } from './rating.results.ts';
import type { TRatingReview } from './rating.review.ts';
import { ratingActor } from './rating.routes.ts';

const params = z.object({ id: ZIdParam });
const tags = ['rating'];
const review = { policy: 'rating:review' } as const;

/** The results: lists and distributions in scope, one result explained, review, the notice, appeals. */
export async function ratingResultsRoutes(
  app: FastifyInstance,
  deps: { db: TDb; results: TRatingResults; review: TRatingReview },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { results } = deps;

  r.get(
    '/api/rating/cycles/:id/results',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '评定结果（管辖范围内；按村、姓名排列，不按分数排名） Results in scope',
        params,
        querystring: ZRatingResultQuery,
        response: { 200: ZRatingResultList },
      },
    },
    async (request) => results.list(request.params.id, request.query, ratingActor(request)),
  );
  r.get(
    '/api/rating/cycles/:id/distribution',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '各等次人数（全部及分乡镇） Distribution by grade',
        params,
        response: { 200: ZRatingDistribution },
      },
    },
    async (request) => results.distribution(request.params.id, ratingActor(request)),
  );
  r.get(
    '/api/rating/results/:id',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '评定结果说明：每一分的来源记录、设置、封顶与比例调整、审核与申诉 A result explained',
        params,
        response: { 200: ZRatingResultDetail },
      },
    },
    async (request) => results.one(request.params.id, ratingActor(request)),
  );
  r.post(
    '/api/rating/results/:id/review',
    {
      config: review,
      schema: {
        tags,
        summary: '审核：确认或调整等次（写明理由；留痕） Review a result',
        params,
        body: ZReviewRequest,
        response: { 200: ZRatingResultDetail },
      },
    },
    async (request) =>
      deps.review.review(request.params.id, request.body, ratingActor(request), contextOf(request)),
  );
  r.post(
    '/api/rating/cycles/:id/review-remaining',
    {
      config: review,
      schema: {
        tags,
        summary: '按计算结果确认其余未审核的结果（核对条数；留痕） Confirm the remaining results',
        params,
        body: ZReviewRemainingRequest.strict(),
        response: { 200: z.object({ reviewed: z.number().int() }) },
      },
    },
    async (request) =>
      deps.review.reviewRemaining(request.params.id, request.body, ratingActor(request), contextOf(request)),
  );
  r.post(
    '/api/rating/appeals/:id/decide',
    {
      config: review,
      schema: {
        tags,
        summary: '处理申诉：维持或调整等次（写明理由；告知本人；留痕） Decide an appeal',
        params,
        body: ZAppealDecisionRequest,
        response: { 200: ZRatingResultDetail },
      },
    },
    async (request) =>
      deps.review.decideAppeal(request.params.id, request.body, ratingActor(request), contextOf(request)),
  );
  r.get(
    '/api/rating/notice',
    {
      config: { policy: 'rules:read' },
      schema: {
        tags,
        summary: '评定结果公示（县内账号可见；姓名与等次，不含分数） The notice',
        querystring: ZRatingNoticeQuery,
        response: { 200: ZRatingNotice },
      },
    },
    async (request) => ratingNotice(deps.db, scopeOf(request, 'rules:read'), request.query.year),
  );
  r.get(
    '/api/rating/my',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '我的星级评定结果（公示起可见）及说明 My results',
        response: { 200: ZMyRating },
      },
    },
    async (request) => results.mine(actorOf(request).userId),
  );
  r.post(
    '/api/rating/my/results/:id/appeal',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '对本人评定结果申诉（公示期内一次） Appeal my result',
        params,
        body: ZRatingAppealRequest.strict(),
        response: { 200: ZRatingResultDetail },
      },
    },
    async (request) =>
      deps.review.appeal(actorOf(request).userId, request.params.id, request.body, contextOf(request)),
  );
}
