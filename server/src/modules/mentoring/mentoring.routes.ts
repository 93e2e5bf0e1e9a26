import {
  ZActivePair,
  ZAssignMentorRequest,
  ZDayView,
  ZEndPairRequest,
  ZIdParam,
  ZMentee,
  ZMenteeDetail,
  ZMentorAccount,
  ZMentorCommentRequest,
  ZMentoringFilter,
  ZMentoringGaps,
  ZMentoringTalk,
  ZMentorPair,
  ZPersonMentoring,
  ZTalkRequest,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TDutyPhotoService } from '../duty/duty-photo.service.ts';
import { JPEG, sendJpeg, ZJpeg } from '../files/image-routes.ts';
import type { TMentorViewService } from './mentor-view.service.ts';
import type { TAssigner, TMentoringService } from './mentoring.service.ts';

const ZDate = z.iso.date();

function assignerOf(request: FastifyRequest): TAssigner {
  const actor = actorOf(request);
  return { roles: actor.grants.map((g) => g.role), userId: actor.userId, ctx: contextOf(request) };
}

/** 结对帮带: the county's and townships' pairing, and a mentor's own mentees. */
export async function mentoringRoutes(
  app: FastifyInstance,
  deps: { mentoring: TMentoringService; mentorView: TMentorViewService; photos: TDutyPhotoService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['mentoring'];
  const { mentoring, mentorView } = deps;

  r.get(
    '/api/mentoring/gaps',
    {
      config: { policy: 'mentoring:read' },
      schema: {
        tags,
        summary: '结对缺口：未配齐三级导师的帮带对象 Eligible people without all three mentors',
        querystring: ZMentoringFilter,
        response: { 200: ZMentoringGaps },
      },
    },
    async (request) => mentoring.gaps(scopeOf(request, 'mentoring:read'), request.query),
  );
  r.get(
    '/api/mentoring/pairs',
    {
      config: { policy: 'mentoring:read' },
      schema: {
        tags,
        summary: '在任的结对 Active pairs in scope',
        querystring: ZMentoringFilter,
        response: { 200: z.object({ items: z.array(ZActivePair) }) },
      },
    },
    async (request) => mentoring.activePairs(scopeOf(request, 'mentoring:read'), request.query),
  );
  r.get(
    '/api/mentoring/mentors',
    {
      config: { policy: 'mentoring:assign' },
      schema: {
        tags,
        summary: '可选的导师账号（持有帮带导师角色） Mentor accounts to pick',
        response: { 200: z.object({ items: z.array(ZMentorAccount) }) },
      },
    },
    async () => mentoring.mentors(),
  );
  r.get(
    '/api/mentoring/people/:personId',
    {
      config: { policy: 'mentoring:read' },
      schema: {
        tags,
        summary: '某人的导师与结对历史 A person’s mentors, history kept',
        params: z.object({ personId: ZIdParam }),
        response: { 200: ZPersonMentoring },
      },
    },
    async (request) => mentoring.ofPerson(scopeOf(request, 'mentoring:read'), request.params.personId),
  );
  r.post(
    '/api/mentoring/pairs',
    {
      config: { policy: 'mentoring:assign' },
      schema: {
        tags,
        summary: '安排导师（结对） Pair a mentor with a mentee',
        body: ZAssignMentorRequest,
        response: { 200: ZMentorPair },
      },
    },
    async (request) =>
      mentoring.assign(scopeOf(request, 'mentoring:assign'), request.body, assignerOf(request)),
  );
  r.post(
    '/api/mentoring/pairs/:id/end',
    {
      config: { policy: 'mentoring:assign' },
      schema: {
        tags,
        summary: '结束结对（留存历史） End a pair',
        params: z.object({ id: ZIdParam }),
        body: ZEndPairRequest,
        response: { 200: ZMentorPair },
      },
    },
    async (request) =>
      mentoring.end(
        scopeOf(request, 'mentoring:assign'),
        request.params.id,
        request.body,
        assignerOf(request),
      ),
  );

  r.get(
    '/api/mentoring/my/mentees',
    {
      config: { policy: 'mentoring:own' },
      schema: {
        tags,
        summary: '我的帮带对象 My mentees',
        response: { 200: z.object({ items: z.array(ZMentee) }) },
      },
    },
    async (request) => mentorView.mentees(actorOf(request).userId),
  );
  r.get(
    '/api/mentoring/my/mentees/:personId',
    {
      config: { policy: 'mentoring:own' },
      schema: {
        tags,
        summary: '一名帮带对象及谈心谈话 One mentee and our talks',
        params: z.object({ personId: ZIdParam }),
        response: { 200: ZMenteeDetail },
      },
    },
    async (request) => mentorView.mentee(actorOf(request).userId, request.params.personId),
  );
  r.get(
    '/api/mentoring/my/mentees/:personId/days',
    {
      config: { policy: 'mentoring:own' },
      schema: {
        tags,
        summary: '帮带对象的工作日志（只读） A mentee’s log, read-only',
        params: z.object({ personId: ZIdParam }),
        querystring: z.object({ from: ZDate.optional(), to: ZDate.optional() }),
        response: { 200: z.object({ items: z.array(ZDayView), total: z.number().int() }) },
      },
    },
    async (request) => mentorView.days(actorOf(request).userId, request.params.personId, request.query),
  );
  r.post(
    '/api/mentoring/my/days/:id/comments',
    {
      config: { policy: 'mentoring:own' },
      schema: {
        tags,
        summary: '导师批注帮带对象的日志 Comment on a mentee’s log entry',
        params: z.object({ id: ZIdParam }),
        body: ZMentorCommentRequest,
        response: { 200: ZDayView },
      },
    },
    async (request) =>
      mentorView.comment(actorOf(request).userId, request.params.id, request.body.text, contextOf(request)),
  );
  r.get(
    '/api/mentoring/my/photos/:id',
    {
      config: { policy: 'mentoring:own' },
      schema: {
        tags,
        summary: '帮带对象日志的照片 A photo of a mentee’s log entry',
        params: z.object({ id: ZIdParam }),
        produces: [JPEG],
        response: { 200: ZJpeg },
      },
    },
    async (request, reply) =>
      sendJpeg(
        reply,
        await deps.photos.readKey(await mentorView.photo(actorOf(request).userId, request.params.id)),
      ),
  );
  r.post(
    '/api/mentoring/my/mentees/:personId/talks',
    {
      config: { policy: 'mentoring:own' },
      schema: {
        tags,
        summary: '记录谈心谈话 Record a mentoring talk',
        params: z.object({ personId: ZIdParam }),
        body: ZTalkRequest,
        response: { 200: ZMentoringTalk },
      },
    },
    async (request) =>
      mentorView.recordTalk(
        actorOf(request).userId,
        request.params.personId,
        request.body,
        contextOf(request),
      ),
  );
}
