import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/*
 * The light build (docs/web.md §Size): the cadre's own pages (light.html → src/light/main.tsx) on
 * Preact, built by vite.config.ts into the same dist. Each alias keeps something big out:
 * - React → Preact's compat layer (≈ 7 KB instead of ≈ 66 KB);
 * - the app's i18n (both languages, every page's strings) → src/light/i18n.ts, the light pages' own.
 */
const root = import.meta.dirname;

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^(\.\.?\/)+i18n\/index\.ts$/, replacement: path.resolve(root, 'src/light/i18n.ts') },
    ],
  },
  build: {
    write: false,
    minify: true,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { light: path.resolve(root, 'light.html') },
      // its own names: never the same file name as one of the full app's
      output: {
        entryFileNames: 'assets/l-[name]-[hash].js',
        chunkFileNames: 'assets/l-[name]-[hash].js',
        assetFileNames: 'assets/l-[name]-[hash][extname]',
      },
    },
  },
});
