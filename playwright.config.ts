import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browser here: drive Debian's Chromium instead.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// Port, build folder and report file can be moved so that several checkouts or agents can run
// the browser tests at once on one machine (defaults are what `npm test` and CI use).
const PORT = Number(process.env['E2E_PORT'] ?? 4173);
const OUT_DIR = process.env['E2E_OUT_DIR'] ?? 'dist';
const REPORT = process.env['E2E_REPORT'] ?? 'reports/e2e.json';
/**
 * Specs whose subject is timing on the page (drag previews between frames, autosave a few ms after
 * an edit, a worker killed mid-run, a Monte Carlo run cancelled, printing) form the project
 * 'one-at-a-time'; the others, 'side-by-side', run two browsers at once (one browser leaves this
 * 2-core machine idle most of the time). `npm test` runs 'side-by-side' beside the unit tests and
 * 'one-at-a-time' last, alone, so nothing else takes the timing specs' cores; `npx playwright test`
 * runs both projects at once.
 */
const TIMING_SPECS = ['**/levers.e2e.ts', '**/autosave.e2e.ts', '**/worker-failure.e2e.ts', '**/uncertainty.e2e.ts', '**/exports.e2e.ts'];

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 2,
  projects: [
    { name: 'side-by-side', testIgnore: TIMING_SPECS },
    { name: 'one-at-a-time', testMatch: TIMING_SPECS, workers: 1 },
  ],
  retries: process.env['CI'] ? 1 : 0,
  // Limits for a failure, not speed checks: with two browsers at once a step can take twice as long.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: REPORT }]],
  outputDir: process.env['E2E_RESULTS'] ?? 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    // The built app registers a service worker that serves every file from its cache once
    // installed; the specs test the app as the network serves it (several route or fail its
    // worker scripts), so they block it. tests/e2e/offline.e2e.ts allows it and tests it.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox', // running as root
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Build and serve the production bundle, as users get it (E2E_PREBUILT: `npm test` has just built it).
    command: `${process.env['E2E_PREBUILT'] ? '' : `npx vite build --outDir ${OUT_DIR} && `}npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
