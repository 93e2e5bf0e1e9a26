import {
  ZAttendanceCorrection,
  ZDayEntryRequest,
  ZDayView,
  ZDutyCommentRequest,
  ZIdParam,
  ZPresenceSummary,
  ZTodayView,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import { versionPreconditionOf } from '../../plugins/preconditions.ts';
import type { TDutyService } from './duty.service.ts';

const ZDate = z.iso.date();
const ZDayList = z.object({ items: z.array(ZDayView), total: z.number().int() });
const ZCode = z.string().regex(/^\d{9}(\d{3})?$/);

export async function dutyRoutes(app: FastifyInstance, deps: { duty: TDutyService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['duty'];

  r.get(
    '/api/duty/today',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '今天：可记录的日子 Today and the days still writable',
        response: { 200: ZTodayView },
      },
    },
    async (request) => deps.duty.today(actorOf(request).userId),
  );
  r.put(
    '/api/duty/my/days/:date',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '记录本人一天（在村情况与工作日志；同一天再次保存即修改） Save my day',
        params: z.object({ date: ZDate }),
        body: ZDayEntryRequest.strict(),
        response: { 200: ZDayView },
      },
    },
    async (request) =>
      deps.duty.saveOwn(
        actorOf(request).userId,
        request.params.date,
        request.body,
        contextOf(request),
        versionPreconditionOf(request),
      ),
  );
  r.get(
    '/api/duty/my/days',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '我的工作日志 My log book',
        querystring: z.object({ from: ZDate, to: ZDate }),
        response: { 200: ZDayList },
      },
    },
    async (request) => deps.duty.ownDays(actorOf(request).userId, request.query.from, request.query.to),
  );
  r.get(
    '/api/duty/my/presence',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '我的五天四夜：本周、本月、本年 My presence',
        querystring: z.object({ date: ZDate.optional() }),
        response: { 200: ZPresenceSummary },
      },
    },
    async (request) => deps.duty.ownPresence(actorOf(request).userId, request.query.date),
  );

  r.get(
    '/api/duty/days',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '工作日志（管辖范围内） Logs in scope',
        querystring: z.object({
          personId: ZIdParam.optional(),
          village: ZCode.optional(),
          township: ZCode.optional(),
          from: ZDate.optional(),
          to: ZDate.optional(),
          returned: z.stringbool().optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: ZDayList },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return deps.duty.find(scopeOf(request, 'duty:read'), filter, page, pageSize);
    },
  );
  r.get(
    '/api/duty/days/:id',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '一天的日志 One day',
        params: z.object({ id: ZIdParam }),
        response: { 200: ZDayView },
      },
    },
    async (request) => deps.duty.get(scopeOf(request, 'duty:read'), request.params.id),
  );
  r.post(
    '/api/duty/days/:id/comments',
    {
      config: { policy: 'duty:review' },
      schema: {
        tags,
        summary: '批注或退回补充 Comment on, or return, a log',
        params: z.object({ id: ZIdParam }),
        body: ZDutyCommentRequest,
        response: { 200: ZDayView },
      },
    },
    async (request) =>
      deps.duty.comment(
        scopeOf(request, 'duty:review'),
        request.params.id,
        request.body.text,
        request.body.returnForCompletion,
        actorOf(request),
        contextOf(request),
      ),
  );
  r.put(
    '/api/duty/people/:personId/days/:date/attendance',
    {
      config: { policy: 'duty:review' },
      schema: {
        tags,
        summary: '考勤员登记或更正在岗情况（留痕） Record or correct attendance',
        params: z.object({ personId: ZIdParam, date: ZDate }),
        body: ZAttendanceCorrection,
        response: { 200: ZDayView },
      },
    },
    async (request) =>
      deps.duty.correctAttendance(
        scopeOf(request, 'duty:review'),
        request.params.personId,
        request.params.date,
        request.body,
        actorOf(request),
        contextOf(request),
      ),
  );
  r.get(
    '/api/duty/people/:personId/presence',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '某干部的五天四夜 A cadre’s presence',
        params: z.object({ personId: ZIdParam }),
        querystring: z.object({ date: ZDate.optional() }),
        response: { 200: ZPresenceSummary },
      },
    },
    async (request) =>
      deps.duty.presenceOfPerson(scopeOf(request, 'duty:read'), request.params.personId, request.query.date),
  );
}
