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

export default defineConfig({
  plugins: [react(), portalRoutes],
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
