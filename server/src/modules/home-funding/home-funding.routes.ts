import {
  ZFundingCorrect,
  ZFundingCreate,
  ZFundingEntryView,
  ZFundingLedger,
  ZFundingSummary,
  ZFundingSummaryQuery,
  ZIdParam,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import { DOCUMENT_TYPES, PDF, sendDocument } from '../files/documents.ts';
import { acceptRawImages, imageUploadOptions, JPEG, uploadedBytes } from '../files/image-routes.ts';
import type { THomeFundingService } from './home-funding.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZFile = z.any().describe('a file');
const ZId = ZIdParam;
const homeParams = z.object({ id: ZId });
const entryParams = z.object({ id: ZId, entryId: ZId });
const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

type TDeps = { funding: THomeFundingService };
const tags = ['homes'];

/** The voucher upload: the raw body is the file (its own plugin, so the raw parser stays here). */
async function voucherUploadRoutes(app: FastifyInstance, deps: TDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  acceptRawImages(app);
  r.post(
    '/api/homes/funding/vouchers',
    {
      config: { policy: 'homes:write' },
      ...imageUploadOptions('voucherFileId'),
      schema: {
        tags,
        summary: '上传收支凭证（PDF 或照片） Upload a voucher',
        consumes: DOCUMENT_TYPES,
        response: { 200: z.object({ id: z.number().int() }) },
      },
    },
    async (request) =>
      deps.funding.uploadVoucher(actorOf(request).userId, uploadedBytes(request, 'voucherFileId')),
  );
}

async function ledgerRoutes(app: FastifyInstance, deps: TDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { funding } = deps;

  r.get(
    '/api/homes/funding/summary',
    {
      config: { policy: 'homes:read' },
      schema: {
        tags,
        summary: '统一资金汇总：按家园和来源 Funding totals by home and source',
        querystring: ZFundingSummaryQuery,
        response: { 200: ZFundingSummary },
      },
    },
    async (request) => funding.summary(scopeOf(request, 'homes:read'), request.query),
  );
  r.get(
    '/api/homes/funding.xlsx',
    {
      config: { policy: 'homes:read' },
      schema: {
        tags,
        summary: '驻村干部家园资金台账（Excel） The funding ledger as a workbook',
        querystring: ZFundingSummaryQuery,
        produces: [XLSX],
        response: { 200: ZFile },
      },
    },
    async (request, reply) => {
      const { file, filename } = await funding.workbook(
        scopeOf(request, 'homes:read'),
        request.query,
        contextOf(request),
      );
      return reply.type(XLSX).header('content-disposition', attachment('funding.xlsx', filename)).send(file);
    },
  );
  r.get(
    '/api/homes/:id/funding',
    {
      config: { policy: 'homes:read' },
      schema: {
        tags,
        summary: '家园资金台账 The funding ledger of a home',
        params: homeParams,
        response: { 200: ZFundingLedger },
      },
    },
    async (request) => funding.ledger(scopeOf(request, 'homes:read'), request.params.id),
  );
  r.post(
    '/api/homes/:id/funding',
    {
      config: { policy: 'homes:write' },
      schema: {
        tags,
        summary: '登记一笔收支 Record money in or out',
        params: homeParams,
        body: ZFundingCreate,
        response: { 200: ZFundingEntryView },
      },
    },
    async (request) =>
      funding.create(
        scopeOf(request, 'homes:write'),
        request.params.id,
        request.body,
        actorOf(request).userId,
        contextOf(request),
      ),
  );
  r.post(
    '/api/homes/:id/funding/:entryId/corrections',
    {
      config: { policy: 'homes:write' },
      schema: {
        tags,
        summary: '更正一笔收支（新增更正记录，原记录不变） Correct an entry',
        params: entryParams,
        body: ZFundingCorrect,
        response: { 200: ZFundingEntryView },
      },
    },
    async (request) =>
      funding.correct(
        scopeOf(request, 'homes:write'),
        request.params.id,
        request.params.entryId,
        request.body,
        actorOf(request).userId,
        contextOf(request),
      ),
  );
  r.get(
    '/api/homes/:id/funding/:entryId/voucher',
    {
      config: { policy: 'homes:read' },
      schema: {
        tags,
        summary: '收支凭证 The voucher of an entry',
        params: entryParams,
        produces: [PDF, JPEG],
        response: { 200: ZFile },
      },
    },
    async (request, reply) =>
      sendDocument(
        reply,
        await funding.voucher(scopeOf(request, 'homes:read'), request.params.id, request.params.entryId),
        `凭证-${request.params.entryId}`,
      ),
  );
}

/** 统一资金: the funding ledger of homes (JSON routes and the voucher upload, each in its own plugin). */
export async function homeFundingRoutes(app: FastifyInstance, deps: TDeps) {
  await app.register(voucherUploadRoutes, deps);
  await app.register(ledgerRoutes, deps);
}
