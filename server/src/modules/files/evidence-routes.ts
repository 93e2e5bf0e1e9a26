import type { TPermission } from '@zhucun/core';
import { ZIdParam } from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../plugins/auth.ts';
import type { TPolicy } from '../../plugins/policy.ts';
import type { TDutyPhotoService } from '../duty/duty-photo.service.ts';
import {
  acceptRawImages,
  IMAGE_TYPES,
  imageUploadOptions,
  JPEG,
  sendJpeg,
  uploadedBytes,
  ZJpeg,
  ZUploadedImage,
} from './image-routes.ts';

/** One kind of evidence photo: where it is uploaded and shown, who may, and what it is for. */
export type TEvidenceKind = {
  tags: string[];
  purpose: string;
  /** The request field the uploaded id is sent in (named by error messages). */
  field: string;
  upload: { url: string; policy: TPermission; summary: string };
  view: { url: string; policy: TPolicy; summary: string };
  /** Where the photo of object `id` is kept, when the caller may see it (else it is not found). */
  find: (request: FastifyRequest, id: number) => Promise<{ storageKey: string } | undefined>;
};

/** The two routes of an evidence photo: upload it (then send its id), and view it. Location is never kept. */
export function evidenceRoutes(kind: TEvidenceKind) {
  return async (app: FastifyInstance, deps: { photos: TDutyPhotoService }) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    acceptRawImages(app);
    r.post(
      kind.upload.url,
      {
        config: { policy: kind.upload.policy },
        ...imageUploadOptions(kind.field),
        schema: {
          tags: kind.tags,
          summary: kind.upload.summary,
          consumes: IMAGE_TYPES,
          response: { 200: ZUploadedImage },
        },
      },
      async (request) =>
        deps.photos.upload(
          actorOf(request).userId,
          uploadedBytes(request, kind.field),
          false,
          kind.purpose,
          kind.field,
        ),
    );
    r.get(
      kind.view.url,
      {
        config: { policy: kind.view.policy },
        schema: {
          tags: kind.tags,
          summary: kind.view.summary,
          params: z.object({ id: ZIdParam }),
          produces: [JPEG],
          response: { 200: ZJpeg },
        },
      },
      async (request, reply) =>
        sendJpeg(reply, await deps.photos.readKey(await kind.find(request, request.params.id))),
    );
  };
}
