import { ZOrgFormItem, ZOrgFormSheet, ZOrgFormSheetQuery, ZOrgFormSubmit } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, contextOf } from '../../plugins/auth.ts';
import type { TRatingFormsService } from './rating-forms.service.ts';

/** 组织评价: the evaluator's sheet of cadres and the form on each, for the township, the unit and the county. */
export async function ratingFormsRoutes(app: FastifyInstance, deps: { forms: TRatingFormsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['rating'];
  r.get(
    '/api/rating/forms',
    {
      config: { policy: 'rating:evaluate' },
      schema: {
        tags,
        summary: '组织评价：可评分的干部及评价表（按村、姓名排序） The evaluator’s sheet',
        querystring: ZOrgFormSheetQuery.strict(),
        response: { 200: ZOrgFormSheet },
      },
    },
    async (request) => deps.forms.sheet(actorOf(request), request.query),
  );
  r.post(
    '/api/rating/forms',
    {
      config: { policy: 'rating:evaluate' },
      schema: {
        tags,
        summary: '提交组织评价表（本账号签名；不能给自己评分） Submit a form',
        body: ZOrgFormSubmit,
        response: { 200: ZOrgFormItem },
      },
    },
    async (request) => deps.forms.submit(actorOf(request), request.body, contextOf(request)),
  );
}
