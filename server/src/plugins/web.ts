import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { LIGHT_PAGE_PATHS } from '@zhucun/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** /sw.js as sent: itself or its precompressed .br / .gz beside it. */
const SERVICE_WORKER = /(^|[\\/])sw\.js(\.br|\.gz)?$/;

/** Serves the built web app (web/dist) when it exists; its files are public. */
export async function webRoutes(app: FastifyInstance, opts: { webDist: string }): Promise<void> {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, policy: 'public' };
  });
  await app.register(fastifyStatic, {
    root: opts.webDist,
    prefix: '/',
    preCompressed: true,
    setHeaders: (res, file) => {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      // the staff app's service worker (web/src/sw): checked on every visit, it may control the whole site
      if (SERVICE_WORKER.test(file)) res.header('service-worker-allowed', '/');
      if (file.endsWith('.webmanifest')) res.header('content-type', 'application/manifest+json');
    },
  });
  // the villagers' page (QR code → /v/<token>, tracking → /track/<code>): its own small bundle, not the admin app
  const publicPage = (_: FastifyRequest, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('public-page.html');
  app.get('/v/*', publicPage);
  // /track as a villager types it, without the slash: the lookup form, not the staff sign-in
  app.get('/track', publicPage);
  app.get('/track/*', publicPage);
  // the cadre's own pages: the light build (Preact, no antd), a small first load on a phone (docs/web.md §Size)
  const lightPage = (_: FastifyRequest, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('light.html');
  for (const page of LIGHT_PAGE_PATHS) app.get(page, lightPage);
}

export function hasWebBuild(webDist: string): boolean {
  return existsSync(path.join(webDist, 'index.html'));
}

/** Client-side routes (/users, /audit …) get index.html; /api and files keep their 404. */
export function spaFallback(request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  const url = request.url.split('?')[0]!;
  if (request.method !== 'GET' || url.startsWith('/api') || path.extname(url)) return undefined;
  if (typeof reply.sendFile !== 'function') return undefined;
  return reply.header('cache-control', 'no-cache').sendFile('index.html');
}
