import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const backend = 'http://127.0.0.1:3000';
const entry = (file: string) => decodeURIComponent(new URL(file, import.meta.url).pathname);

/** In development, /portal and /portal/* get the portal's page, as the server does in production. */
const portalRoutes: Plugin = {
  name: 'zeren-portal-routes',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url && /^\/portal(\/|\?|$)/.test(req.url)) req.url = '/portal.html';
      next();
    });
  },
};

/**
 * Writes `.br` and `.gz` beside every text file of the build, compressed once at build time: a
 * server that sends precompressed files (@fastify/static's `preCompressed`) serves the staff
 * app's sign-in page in ~140 kB and the portal in ~80 kB instead of three times that.
 */
const precompress: Plugin = {
  name: 'zeren-precompress',
  apply: 'build',
  writeBundle(options, bundle) {
    const dir = options.dir ?? 'dist';
    for (const fileName of Object.keys(bundle)) {
      if (!/\.(js|css|html|svg|txt|json)$/.test(fileName)) continue;
      const bytes = readFileSync(join(dir, fileName));
      if (bytes.length < 1024) continue;
      writeFileSync(join(dir, `${fileName}.gz`), gzipSync(bytes, { level: 9 }));
      writeFileSync(
        join(dir, `${fileName}.br`),
        brotliCompressSync(bytes, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }),
      );
    }
  },
};

export default defineConfig({
  plugins: [react(), portalRoutes, precompress],
  server: {
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/metrics': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd's shared core is ~800 kB minified (~250 kB gzip); pages are split off by the router.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // One entry per bundle: the staff app and the public portal (its own, small bundle).
      input: { main: entry('./index.html'), portal: entry('./portal.html') },
    },
  },
});
