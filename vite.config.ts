/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Relative asset paths, so the static build works from any folder or sub-path.
  base: './',
  worker: {
    // ES-module worker output, matching `new Worker(url, { type: 'module' })`.
    format: 'es',
  },
  // mathjs and comlink are imported only from the worker, so the dev server would discover them
  // late, re-optimise and reload the page mid-session. Pre-bundle them up front.
  optimizeDeps: {
    include: ['mathjs', 'comlink'],
  },
  build: {
    target: 'es2022',
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    // Unit specs sit beside the code; whole-model and document tests live under tests/.
    // Playwright's browser flows are tests/e2e/*.e2e.ts and are not collected here.
    include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
    environment: 'node',
  },
});
