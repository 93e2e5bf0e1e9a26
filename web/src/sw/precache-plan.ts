/*
 * Which built files the service worker keeps from its install on (the precache), computed from the
 * bundle by the vite plugin in web/vite.config.ts: never a hard-coded file name.
 */

/** What the plugin reads of one chunk of the bundle (rollup's OutputChunk, with vite's CSS and assets). */
export type TBuiltChunk = {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
  dynamicImports: readonly string[];
  moduleIds: readonly string[];
  /** CSS and other files the chunk brings (vite's `viteMetadata.importedCss` / `importedAssets`). */
  files: readonly string[];
};

export type TPrecachePlan = {
  /** Site paths (`/index.html`, `/assets/…`) fetched at install. */
  precache: string[];
  /** The villagers' page's own files (`/assets/public-….js` …): the worker never answers them. */
  villagersFiles: string[];
};

/**
 * The static import closure of `roots` (their CSS and assets too), skipping chunks that hold a module
 * `exclude` names (ECharts): each chunk once, in a stable order.
 */
export function closureOf(
  chunks: readonly TBuiltChunk[],
  roots: readonly TBuiltChunk[],
  exclude: (moduleId: string) => boolean,
): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (chunk: TBuiltChunk | undefined) => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    if (chunk.moduleIds.some(exclude)) return;
    files.add(chunk.fileName);
    for (const file of chunk.files) files.add(file);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const root of roots) visit(root);
  return [...files].sort();
}

/**
 * The precache: index.html, the staff entry's static closure and the cadre's pages (`pageModules`,
 * source paths such as `src/pages/auth/login-page.tsx`) with what they import, statically or lazily;
 * and the villagers' page's files, kept apart. Excluded modules (ECharts) are left to the network.
 */
export function planPrecache(
  chunks: readonly TBuiltChunk[],
  options: {
    staffHtml: string;
    villagersHtml: string;
    pageModules: readonly string[];
    exclude: (moduleId: string) => boolean;
  },
): TPrecachePlan {
  const endsWith = (id: string | null, suffix: string) => !!id && id.replaceAll('\\', '/').endsWith(suffix);
  const entryOf = (html: string) => chunks.find((c) => c.isEntry && endsWith(c.facadeModuleId, html));
  const staff = entryOf(options.staffHtml);
  const villagers = entryOf(options.villagersHtml);
  if (!staff) throw new Error(`service worker: no entry chunk for ${options.staffHtml}`);
  const pages = options.pageModules.map((module) => {
    const page = chunks.find((c) => endsWith(c.facadeModuleId, module));
    if (!page) throw new Error(`service worker: no chunk for the cadre's page ${module}`);
    return page;
  });
  // a page's own lazy imports (a photo tool …) count as the page's; the router's lazy pages do not
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const lazy = pages.flatMap((page) => page.dynamicImports.flatMap((name) => byName.get(name) ?? []));
  const precache = closureOf(chunks, [staff, ...pages, ...lazy], options.exclude);
  const villagersOwn = villagers ? closureOf(chunks, [villagers], () => false) : [];
  return {
    precache: ['index.html', ...precache].map((file) => `/${file}`),
    villagersFiles: villagersOwn.filter((file) => !precache.includes(file)).map((file) => `/${file}`),
  };
}

/**
 * What the light pages' first load must never run (docs/web.md §Size): zod and core's schemas, antd,
 * React DOM (Preact stands in), the router, and the full app's strings of every page.
 */
const HEAVY =
  /[\\/]node_modules[\\/](zod|antd|@ant-design|react-dom|react-router|echarts)[\\/]|[\\/]src[\\/]i18n[\\/](zh-CN|en-US)\.ts$/;

/** A module's short name: its package (`zod`, `@ant-design/icons`) or its path from `src/`. */
function shortName(id: string): string {
  const parts = id.split(/[\\/]/);
  const packages = parts.lastIndexOf('node_modules');
  if (packages >= 0)
    return parts.slice(packages + 1, packages + (parts[packages + 1]?.startsWith('@') ? 3 : 2)).join('/');
  return parts.slice(parts.lastIndexOf('src')).join('/');
}

/** The heavy modules (HEAVY) the first load of `entry` runs (its static imports, followed), by short name. */
export function heavyOnFirstLoad(chunks: readonly TBuiltChunk[], entry: TBuiltChunk): string[] {
  const first = new Set(closureOf(chunks, [entry], () => false));
  const modules = chunks.filter((c) => first.has(c.fileName)).flatMap((c) => c.moduleIds);
  return [...new Set(modules.filter((id) => HEAVY.test(id)).map(shortName))].sort();
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell one build's file list from another's. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The worker's version: a hash of the precached paths (hashed file names) and index.html's text, so
 * any change of the cadre's files gives a new worker, which installs and deletes the old caches.
 */
export function precacheVersion(precache: readonly string[], indexHtml: string): string {
  return fnv1a(`${precache.join('\n')}\n${indexHtml}`);
}
