import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // The Electron main process, and the CLI / browser-mode host (plain Node, no electron).
        input: { index: resolve(__dirname, 'electron/main/index.ts'), cli: resolve(__dirname, 'electron/host/cli.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // Relative asset paths work under app://neiqin/ and over http://127.0.0.1 alike.
    base: './',
    plugins: [react()],
    // `@shared/...` is electron/shared (tsconfig.web.json paths; eslint resolves it for the layering rule).
    resolve: { alias: { '@shared': resolve(__dirname, 'electron/shared') } },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
