import { ZIdParam } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, scopeOf } from '../../plugins/auth.ts';
import { DOCUMENT_TYPES, sendDocument } from '../files/documents.ts';
import {
  acceptRawImages,
  IMAGE_TYPES,
  imageUploadOptions,
  JPEG,
  sendJpeg,
  uploadedBytes,
  ZJpeg,
  ZUploadedImage,
} from '../files/image-routes.ts';
import type { THomeFilesService } from './home-files.service.ts';

const id = ZIdParam;
const homeParams = z.object({ id });
const photoParams = z.object({ id, fileId: id });
const ZDocument = z.any().describe('a PDF or JPEG file');
const ZStoredDocument = z.object({ id: z.number().int(), contentType: z.string() });

/** A home's photos (up to 12, no location kept) and its rent contract's file (a farmhouse's only). */
export async function homeFilesRoutes(app: FastifyInstance, deps: { files: THomeFilesService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['homes'];
  acceptRawImages(app);

  r.post(
    '/api/homes/:id/photos',
    {
      config: { policy: 'homes:write' },
      ...imageUploadOptions('photo'),
      schema: {
        tags,
        summary: '上传家园照片（最多 12 张，去除位置信息） Add a photo of the home',
        params: homeParams,
        consumes: IMAGE_TYPES,
        response: { 200: ZUploadedImage },
      },
    },
    async (request) =>
      deps.files.addPhoto(
        scopeOf(request, 'homes:write'),
        request.params.id,
        uploadedBytes(request, 'photo'),
        contextOf(request),
      ),
  );

  r.get(
    '/api/homes/:id/photos/:fileId',
    {
      config: { policy: 'homes:read' },
      schema: {
        tags,
        summary: '家园照片 A photo of the home (JPEG)',
        params: photoParams,
        produces: [JPEG],
        response: { 200: ZJpeg },
      },
    },
    async (request, reply) =>
      sendJpeg(
        reply,
        await deps.files.readPhoto(scopeOf(request, 'homes:read'), request.params.id, request.params.fileId),
      ),
  );

  r.delete(
    '/api/homes/:id/photos/:fileId',
    {
      config: { policy: 'homes:write' },
      schema: {
        tags,
        summary: '删除家园照片 Remove a photo of the home',
        params: photoParams,
        response: { 200: z.object({ id: z.number().int() }) },
      },
    },
    async (request) =>
      deps.files.removePhoto(
        scopeOf(request, 'homes:write'),
        request.params.id,
        request.params.fileId,
        contextOf(request),
      ),
  );

  r.put(
    '/api/homes/:id/contract-file',
    {
      config: { policy: 'homes:write' },
      ...imageUploadOptions('contractFile'),
      schema: {
        tags,
        summary: '上传或更换租房合同文件（PDF 或照片；仅农家小院） Set the rent contract’s file',
        params: homeParams,
        consumes: DOCUMENT_TYPES,
        response: { 200: ZStoredDocument },
      },
    },
    async (request) =>
      deps.files.setContract(
        scopeOf(request, 'homes:write'),
        request.params.id,
        uploadedBytes(request, 'contractFile'),
        contextOf(request),
      ),
  );

  r.get(
    '/api/homes/:id/contract-file',
    {
      config: { policy: 'homes:read' },
      schema: {
        tags,
        summary: '租房合同文件 The rent contract’s file (PDF or JPEG)',
        params: homeParams,
        produces: DOCUMENT_TYPES,
        response: { 200: ZDocument },
      },
    },
    async (request, reply) => {
      const { doc, filename } = await deps.files.readContract(
        scopeOf(request, 'homes:read'),
        request.params.id,
      );
      return sendDocument(reply, doc, filename);
    },
  );
}
