import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The installed app: after one visit online, the service worker serves every file from its cache,
// so the app loads, computes and saves with the network cut; a new build waits until the user
// reloads into it. (The other specs block service workers, see playwright.config.ts.)
test.use({ serviceWorkers: 'allow' });

/** The build the preview server serves (playwright.config.ts reads the same variable). */
const OUT_DIR = fileURLToPath(new URL(`../../${process.env['E2E_OUT_DIR'] ?? 'dist'}/`, import.meta.url));
/** The baseline headline's income, and the one with one more point of GDP paid as wages (levers.e2e.ts). */
const BASELINE_INCOME = '7.10万元';
const LABOUR_SHARE_INCOME = '7.16万元';
const LEVER = '提高劳动报酬比重政策';

/** Every file of the build that the app may load: all but the static host's _headers and the service worker's own scripts. */
function appFiles(dir = OUT_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return appFiles(path);
    const name = relative(OUT_DIR, path).split('\\').join('/');
    return name === '_headers' || name === 'sw.js' || /^workbox-[\w-]+\.js$/.test(name) ? [] : [name];
  });
}

/** Waits until the service worker has installed (its precache filled) and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The paths of every response held in the page's Cache Storage. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname.replace(/^\//, ''));
    }
    return paths;
  });
}

/** A mark on the page's window, gone when the page reloads. */
async function setMark(page: Page, value: string): Promise<void> {
  await page.evaluate((v) => ((window as unknown as { testMark?: string }).testMark = v), value);
}

function mark(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { testMark?: string }).testMark);
}

test.describe('offline use', () => {
  test('after one visit the app loads, computes and saves to the library with the network cut, in both languages, under its CSP', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    const headline = page.getByTestId('headline');
    await expect(headline).toContainText(BASELINE_INCOME);
    await waitForServiceWorker(page);
    // Every file of the build is cached: the page, its scripts and styles, the model, Monte Carlo
    // and import workers, the icons, the manifest and the scenario schema.
    const files = appFiles();
    expect(files).toEqual(
      expect.arrayContaining(['index.html', 'manifest.webmanifest', 'scenario.schema.json', expect.stringMatching(/^assets\/model\.worker-/)]),
    );
    expect(await cachedPaths(page)).toEqual(expect.arrayContaining(files));
    // Installable: Chromium finds nothing missing (manifest, icons, a service worker with a fetch
    // handler). It reports only that a test's browser context is an incognito profile, where it
    // installs nothing whatever the app.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

    await context.setOffline(true);
    const workerScripts: { url: string; fromServiceWorker: boolean; csp: string | undefined }[] = [];
    page.on('response', (r) => {
      if (/\.worker-[\w-]+\.js$/.test(r.url()))
        workerScripts.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker(), csp: r.headers()['content-security-policy'] });
    });
    const response = await page.reload();
    // The page comes from the cache with the policy it was served with.
    expect(response?.fromServiceWorker()).toBe(true);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("worker-src 'self'");
    // WebAssembly compiles (the least-cost package's LP solver), and nothing else is evaluated.
    expect(policy.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
    await expect(headline).toContainText(BASELINE_INCOME);
    // The model workers came from the cache too, each with the policy as its own (a worker's CSP is that of its script's response).
    expect(workerScripts.filter((w) => w.url.includes('model.worker')).length).toBeGreaterThan(0);
    for (const w of workerScripts) expect(w, w.url).toMatchObject({ fromServiceWorker: true, csp: policy });

    // A lever moves the result, computed offline.
    const slider = page.getByRole('slider', { name: LEVER });
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('1');
    await expect(headline).toContainText(LABOUR_SHARE_INCOME);

    // Saved to the library, offline.
    const nameField = page.getByTestId('scenario-name');
    await nameField.fill('离线试算 Offline');
    await nameField.press('Enter');
    await page.getByTestId('save-to-library').click();
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await expect(headline).toContainText('In 2025');
    await page.getByTestId('open-library').click();
    await expect(page.getByTestId('library').getByRole('button', { name: 'Open “离线试算 Offline”' })).toBeVisible();
  });

  test('a new build waits: “有新版本可用 / Update available” until the user reloads into it from the keyboard', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await waitForServiceWorker(page);
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toHaveCount(0);

    // A new build is deployed: its service worker script differs from the one installed.
    const swFile = join(OUT_DIR, 'sw.js');
    const deployed = readFileSync(swFile, 'utf8');
    try {
      writeFileSync(swFile, `${deployed}\n// the next build\n`);
      await setMark(page, 'before the update');
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await expect(prompt).toContainText('有新版本可用');
      // Nothing changes under the user: the same page, and the new version waiting.
      expect(await mark(page)).toBe('before the update');
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting !== null))).toBe(true);

      await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
      await expect(prompt).toContainText('Update available');
      const axe = await new AxeBuilder({ page }).include('[data-testid="update-prompt"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      // "Later" puts it off; a reload keeps the waiting version waiting, and offers it again.
      await prompt.getByRole('button', { name: 'Later' }).click();
      await expect(prompt).toHaveCount(0);
      await page.reload();
      await expect(prompt).toContainText('Update available');
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting !== null))).toBe(true);

      // From the keyboard: the notice's buttons are the page's last Tab stops.
      await setMark(page, 'before the reload');
      await page.locator('body').focus();
      await page.keyboard.press('Shift+Tab');
      await expect(prompt.getByRole('button', { name: 'Later' })).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      const reload = prompt.getByRole('button', { name: 'Reload' });
      await expect(reload).toBeFocused();
      const reloaded = page.waitForEvent('load');
      await page.keyboard.press('Enter');
      await reloaded;
      // A new page, which the new version controls; nothing waits any more.
      expect(await mark(page)).toBeUndefined();
      await expect(page.getByTestId('headline')).toBeVisible();
      await expect(prompt).toHaveCount(0);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting === null && r.active !== null))).toBe(true);
    } finally {
      writeFileSync(swFile, deployed);
    }
  });
});
