import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin, type Rollup } from 'vite';
import { isLightPage } from '../core/src/light-pages.ts';
import { heavyOnFirstLoad, planPrecache, precacheVersion, type TBuiltChunk } from './src/sw/precache-plan.ts';

// `vite build --outDir DIR` moves it: the end-to-end run builds into its own directory
const outDir = path.resolve(import.meta.dirname, 'dist');

/**
 * Writes `.br` and `.gz` beside every text asset so the server can send them as they are
 * (@fastify/static `preCompressed: true`): a cheap phone then downloads ≈ 1/3 of the bytes.
 */
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? walk(file) : [file];
    });
  let built = outDir;
  return {
    name: 'zhucun-precompress',
    apply: 'build',
    configResolved(config) {
      built = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      // a failed build leaves no directory: let its own error be the one reported
      if (!existsSync(built)) return;
      for (const file of walk(built)) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

/** What the precache plan reads of one of rollup's chunks. */
function builtChunk(o: Rollup.OutputChunk): TBuiltChunk {
  return {
    fileName: o.fileName,
    isEntry: o.isEntry,
    facadeModuleId: o.facadeModuleId,
    imports: o.imports,
    dynamicImports: o.dynamicImports,
    moduleIds: o.moduleIds,
    files: [...(o.viteMetadata?.importedCss ?? []), ...(o.viteMetadata?.importedAssets ?? [])],
  };
}

/** The files an in-memory `build()` gave (`write: false`): one output or several, never a watcher. */
function outputsOf(result: Awaited<ReturnType<typeof build>>): (Rollup.OutputChunk | Rollup.OutputAsset)[] {
  return (Array.isArray(result) ? result : [result]).flatMap((o) => ('output' in o ? o.output : []));
}

/**
 * Builds the light pages (vite.light.config.ts) and adds their files to this bundle; `files` then
 * lists them for the service worker's precache (all of them: the light pages open offline).
 */
function lightPages(light: { files: string[]; html: string }): Plugin {
  let root = import.meta.dirname;
  return {
    name: 'zhucun-light-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      const result = await build({ configFile: path.resolve(root, 'vite.light.config.ts'), root });
      const outputs = outputsOf(result);
      const chunks: TBuiltChunk[] = outputs.flatMap((o) => (o.type === 'chunk' ? [builtChunk(o)] : []));
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) throw new Error('light pages: the build gave no entry');
      const heavy = heavyOnFirstLoad(chunks, entry);
      if (heavy.length > 0)
        throw new Error(`light pages: the first load must not run ${heavy.join(', ')} (docs/web.md §Size)`);
      light.files = [];
      for (const o of outputs) {
        const source = o.type === 'chunk' ? o.code : o.source;
        this.emitFile({ type: 'asset', fileName: o.fileName, source });
        light.files.push(o.fileName);
        if (o.fileName === 'light.html') light.html = String(source);
      }
      if (!light.html) throw new Error('light pages: the build gave no light.html');
    },
  };
}

/** Serves light.html for the light pages' addresses in the dev server, as the server does in production. */
function lightPagesInDev(): Plugin {
  return {
    name: 'zhucun-light-pages-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const [pathname = '', query] = (req.url ?? '').split('?');
        if (req.method === 'GET' && isLightPage(pathname))
          req.url = `/light.html${query === undefined ? '' : `?${query}`}`;
        next();
      });
    },
  };
}

/** The cadre's pages that open offline, with what they import (src/sw/precache-plan.ts). */
const OFFLINE_PAGES = ['src/pages/shell/app-shell-page.tsx', 'src/pages/auth/login-page.tsx'];
/** Left to the network even when a cadre's page imports it: the charts are big and not on 今天. */
const NOT_PRECACHED = /[\\/]node_modules[\\/](echarts|zrender)[\\/]/;

/** Builds src/sw/service-worker.ts alone into one classic script, with its precache list defined. */
async function buildWorker(root: string, precache: object): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    define: { __ZC_PRECACHE__: JSON.stringify(precache) },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: path.resolve(root, 'src/sw/service-worker.ts'),
        formats: ['iife'],
        name: 'zhucunServiceWorker',
        fileName: () => 'sw.js',
      },
    },
  });
  const outputs = outputsOf(result);
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('service worker: the build gave no script');
  return chunk.code;
}

/**
 * Writes /sw.js (not hashed: the browser checks that one address for updates) with the files to
 * precache computed from this bundle: index.html, the staff entry's static imports and the cadre's
 * pages (OFFLINE_PAGES); the version is a hash of that list, so a new build installs a new worker.
 */
function serviceWorker(light: { files: string[]; html: string }): Plugin {
  let root = import.meta.dirname;
  return {
    name: 'zhucun-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      order: 'post',
      async handler(_, bundle) {
        const chunks: TBuiltChunk[] = Object.values(bundle).flatMap((o) =>
          o.type === 'chunk' ? [builtChunk(o)] : [],
        );
        const plan = planPrecache(chunks, {
          staffHtml: 'index.html',
          villagersHtml: 'public-page.html',
          pageModules: OFFLINE_PAGES,
          exclude: (id) => NOT_PRECACHED.test(id),
        });
        const html = bundle['index.html'];
        if (html?.type !== 'asset') throw new Error('service worker: index.html is not in the bundle');
        const files = [...plan.precache, ...light.files.map((file) => `/${file}`)];
        const version = precacheVersion(files, `${String(html.source)}\n${light.html}`);
        const source = await buildWorker(root, {
          version,
          files,
          villagersFiles: plan.villagersFiles,
        });
        this.emitFile({ type: 'asset', fileName: 'sw.js', source });
      },
    },
  };
}

const light = { files: [] as string[], html: '' };

export default defineConfig({
  plugins: [react(), lightPagesInDev(), lightPages(light), precompress(), serviceWorker(light)],
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // no polyfill chunk shared by both pages: the villagers' page keeps files of its own, which the
    // staff app's service worker never answers (browsers without modulepreload just load a bit later)
    modulePreload: { polyfill: false },
    // two pages: the admin app, and the villagers' public page (/v/<token>, /track/<code>) with no admin bundle
    rollupOptions: {
      input: {
        main: path.resolve(import.meta.dirname, 'index.html'),
        public: path.resolve(import.meta.dirname, 'public-page.html'),
      },
    },
  },
});
