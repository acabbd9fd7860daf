/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built app's Content-Security-Policy: scripts and workers only from the app's own files (no
 * inline scripts, no eval); styles may be inline (Svelte sets style attributes); images from data:
 * and blob: URLs (chart PNG exports). The build carries it as a <meta> element (for any host), and
 * `vite preview` and the dev server send it as a response header too (CSP_HEADER_POLICY), because a
 * <meta> policy covers only the page: a worker gets the policy of its own script's response, so
 * without the header the model worker could still eval. script-src adds 'wasm-unsafe-eval' and
 * nothing more: the least-cost package's LP solver (HiGHS) is WebAssembly, which a browser compiles
 * only under that keyword; eval and new Function stay refused.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The policy as a response header, for every response (the page, its scripts and the worker
 * scripts): the <meta> policy plus frame-ancestors, which only a header can carry. Static hosts
 * send the same header: public/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf.
 */
export const CSP_HEADER_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * The dev server's header: the same policy, plus the WebSocket that Vite's HMR client connects to
 * (on its own port when one is set). Vite's client is a same-origin module script, so script-src
 * 'self' already admits it; dev styles are <style> elements, admitted by style-src 'unsafe-inline'.
 */
export const DEV_CSP_HEADER_POLICY = CSP_HEADER_POLICY.replace("connect-src 'self'", "connect-src 'self' ws: wss:");

type Middlewares = { use(handler: (req: unknown, res: { setHeader(name: string, value: string): unknown }, next: () => void) => void): unknown };

function sendPolicy(middlewares: Middlewares, policy: string): void {
  middlewares.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', policy);
    next();
  });
}

function contentSecurityPolicy(): Plugin[] {
  return [
    {
      name: 'content-security-policy-meta',
      apply: 'build',
      transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
    {
      name: 'content-security-policy-header',
      configureServer: (server) => sendPolicy(server.middlewares, DEV_CSP_HEADER_POLICY),
      configurePreviewServer: (server) => sendPolicy(server.middlewares, CSP_HEADER_POLICY),
    },
  ];
}

/**
 * The installable, offline app: a web manifest and a Workbox service worker (`sw.js`, generated
 * after the build) that precaches every file of the build — page, scripts, the model, Monte Carlo
 * and import workers with the data bundled in them, styles, icons, the scenario schema — so that
 * after one visit the app runs with the network cut. The worker is registered by
 * src/offline/service-worker.ts, in production builds only (not by an injected script, which
 * would run in dev too). A new build waits until the user chooses to reload into it ('prompt':
 * no automatic skipWaiting, so the page never changes under a presenter); clientsClaim lets the
 * first installation serve the page that installed it, so a worker that starts later (the import
 * worker, at the first import) comes from the cache too. The service worker and its Workbox
 * runtime are same-origin scripts without eval: the CSP above covers them unchanged.
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: '共富政策沙盘 · Prosperity Sandbox',
      short_name: '共富沙盘',
      description: "Simulate Zhejiang's common-prosperity plan against its 2025 targets · 模拟浙江共同富裕实施方案，检验其2025年目标",
      lang: 'zh-CN',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f6f6f4',
      theme_color: '#0072b2',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // Every file of the build but the static host's _headers (a host config, not an asset); the
      // LP solver's .wasm too, so a least-cost package computes offline.
      globPatterns: ['**/*.{html,js,css,json,webmanifest,svg,png,wasm}'],
      // Workbox leaves out, with only a warning, any file above this size (2 MiB by default); the
      // largest file is the LP solver's WebAssembly, 3.5 MB, so 8 MiB leaves room to grow. tests/e2e/offline.e2e.ts
      // checks that every file of the build is in the cache.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}

export default defineConfig({
  plugins: [svelte(), ...contentSecurityPolicy(), ...offlineApp()],
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
    // stretch a 3 s test past vitest's 5 s default, and npm test runs the browser tests beside
    // them. A hung test still fails, after 60 s.
    testTimeout: 60_000,
  },
});
