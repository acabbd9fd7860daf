#!/usr/bin/env node
// Installs what the project needs when it is missing or stale, and nothing else:
//   - npm packages, with `npm ci`, when node_modules is absent or older than package-lock.json;
//   - with --browser: Debian's Chromium for the browser tests, via apt when running as root.
// Uses only Node's standard library, so it runs before anything is installed. Everything it prints
// goes to stderr, so `npm run simulate > results.json` stays clean even on the first run.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, accessSync, constants } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'node_modules', '.install-stamp');

function lockHash() {
  return createHash('sha256')
    .update(readFileSync(join(root, 'package-lock.json')))
    .digest('hex');
}

function ensurePackages() {
  const wanted = lockHash();
  const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
  if (have === wanted) return;
  console.error(existsSync(join(root, 'node_modules')) ? '› dependencies changed: npm ci' : '› installing dependencies: npm ci');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: ['ignore', 2, 2], env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
  writeFileSync(stampFile, wanted + '\n');
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (isExecutable(path)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = isExecutable('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      `✗ The browser tests need Chromium at ${path}, and it is not there.\n` +
        (hasApt ? '  Install it with: sudo apt-get install -y chromium\n' : '  Install Chromium and set CHROMIUM_PATH to its executable.\n') +
        '  (Playwright cannot download its own browser on this network.)',
    );
    process.exit(1);
  }
  console.error('› installing Debian chromium for the browser tests (apt-get)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk', { stdio: ['ignore', 2, 2], env });
      if (isExecutable(path)) return;
    } catch {
      console.error(`  apt attempt ${attempt} failed`);
    }
  }
  console.error(`✗ Could not install chromium with apt-get; the browser tests cannot run.`);
  process.exit(1);
}

ensurePackages();
if (process.argv.includes('--browser')) ensureChromium();
