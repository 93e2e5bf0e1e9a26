import {
  ZAttendanceMark,
  ZDivisionCode,
  ZIdParam,
  ZMeetingCreate,
  ZMeetingDecisionCreate,
  ZMeetingKind,
  ZMeetingList,
  ZMeetingView,
  ZMinutesUpdate,
  ZMyMeetingList,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TMeetingDecisionsService } from './meeting-decisions.service.ts';
import type { TMeetingRecordsService } from './meeting-records.service.ts';
import type { TMeetingsService } from './meetings.service.ts';

const params = z.object({ id: ZIdParam });
const ZTownship = ZDivisionCode.refine((c) => c.length === 9);

/** 会议 / 视频点名 (docs/rules.md §4.12): staff schedule, read and keep meetings; a cadre sees their own. */
export async function meetingsRoutes(
  app: FastifyInstance,
  deps: { meetings: TMeetingsService; records: TMeetingRecordsService; decisions: TMeetingDecisionsService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];

  r.post(
    '/api/meetings',
    {
      config: { policy: 'duty:review' },
      schema: {
        tags,
        summary: '安排会议或视频点名（本级；参会人员按乡镇、类别或姓名） Schedule a meeting or roll call',
        body: ZMeetingCreate.strict(),
        response: { 200: ZMeetingView },
      },
    },
    async (request) =>
      deps.meetings.create(
        scopeOf(request, 'duty:review'),
        request.body,
        actorOf(request),
        contextOf(request),
      ),
  );
  r.get(
    '/api/meetings',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '会议和视频点名（管辖范围内；即将召开或已召开） Meetings in scope',
        querystring: z.object({
          when: z.enum(['upcoming', 'past']).optional(),
          township: ZTownship.optional(),
          kind: ZMeetingKind.optional(),
        }),
        response: { 200: ZMeetingList },
      },
    },
    async (request) => deps.meetings.list(scopeOf(request, 'duty:read'), request.query),
  );
  r.get(
    '/api/meetings/:id',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '会议详情：链接、参会人员、出席、纪要、决定事项 A meeting',
        params,
        response: { 200: ZMeetingView },
      },
    },
    async (request) => deps.meetings.get(scopeOf(request, 'duty:read'), request.params.id),
  );
  r.put(
    '/api/meetings/:id/attendance/:personId',
    {
      config: { policy: 'duty:review' },
      schema: {
        tags,
        summary: '登记出席情况（视频点名同时记为抽查，改动不重复计） Mark an invitee',
        params: z.object({ id: ZIdParam, personId: ZIdParam }),
        body: ZAttendanceMark.strict(),
        response: { 200: ZMeetingView },
      },
    },
    async (request) =>
      deps.records.mark(
        scopeOf(request, 'duty:review'),
        request.params.id,
        request.params.personId,
        request.body.attendance,
        actorOf(request),
        contextOf(request),
      ),
  );
  r.put(
    '/api/meetings/:id/minutes',
    {
      config: { policy: 'duty:review' },
      schema: {
        tags,
        summary: '编辑会议纪要（组织方；留痕） Keep the minutes',
        params,
        body: ZMinutesUpdate.strict(),
        response: { 200: ZMeetingView },
      },
    },
    async (request) =>
      deps.records.setMinutes(
        scopeOf(request, 'duty:review'),
        request.params.id,
        request.body.minutes,
        actorOf(request),
        contextOf(request),
      ),
  );
  r.post(
    '/api/meetings/:id/decisions',
    {
      config: { policy: 'tasks:assign' },
      schema: {
        tags,
        summary: '记录决定事项并一步下达为任务（组织方） Record a decision as a task',
        params,
        body: ZMeetingDecisionCreate.strict(),
        response: { 200: ZMeetingView },
      },
    },
    async (request) =>
      deps.decisions.decide(
        scopeOf(request, 'tasks:assign'),
        request.params.id,
        request.body,
        actorOf(request),
        contextOf(request),
      ),
  );
  r.get(
    '/api/duty/my/meetings',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '我的会议和视频点名（含链接） My meetings',
        response: { 200: ZMyMeetingList },
      },
    },
    async (request) => deps.meetings.mine(actorOf(request).userId),
  );
}
