import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = 'http://127.0.0.1:3000';
const entry = (file: string) => decodeURIComponent(new URL(file, import.meta.url).pathname);

export default defineConfig({
  plugins: [react()],
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
      // One entry per bundle: the public portal (portal.html) joins here later.
      input: { main: entry('./index.html') },
    },
  },
});
