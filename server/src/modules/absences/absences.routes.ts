import {
  ZAbsenceDecisionRequest,
  ZAbsenceLevelPreview,
  ZAbsenceLevelQuery,
  ZAbsenceRequest,
  ZAbsenceView,
  ZIdParam,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import { approverLevelOf, type TAbsencesService } from './absences.service.ts';

const ZList = z.object({ items: z.array(ZAbsenceView) });
const params = z.object({ id: ZIdParam });
const ZYear = z.string().regex(/^\d{4}$/);

export async function absencesRoutes(app: FastifyInstance, deps: { absences: TAbsencesService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['absences'];
  const level = (request: FastifyRequest) => approverLevelOf(actorOf(request).grants);

  r.post(
    '/api/absences',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '请假或公务外出报备 Apply for leave or report official duty',
        body: ZAbsenceRequest,
        response: { 200: ZAbsenceView },
      },
    },
    async (request) => deps.absences.apply(actorOf(request).userId, request.body, contextOf(request)),
  );
  r.get(
    '/api/absences/mine',
    {
      config: { policy: 'duty:self' },
      schema: { tags, summary: '我的请假与报备 Mine', response: { 200: ZList } },
    },
    async (request) => deps.absences.mine(actorOf(request).userId),
  );
  r.get(
    '/api/absences/level',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '申请前：由谁审批（连同前后请假计算） Who would decide these dates',
        querystring: ZAbsenceLevelQuery,
        response: { 200: ZAbsenceLevelPreview },
      },
    },
    async (request) => deps.absences.preview(actorOf(request).userId, request.query),
  );
  r.post(
    '/api/absences/:id/withdraw',
    {
      config: { policy: 'duty:self' },
      schema: { tags, summary: '撤回（仅待审批的） Withdraw', params, response: { 200: ZAbsenceView } },
    },
    async (request) =>
      deps.absences.act(
        { all: true },
        request.params.id,
        { type: 'withdraw' },
        { userId: actorOf(request).userId },
        contextOf(request),
      ),
  );
  r.get(
    '/api/absences',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '请假与报备（queue=true：待我审批） Absences in scope, or my queue',
        querystring: z.object({
          queue: z.stringbool().optional(),
          township: z
            .string()
            .regex(/^\d{9}$/)
            .optional(),
          year: ZYear.optional(),
          personId: ZIdParam.optional(),
        }),
        response: { 200: ZList },
      },
    },
    async (request) => deps.absences.find(scopeOf(request, 'duty:read'), level(request), request.query),
  );
  for (const type of ['approve', 'reject'] as const)
    r.post(
      `/api/absences/:id/${type}`,
      {
        config: { policy: 'duty:review' },
        schema: {
          tags,
          summary: type === 'approve' ? '批准 Approve' : '不批准 Reject',
          params,
          body: ZAbsenceDecisionRequest,
          response: { 200: ZAbsenceView },
        },
      },
      async (request) =>
        deps.absences.act(
          scopeOf(request, 'duty:review'),
          request.params.id,
          { type, level: level(request) },
          { userId: actorOf(request).userId, note: request.body.note },
          contextOf(request),
        ),
    );
  r.get(
    '/api/absences/recall-alerts',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '年度请假超限（召回预警） Recall alerts',
        querystring: z.object({ year: ZYear }),
        response: {
          200: z.object({
            year: z.string(),
            limit: z.number().int(),
            items: z.array(
              z.object({
                personId: z.number().int(),
                personName: z.string(),
                villageName: z.string(),
                days: z.number().int(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => deps.absences.recallAlerts(scopeOf(request, 'duty:read'), request.query.year),
  );
}
