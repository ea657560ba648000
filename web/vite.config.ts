/**
 * The web app (agent workspace, wallboard, admin console, reports, simulation) and the chat widget,
 * built into `dist/web` and served by the server itself (`src/transport/http/web-app.ts`), so
 * `npm start` needs no second process. Each HTML file here is one page of the build.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(root, '../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      input: {
        app: resolve(root, 'index.html'),
        widgetFrame: resolve(root, 'widget/frame.html'),
        widgetDemo: resolve(root, 'widget/demo.html'),
      },
    },
  },
  server: {
    // `npm run dev:web` proxies the API and the realtime gateway to a server started with `npm start`.
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
});
