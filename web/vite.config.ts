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
    rolldownOptions: {
      // One entry per bundle: the public portal (portal.html) joins here later.
      input: { main: entry('./index.html') },
    },
  },
});
