import {
  ZPublicFollowUpRequest,
  ZPublicSubmitRequest,
  ZPublicSubmitResult,
  ZPublicTrack,
  ZPublicVillageCard,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../plugins/auth.ts';
import type { TPublicVillageService } from './public-village.service.ts';

export type TPublicLimits = { submitPerIpPerHour: number; trackPerIpPerMinute: number };

// malformed tokens and codes are not found (404), like unknown ones: nothing tells a guesser which is which
const tokenParams = z.object({ token: z.string().max(64) });
const codeParams = z.object({ code: z.string().max(64) });

/** The villagers' side: no account, no CSRF (no session to ride on), bounded per address and per village. */
export async function publicPageRoutes(
  app: FastifyInstance,
  deps: { publicVillage: TPublicVillageService; limits: TPublicLimits },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];
  const lookups = { max: deps.limits.trackPerIpPerMinute, timeWindow: '1 minute' };
  const writes = { max: deps.limits.submitPerIpPerHour, timeWindow: '1 hour' };

  r.get(
    '/api/public/v/:token',
    {
      config: { policy: 'public', rateLimit: lookups },
      schema: {
        tags,
        summary: '村公开页：驻村干部与诉求类别 The village’s public card',
        params: tokenParams,
        response: { 200: ZPublicVillageCard },
      },
    },
    async (request) => deps.publicVillage.card(request.params.token),
  );

  r.post(
    '/api/public/v/:token/requests',
    {
      config: { policy: 'public', rateLimit: writes },
      schema: {
        tags,
        summary: '群众扫码提交诉求 A villager submits a request',
        params: tokenParams,
        body: ZPublicSubmitRequest,
        response: { 200: ZPublicSubmitResult },
      },
    },
    async (request) => deps.publicVillage.submit(request.params.token, request.body, contextOf(request)),
  );

  r.get(
    '/api/public/track/:code',
    {
      config: { policy: 'public', rateLimit: lookups },
      schema: {
        tags,
        summary: '凭查询码查看诉求进度 Track a request by its code',
        params: codeParams,
        response: { 200: ZPublicTrack },
      },
    },
    async (request) => deps.publicVillage.track(request.params.code),
  );

  r.post(
    '/api/public/track/:code/follow-up',
    {
      config: { policy: 'public', rateLimit: writes },
      schema: {
        tags,
        summary: '群众评价办理结果 The villager’s follow-up',
        params: codeParams,
        body: ZPublicFollowUpRequest,
        response: { 200: ZPublicTrack },
      },
    },
    async (request) => deps.publicVillage.followUp(request.params.code, request.body, contextOf(request)),
  );
}
