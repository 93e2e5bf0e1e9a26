import {
  ZConductCatalogue,
  ZConductCatalogueRequest,
  ZConductItemRequest,
  ZConductYear,
  ZIdParam,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../plugins/auth.ts';
import type { TConductCatalogueService } from './conduct-catalogue.service.ts';

const yearParams = z.object({ year: ZConductYear });
const idParams = z.object({ id: ZIdParam });

/** 履职行为负面清单: every role with the rules reads a year's list; the county organisation department keeps it. */
export async function conductCatalogueRoutes(
  app: FastifyInstance,
  deps: { catalogue: TConductCatalogueService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['violations'];
  const write = { policy: 'conduct:manage' } as const;

  r.get(
    '/api/conduct-catalogue/:year',
    {
      config: { policy: 'rules:read' },
      schema: {
        tags,
        summary: '某年度的履职行为负面清单（事项、扣分、是否一票否决、申辩期） A year’s negative list',
        params: yearParams,
        response: { 200: ZConductCatalogue },
      },
    },
    async (request) => deps.catalogue.get(request.params.year),
  );
  r.put(
    '/api/conduct-catalogue/:year',
    {
      config: write,
      schema: {
        tags,
        summary: '设置该年度的申辩期天数（以前年度只读） Set the year’s answer period',
        params: yearParams,
        body: ZConductCatalogueRequest.strict(),
        response: { 200: ZConductCatalogue },
      },
    },
    async (request) => deps.catalogue.setAnswerDays(request.params.year, request.body, contextOf(request)),
  );
  r.post(
    '/api/conduct-catalogue/:year/copy',
    {
      config: write,
      schema: {
        tags,
        summary: '以上一年度清单开始本年度清单 Start the year from the year before',
        params: yearParams,
        response: { 200: ZConductCatalogue },
      },
    },
    async (request) => deps.catalogue.copyPrevious(request.params.year, contextOf(request)),
  );
  r.post(
    '/api/conduct-catalogue/:year/items',
    {
      config: write,
      schema: {
        tags,
        summary: '新增负面清单事项 Add an item',
        params: yearParams,
        body: ZConductItemRequest.strict(),
        response: { 200: ZConductCatalogue },
      },
    },
    async (request) => deps.catalogue.addItem(request.params.year, request.body, contextOf(request)),
  );
  r.put(
    '/api/conduct-items/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改负面清单事项（已被违规记录引用的不能修改） Change an item not yet cited',
        params: idParams,
        body: ZConductItemRequest.strict(),
        response: { 200: ZConductCatalogue },
      },
    },
    async (request) => deps.catalogue.updateItem(request.params.id, request.body, contextOf(request)),
  );
  r.post(
    '/api/conduct-items/:id/retire',
    {
      config: write,
      schema: {
        tags,
        summary: '停用负面清单事项（已有记录保留） Take an item off the list',
        params: idParams,
        response: { 200: ZConductCatalogue },
      },
    },
    async (request) => deps.catalogue.retireItem(request.params.id, contextOf(request)),
  );
}
