import { describe, expect, it } from 'vitest';
import { heavyOnFirstLoad, planPrecache, precacheVersion, type TBuiltChunk } from './precache-plan.ts';

/** A chunk as the vite plugin describes it, with defaults for what a test does not care about. */
function chunk(fileName: string, more: Partial<TBuiltChunk> = {}): TBuiltChunk {
  return {
    fileName,
    isEntry: false,
    facadeModuleId: null,
    imports: [],
    dynamicImports: [],
    moduleIds: [`/web/src/${fileName}.ts`],
    files: [],
    ...more,
  };
}

/** A small bundle shaped like the real one: two pages, the router's lazy pages, ECharts. */
const BUNDLE: TBuiltChunk[] = [
  chunk('assets/main-1.js', {
    isEntry: true,
    facadeModuleId: '/web/index.html',
    imports: ['assets/react-1.js'],
    dynamicImports: ['assets/today-page-1.js', 'assets/cadre-list-page-1.js', 'assets/dashboard-1.js'],
    files: ['assets/main-1.css'],
  }),
  chunk('assets/react-1.js'),
  chunk('assets/today-page-1.js', {
    facadeModuleId: '/web/src/pages/duty/today-page.tsx',
    imports: ['assets/react-1.js', 'assets/form-1.js'],
    dynamicImports: ['assets/photo-tool-1.js'],
  }),
  chunk('assets/form-1.js', { files: ['assets/form-1.css'] }),
  chunk('assets/photo-tool-1.js', { imports: ['assets/charts-1.js'] }),
  chunk('assets/charts-1.js', { moduleIds: ['/node_modules/echarts/index.js'] }),
  chunk('assets/cadre-list-page-1.js', { facadeModuleId: '/web/src/pages/cadres/cadre-list-page.tsx' }),
  chunk('assets/dashboard-1.js', { imports: ['assets/charts-1.js'] }),
  chunk('assets/public-1.js', {
    isEntry: true,
    facadeModuleId: '/web/public-page.html',
    files: ['assets/public-1.css'],
  }),
];

const plan = () =>
  planPrecache(BUNDLE, {
    staffHtml: 'index.html',
    villagersHtml: 'public-page.html',
    pageModules: ['src/pages/duty/today-page.tsx'],
    exclude: (id) => id.includes('/node_modules/echarts/'),
  });

describe('the service worker’s precache, from the bundle', () => {
  it('holds index.html, the entry’s static imports and the cadre’s page with what it imports', () => {
    expect(plan().precache).toEqual([
      '/index.html',
      '/assets/form-1.css',
      '/assets/form-1.js',
      '/assets/main-1.css',
      '/assets/main-1.js',
      '/assets/photo-tool-1.js',
      '/assets/react-1.js',
      '/assets/today-page-1.js',
    ]);
  });

  it('leaves out the staff pages, ECharts and the villagers’ page, whose files are listed apart', () => {
    const { precache, villagersFiles } = plan();
    for (const file of ['/assets/cadre-list-page-1.js', '/assets/dashboard-1.js', '/assets/charts-1.js'])
      expect(precache).not.toContain(file);
    expect(villagersFiles).toEqual(['/assets/public-1.css', '/assets/public-1.js']);
  });

  it('fails the build when a page it was told of is not in the bundle', () => {
    expect(() =>
      planPrecache(BUNDLE, {
        staffHtml: 'index.html',
        villagersHtml: 'public-page.html',
        pageModules: ['src/pages/duty/renamed-page.tsx'],
        exclude: () => false,
      }),
    ).toThrow(/renamed-page/);
  });

  it('gives a new version when a file or index.html changes, the same for the same build', () => {
    const files = plan().precache;
    expect(precacheVersion(files, '<html>')).toBe(precacheVersion([...files], '<html>'));
    expect(precacheVersion(files, '<html>')).not.toBe(precacheVersion(files, '<html> '));
    expect(precacheVersion(files, '<html>')).not.toBe(
      precacheVersion([...files.slice(1), '/assets/today-page-2.js'], '<html>'),
    );
  });
});

describe('heavyOnFirstLoad', () => {
  it('names the heavy packages and files the entry runs, not those it loads later', () => {
    const chunks = [
      chunk('entry.js', {
        isEntry: true,
        moduleIds: ['/w/web/src/light/main.tsx'],
        imports: ['vendor.js'],
        dynamicImports: ['bell.js'],
      }),
      chunk('vendor.js', {
        moduleIds: ['/w/node_modules/zod/v4/core.js', '/w/node_modules/preact/dist/preact.mjs'],
      }),
      chunk('bell.js', { moduleIds: ['/w/web/src/i18n/zh-CN.ts', '/w/node_modules/antd/es/index.js'] }),
    ];
    expect(heavyOnFirstLoad(chunks, chunks[0]!)).toEqual(['zod']);
    const antd = [
      chunk('entry.js', {
        moduleIds: ['/w/node_modules/@ant-design/icons/x.js', '/w/web/src/i18n/en-US.ts'],
      }),
    ];
    expect(heavyOnFirstLoad(antd, antd[0]!)).toEqual(['@ant-design/icons', 'src/i18n/en-US.ts']);
  });

  it('finds nothing in a first load of light modules', () => {
    const chunks = [
      chunk('entry.js', { moduleIds: ['/w/web/src/light/main.tsx', '/w/web/src/i18n/duty.zh-CN.ts'] }),
    ];
    expect(heavyOnFirstLoad(chunks, chunks[0]!)).toEqual([]);
  });
});
