import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';

// No edit is lost when the page goes away soon after it, in Chromium with a persistent profile:
// reload, tab close and browser close at 0, 50, 300 and 1,300 ms after an edit, and a killed
// browser (SIGKILL of its process group) at 300 and 1,300 ms. AUTOSAVE_TRIALS sets the trials per
// case and runs every case (the figure is 20 trials); without it, `npm test` runs one trial
// of each ending at its earliest delay, to stay short. Every trial's outcome is printed, and
// each case must lose none.

const TRIALS = Number(process.env['AUTOSAVE_TRIALS'] ?? 1);
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
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

const ALL_CASES: readonly (readonly [Ending, readonly number[]])[] = [
  ['reload', [0, 50, 300, 1300]],
  ['tab-close', [0, 50, 300, 1300]],
  ['browser-close', [0, 50, 300, 1300]],
  ['kill', [300, 1300]],
];
/**
 * What `npm test` runs: one trial of each ending at its earliest delay (0 ms; 300 ms for a kill),
 * the edit least likely to have been saved. AUTOSAVE_TRIALS runs every case.
 */
const QUICK_CASES: readonly (readonly [Ending, readonly number[]])[] = ALL_CASES.map(([ending, delays]) => [ending, delays.slice(0, 1)] as const);
// AUTOSAVE_ENDINGS (e.g. "browser-close,kill") runs only those endings, to measure some cases at many trials.
const ENDINGS = process.env['AUTOSAVE_ENDINGS']?.split(',');
const MEASURED = process.env['AUTOSAVE_TRIALS'] !== undefined ? ALL_CASES : QUICK_CASES;
const CASES = ENDINGS ? MEASURED.filter(([ending]) => ENDINGS.includes(ending)) : MEASURED;

for (const scope of ['library', 'draft'] as const satisfies readonly Scope[]) {
  test(`an edit of a ${scope === 'library' ? 'library scenario' : 'draft'} survives a reload, tab close, browser close or kill soon after it (${TRIALS} trials per case)`, async ({
    baseURL,
  }) => {
    const cases = CASES.reduce((n, [, delays]) => n + delays.length, 0);
    // Generous: a trial takes about 2 s on a quiet machine and over 10 s on a loaded one.
    test.setTimeout(60_000 + cases * TRIALS * 20_000);
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

/** The stored overrides of the library scenario named `name`, and every version's value of `lever`, read straight from IndexedDB. */
async function storedScenario(page: Page, name: string, lever: string): Promise<{ overrides: Record<string, unknown>; history: unknown[] }> {
  return page.evaluate(
    ([scenarioName, leverId]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('prosperity-sandbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['scenarios', 'versions'], 'readonly');
          const all = tx.objectStore('scenarios').getAll();
          const versions = tx.objectStore('versions').getAll();
          tx.oncomplete = () => {
            type Row = { id: string; doc: { name: string; overrides: Record<string, unknown> } };
            const record = (all.result as Row[]).find((r) => r.id !== 'working' && r.doc.name === scenarioName);
            const rows = (versions.result as { id: number; scenarioId: string; doc: Row['doc'] }[])
              .filter((v) => v.scenarioId === record?.id)
              .sort((a, b) => b.id - a.id);
            open.result.close();
            resolve({ overrides: record?.doc.overrides ?? {}, history: rows.map((v) => v.doc.overrides[leverId]) });
          };
        };
      }),
    [name, lever] as const,
  );
}

/** Two pages of one context on the same library scenario (the second opened from the library). */
async function twoTabs(context: BrowserContext, name: string): Promise<[Page, Page]> {
  const a = await context.newPage();
  await a.goto('/');
  await expect(a.locator('main[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await a.getByTestId('scenario-name').fill(name);
  await a.getByTestId('save-to-library').click();
  await expect(a.getByTestId('draft-state')).toBeHidden();
  const b = await context.newPage();
  await b.goto('/');
  await expect(b.locator('main[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await expect(b.getByTestId('scenario-name')).toHaveValue(name);
  return [a, b];
}

/** Moves a lever one keyboard step up and waits until the page has saved it. */
async function stepUp(page: Page, label: string): Promise<void> {
  const slider = page.getByRole('slider', { name: label });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
}

test('two tabs: 20 alternating edits of different levers all reach the stored scenario', async ({ context }) => {
  test.setTimeout(300_000);
  const [a, b] = await twoTabs(context, 'Two tabs');
  const leversA = [
    '最低工资标准上调幅度',
    '低保标准提高幅度',
    '低保应保尽保（提高覆盖率）',
    '城乡居民基础养老金提高额',
    '低收入家庭定向补助',
    '山区26县新增转移支付',
    '村级集体经济投入',
    '农村创业（农创客）扶持资金',
  ];
  const leversB = [
    '提高劳动报酬比重政策',
    '农村居民财产净收入额外增速（土地制度改革）',
    '城镇居民财产净收入额外增速',
    '高收入者个人所得税平均税率调整',
    '山区资金中直接补助比例',
    '山区资金中就业帮扶比例',
    '户籍制度改革：城镇化加速',
    '农业转移人口市民化比例',
  ];
  for (let step = 0; step < 20; step++) {
    const [page, levers] = step % 2 === 0 ? [a, leversA] : [b, leversB];
    await stepUp(page, levers[Math.floor(step / 2) % 8]!);
  }
  // Each lever one step up from its default; the first two of each tab two steps (catalog steps and defaults).
  const expected = {
    min_wage_uplift: 2,
    dibao_uplift: 2,
    dibao_take_up_gain: 1,
    pension_uplift: 10,
    low_income_topup: 100,
    mountain_transfer: 1,
    collective_economy_investment: 1,
    rural_entrepreneurship: 0.5,
    labour_share_policy: 0.2,
    property_income_rural: 1,
    property_income_urban: 0.1,
    pit_top_rate_change: 0.5,
    mountain_share_direct: 0.35,
    mountain_share_jobs: 0.25,
    hukou_pace: 0.001,
    hukou_citizenisation: 1,
  };
  const { overrides } = await storedScenario(b, 'Two tabs', 'min_wage_uplift');
  const lost = Object.entries(expected).filter(([id, value]) => overrides[id] !== value);
  console.log(`two tabs, different levers: ${lost.length} of 16 levers lost`);
  expect(overrides).toEqual(expected);
  await expect(a.getByTestId('conflict-notice')).toBeHidden();
  await expect(b.getByTestId('conflict-notice')).toBeHidden();
});

test('two tabs: the same lever edited in both is a conflict shown with both values; history keeps the other, and it can be taken back', async ({ context }) => {
  test.setTimeout(120_000);
  const [a, b] = await twoTabs(context, 'Same lever');
  await stepUp(a, '最低工资标准上调幅度');
  // One edit in the second tab (a typed value), which still has the scenario as it was before the first tab's save.
  const field = b.getByRole('spinbutton', { name: '最低工资标准上调幅度' });
  await field.fill('3');
  await field.press('Tab');
  await expect(b.getByTestId('save-state')).toHaveText('已保存');
  const slider = b.getByRole('slider', { name: '最低工资标准上调幅度' });
  const notice = b.getByTestId('conflict-notice');
  await expect(notice).toContainText('最低工资标准上调幅度');
  await expect(notice).toContainText('本页：3；另一个标签页：1');
  expect(await storedScenario(b, 'Same lever', 'min_wage_uplift')).toEqual({ overrides: { min_wage_uplift: 3 }, history: [3, 1, undefined] });
  await notice.getByRole('button', { name: '改用另一个标签页的值：最低工资标准上调幅度' }).click();
  await expect(notice).toBeHidden();
  await expect(slider).toHaveValue('1');
  await expect(b.getByTestId('save-state')).toHaveText('已保存');
  expect((await storedScenario(b, 'Same lever', 'min_wage_uplift')).overrides).toEqual({ min_wage_uplift: 1 });
});
