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

// The type-check, the lint, the browser tests' production build and the unit and model tests run
// side by side: the first three are mostly one thread each, and together they fill the gaps of the
// fourth on this 2-core machine. Each one's output is printed when it ends.
stamp(
  "type-check (svelte-check, model and worker realms), lint (zero warnings; includes the architecture boundaries), the browser tests' build and the unit and model tests (vitest), side by side",
);
const [checked, linted, built] = await Promise.all([
  start('npm', ['run', '-s', 'check'], { NO_COLOR: '1' }),
  start('npm', ['run', '-s', 'lint'], { NO_COLOR: '1' }),
  start('npx', ['vite', 'build', '--outDir', process.env['E2E_OUT_DIR'] ?? 'dist', '--logLevel', 'warn']),
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

// With the bundle built above, Playwright only serves it (a failed build is built again there, and
// fails there). The specs that time the page run alone, after the others (see playwright.config.ts).
const E2E_PROJECTS = ['side-by-side', 'one-at-a-time'];
for (const project of E2E_PROJECTS) {
  stamp(`browser tests (Playwright, Chromium): ${project}`);
  run('npx', ['playwright', 'test', `--project=${project}`], {
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    E2E_REPORT: join(reports, `e2e-${project}.json`),
    ...(built && { E2E_PREBUILT: '1' }),
  });
}

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
