/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The built app's Content-Security-Policy: scripts and workers only from the app's own files (no
 * inline scripts, no eval); styles may be inline (Svelte sets style attributes); images from data:
 * and blob: URLs (chart PNG exports). Only in the build: the dev server injects its own client.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy()],
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
    // Whole-model tests run dozens of simulations; on a shared two-core machine a busy minute can
    // stretch a 3 s test past vitest's 5 s default. A hung test still fails, after 30 s.
    testTimeout: 30_000,
  },
});
