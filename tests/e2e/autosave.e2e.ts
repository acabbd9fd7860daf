import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';

// No edit is lost when the page goes away soon after it, in Chromium with a persistent profile:
// reload, tab close and browser close at 0, 50, 300 and 1,300 ms after an edit, and a killed
// browser (SIGKILL of its process group) at 300 and 1,300 ms. AUTOSAVE_TRIALS sets the trials per
// case (default 1, so the spec stays short in `npm test`; the figure is 20). Every trial's
// outcome is printed, and each case must lose none.

const TRIALS = Number(process.env['AUTOSAVE_TRIALS'] ?? 1);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const LEVER = '提高劳动报酬比重政策';

type Ending = 'reload' | 'tab-close' | 'browser-close' | 'kill';
type Scope = 'library' | 'draft';

/** The pid of the browser process using `profile` (found by its command line; Playwright starts it as a process group leader). */
function browserPid(profile: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmdline.split('\0');
    if (args.includes(`--user-data-dir=${profile}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process for ${profile}`);
}

/** One persistent profile, opened and reopened across trials. */
class Profile {
  readonly dir = mkdtempSync(join(tmpdir(), 'autosave-profile-'));
  context!: BrowserContext;
  page!: Page;
  /** Uncaught page errors of every page opened (none is expected). */
  readonly errors: string[] = [];

  constructor(readonly baseURL: string) {}

  async launch(): Promise<void> {
    this.context = await chromium.launchPersistentContext(this.dir, { executablePath: CHROMIUM, headless: true, args: ARGS, baseURL: this.baseURL });
    this.context.on('page', (page) => this.#watch(page));
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    this.#watch(this.page);
    await this.load();
  }

  #watch(page: Page): void {
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
  }

  /** Opens the app and waits until it has read the stored scenario (the journal is replayed before that). */
  async load(): Promise<void> {
    await this.page.goto('/');
    await this.ready();
  }

  /** Waits until the page has read the stored scenario (its first model run may still be going). */
  async ready(): Promise<void> {
    await expect(this.page.locator('main[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
  }

  slider() {
    return this.page.getByRole('slider', { name: LEVER });
  }

  async end(ending: Ending): Promise<void> {
    if (ending === 'reload') {
      await this.page.reload();
      await this.ready();
    } else if (ending === 'tab-close') {
      await this.page.close();
      this.page = await this.context.newPage();
      await this.load();
    } else if (ending === 'browser-close') {
      await this.context.close();
      await this.launch();
    } else {
      process.kill(-browserPid(this.dir), 'SIGKILL');
      await this.context.close().catch(() => undefined);
      await this.launch();
    }
  }

  async dispose(): Promise<void> {
    await this.context.close().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const CASES: readonly (readonly [Ending, readonly number[]])[] = [
  ['reload', [0, 50, 300, 1300]],
  ['tab-close', [0, 50, 300, 1300]],
  ['browser-close', [0, 50, 300, 1300]],
  ['kill', [300, 1300]],
];

for (const scope of ['library', 'draft'] as const satisfies readonly Scope[]) {
  test(`an edit of a ${scope === 'library' ? 'library scenario' : 'draft'} survives a reload, tab close, browser close or kill soon after it (${TRIALS} trials per case)`, async ({ baseURL }) => {
    const cases = CASES.reduce((n, [, delays]) => n + delays.length, 0);
    test.setTimeout(60_000 + cases * TRIALS * 6_000);
    const profile = new Profile(baseURL!);
    const lost: string[] = [];
    try {
      await profile.launch();
      if (scope === 'library') {
        await profile.page.getByTestId('scenario-name').fill('Autosave');
        await profile.page.getByTestId('save-to-library').click();
        await expect(profile.page.getByTestId('draft-state')).toBeHidden();
      }
      for (const [ending, delays] of CASES) {
        for (const delay of delays) {
          let lostHere = 0;
          for (let trial = 0; trial < TRIALS; trial++) {
            const slider = profile.slider();
            const before = Number(await slider.inputValue());
            // Up one step from 0, else down: every trial changes the value, within the range.
            const up = before < 0.05;
            await slider.focus();
            await profile.page.keyboard.press(up ? 'ArrowRight' : 'ArrowLeft');
            const expected = (Math.round(before * 10) + (up ? 1 : -1)) / 10;
            if (delay > 0) await profile.page.waitForTimeout(delay);
            await profile.end(ending);
            const after = Number(await profile.slider().inputValue());
            const onLibrary = scope === 'draft' || !(await profile.page.getByTestId('draft-state').isVisible());
            if (after !== expected || !onLibrary) {
              lostHere++;
              lost.push(`${ending} at ${delay} ms, trial ${trial + 1}: expected ${expected}, found ${after}${onLibrary ? '' : ' (not the library scenario)'}`);
            }
          }
          console.log(`autosave ${scope} ${ending} at ${delay} ms: ${lostHere} of ${TRIALS} lost`);
        }
      }
    } finally {
      await profile.dispose();
    }
    expect(lost).toEqual([]);
    expect(profile.errors).toEqual([]);
  });
}
