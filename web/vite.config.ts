/**
 * The web app (agent workspace, wallboard, admin console, reports, simulation) and the chat widget,
 * built into `dist/web` and served by the server itself (`src/transport/http/web-app.ts`), so
 * `npm start` needs no second process. Each HTML file here is one page of the build; the widget's
 * loader (`widget/loader.ts`) is the one script built under a fixed name, `/widget.js`, because
 * other sites link to it by that name (a classic script: it imports and exports nothing).
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;

/**
 * The loader runs as a classic script in other sites' pages, where top-level names would be
 * globals of the host page: its final code is wrapped in a function scope.
 */
function scopeLoader(): Plugin {
  return {
    name: 'switchboard-scope-widget-loader',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const loader = bundle['widget.js'];
      if (loader?.type === 'chunk') loader.code = `(function(){${loader.code}\n})();\n`;
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), scopeLoader()],
  build: {
    outDir: resolve(root, '../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      input: {
        app: resolve(root, 'index.html'),
        widgetFrame: resolve(root, 'widget/frame.html'),
        widgetDemo: resolve(root, 'widget/demo.html'),
        widgetLoader: resolve(root, 'widget/loader.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'widgetLoader' ? 'widget.js' : 'assets/[name]-[hash].js'),
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
