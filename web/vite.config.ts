import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    // two pages: the admin app, and the villagers' public page (/v/<token>, /track/<code>) with no admin bundle
    rollupOptions: {
      input: {
        main: path.resolve(import.meta.dirname, 'index.html'),
        public: path.resolve(import.meta.dirname, 'public-page.html'),
      },
    },
  },
});
