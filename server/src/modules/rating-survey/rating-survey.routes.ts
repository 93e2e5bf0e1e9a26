import {
  ZPublicSurvey,
  ZPublicSurveyResult,
  ZPublicSurveySubmit,
  ZSurveyCounts,
  ZSurveyCountsQuery,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TRatingSurveyService } from './rating-survey.service.ts';
import type { TSurveyCountsService } from './survey-counts.service.ts';

// a malformed token is not found (404), like an unknown one
const tokenParams = z.object({ token: z.string().max(64) });

/**
 * 群众评议: the villagers' side on the village's public page (no account, no CSRF; bounded per address
 * per hour here, and per address and village per day in the database), and the staff's counts.
 */
export async function ratingSurveyRoutes(
  app: FastifyInstance,
  deps: {
    survey: TRatingSurveyService;
    counts: TSurveyCountsService;
    limits: { lookupsPerMinute: number; answersPerIpPerHour: number };
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/public/v/:token/survey',
    {
      config: { policy: 'public', rateLimit: { max: deps.limits.lookupsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: '群众评议：本村驻村干部（评议期间） The village’s survey',
        params: tokenParams,
        response: { 200: ZPublicSurvey },
      },
    },
    async (request) => deps.survey.page(request.params.token),
  );
  r.post(
    '/api/public/v/:token/survey',
    {
      config: { policy: 'public', rateLimit: { max: deps.limits.answersPerIpPerHour, timeWindow: '1 hour' } },
      schema: {
        tags: ['public'],
        summary: '农户扫码评议驻村干部（每户每人一次） A household answers',
        params: tokenParams,
        body: ZPublicSurveySubmit,
        response: { 200: ZPublicSurveyResult },
      },
    },
    async (request) => deps.survey.submit(request.params.token, request.body, contextOf(request)),
  );
  r.get(
    '/api/rating/survey',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags: ['rating'],
        summary: '群众评议进度：各村、各干部参评户数（只计数） Response counts',
        querystring: ZSurveyCountsQuery.strict(),
        response: { 200: ZSurveyCounts },
      },
    },
    async (request) => deps.counts.counts(scopeOf(request, 'rating:read'), request.query),
  );
}
