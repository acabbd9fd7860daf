#!/usr/bin/env node
// `npm test`: installs what is missing, then runs every gate — type-check, lint, unit and model
// tests (vitest), browser tests (Playwright in Debian's Chromium) — and ends with one line,
// "N passed, N failed", counting every test that ran. Exits non-zero on any failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'reports');
const started = Date.now();
const stamp = (what) => console.log(`\n--- [${Math.round((Date.now() - started) / 1000)}s] ${what}`);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** Starts a command with its output kept (printed once it ends, so parallel gates do not interleave); resolves to whether it passed. */
function start(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      process.stdout.write(output);
      resolve(code === 0);
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(reports, file), 'utf8'));
  } catch {
    return undefined;
  }
}

stamp('dependencies');
if (!run('node', ['scripts/ensure-deps.mjs', '--browser'])) {
  console.log('dependencies could not be installed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
let gateFailures = 0;

// The type-check, the lint, the unit and model tests (vitest) and the browser tests' production
// build run side by side, and the browser specs that do not time the page ('side-by-side', see
// playwright.config.ts) start as soon as the build is done, beside the rest: on this 2-core
// machine each of these leaves cores idle much of the time. The specs that time the page
// ('one-at-a-time') run last, alone. Each command's output is printed when it ends.
stamp(
  'type-check (svelte-check, model and worker realms), lint (zero warnings; includes the architecture boundaries), unit and model tests (vitest), and the build followed by the browser tests that do not time the page (Playwright, Chromium), side by side',
);
const E2E_PROJECTS = ['side-by-side', 'one-at-a-time'];
/** Playwright's environment for one project; with the bundle built, it only serves it (a failed build is built again there, and fails there). */
const e2eEnv = (project, built) => ({
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  E2E_REPORT: join(reports, `e2e-${project}.json`),
  ...(built && { E2E_PREBUILT: '1' }),
});
const buildThenBrowserTests = start('npx', ['vite', 'build', '--outDir', process.env['E2E_OUT_DIR'] ?? 'dist', '--logLevel', 'warn']).then(async (built) => {
  stamp(`build done; browser tests (Playwright, Chromium): ${E2E_PROJECTS[0]}`);
  await start('npx', ['playwright', 'test', `--project=${E2E_PROJECTS[0]}`], e2eEnv(E2E_PROJECTS[0], built));
  stamp(`browser tests done: ${E2E_PROJECTS[0]}`);
  return built;
});
const [checked, linted, built] = await Promise.all([
  start('npm', ['run', '-s', 'check'], { NO_COLOR: '1' }),
  start('npm', ['run', '-s', 'lint'], { NO_COLOR: '1' }),
  buildThenBrowserTests,
  start('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'unit.json')}`], { NO_COLOR: '1' }),
]);
if (!checked) {
  console.log('TYPE-CHECK FAILED');
  gateFailures++;
}
if (!linted) {
  console.log('LINT FAILED');
  gateFailures++;
}

stamp(`browser tests (Playwright, Chromium): ${E2E_PROJECTS[1]}, alone`);
run('npx', ['playwright', 'test', `--project=${E2E_PROJECTS[1]}`], e2eEnv(E2E_PROJECTS[1], built));

stamp('summary');
let passed = 0;
let failed = gateFailures;
const unit = readJson('unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (!unit.success && unit.numFailedTests === 0) failed += 1; // e.g. a suite that failed to load
} else {
  console.log('unit: no report (the runner crashed)');
  failed += 1;
}
for (const project of E2E_PROJECTS) {
  const e2e = readJson(`e2e-${project}.json`);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
    if (e2e.errors?.length) failed += 1;
  } else {
    console.log(`e2e ${project}: no report (the runner crashed)`);
    failed += 1;
  }
}
if (passed + failed === 0) failed = 1; // a run that executed nothing is never green
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
