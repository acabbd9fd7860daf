import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { addIndicator, expect, test } from './fixtures';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../support/parse-csv';

// The exports: the CSV of every output, a chart as PNG, and the printable brief.

const BOM = '\uFEFF';
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Triggers a download with an action and returns it. */
async function download(page: Page, action: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return file;
}

/** Parses a downloaded CSV (checking its BOM) into rows. */
async function csvRows(file: Download): Promise<string[][]> {
  const text = (await downloaded(file)).toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  return parseCsv(text.slice(BOM.length));
}

/** The 2025 value of an output's scenario row. */
function value2025(rows: string[][], id: string): number {
  const header = rows[0]!;
  const row = rows.find((r) => r[0] === id && r[3] === (header[0] === 'Output id' ? 'Scenario' : '情景'));
  expect(row, id).toBeDefined();
  return Number(row![header.indexOf('2025')]);
}

/** The command line's CSV of a scenario document (npm run simulate -- s.json --out r.csv …), as text. */
function cliCsv(doc: object, args: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'prosperity-e2e-csv-'));
  try {
    const scenario = join(dir, 's.json');
    const out = join(dir, 'r.csv');
    writeFileSync(scenario, JSON.stringify(doc));
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const run = spawnSync('npx', ['tsx', 'scripts/simulate.ts', scenario, '--out', out, ...args], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Moves the labour-share lever one point up with the keyboard (2025 income 7.16万元). */
async function moveLever(page: Page): Promise<void> {
  const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('headline')).toContainText('7.16万元');
}

function scorecardValue(page: Page, id: string) {
  return page.getByTestId('scorecard').locator(`tr[data-target-id="${id}"] [data-col="value"]`);
}

test.describe('exports', () => {
  test("the CSV holds the numbers on screen, in the chosen language, and the wide CSV is the command line's", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年');
    await moveLever(page);

    // Keyboard: tab focus on the button, Enter downloads.
    const csvButton = page.getByRole('button', { name: '下载 CSV（长表）' });
    await csvButton.focus();
    const zhFile = await download(page, () => page.keyboard.press('Enter'));
    expect(zhFile.suggestedFilename()).toMatch(/^共富政策沙盘-\d{4}-\d{2}-\d{2}\.csv$/);
    const zh = await csvRows(zhFile);
    expect(zh[0]!.slice(0, 6)).toEqual(['指标代码', '指标', '单位', '序列', '2020', '2021']);
    expect(zh[0]!.at(-1)).toBe('2035');
    expect(zh.find((r) => r[0] === 'income_per_capita')!.slice(1, 4)).toEqual(['全体居民人均可支配收入', '元/人·年', '情景']);

    // The 2025 scenario values, rounded as the scorecard rounds them, are what the scorecard shows.
    const income = value2025(zh, 'income_per_capita');
    const ratio = value2025(zh, 'urban_rural_income_ratio');
    await expect(scorecardValue(page, 'income_per_capita')).toHaveText(`${(income / 1e4).toFixed(2)}万元`);
    await expect(scorecardValue(page, 'urban_rural_income_ratio')).toHaveText(ratio.toFixed(2));
    expect(income).toBeGreaterThan(70_000);

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByTestId('headline')).toContainText('In 2025');
    const enFile = await download(page, () => page.getByRole('button', { name: 'Download CSV (long)' }).click());
    expect(enFile.suggestedFilename()).toMatch(/^prosperity-sandbox-\d{4}-\d{2}-\d{2}\.csv$/);
    const en = await csvRows(enFile);
    expect(en[0]!.slice(0, 4)).toEqual(['Output id', 'Output', 'Unit', 'Series']);
    expect(en.find((r) => r[0] === 'income_per_capita')!.slice(1, 4)).toEqual(['Per-capita disposable income', 'yuan per person a year', 'Scenario']);
    expect(value2025(en, 'income_per_capita')).toBe(income);
    // The scorecard sets number and unit apart with a margin, not a space.
    await expect(scorecardValue(page, 'income_per_capita')).toHaveText(new RegExp(`^${Math.round(income).toLocaleString('en-GB')}\\s?yuan$`));

    // The wide layout, and the same bytes as the command line gives for this scenario (the lever at 1 point).
    const wideFile = await download(page, () => page.getByRole('button', { name: 'Download CSV (wide)' }).click());
    expect(wideFile.suggestedFilename()).toMatch(/^prosperity-sandbox-wide-\d{4}-\d{2}-\d{2}\.csv$/);
    const wideText = (await downloaded(wideFile)).toString('utf8');
    const wide = parseCsv(wideText.slice(BOM.length));
    expect(wide[0]!.slice(0, 3)).toEqual(['Series', 'Year', 'income_per_capita']);
    expect(Number(wide.find((r) => r[0] === 'Scenario' && r[1] === '2025')![2])).toBe(income);
    expect(wideText).toBe(cliCsv({ schemaVersion: 2, overrides: { labour_share_policy: 1 } }, ['--layout', 'wide', '--lang', 'en']));
  });

  test('the chart button saves the chart as a PNG', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年');
    const button = page.getByTestId('focus-chart').getByRole('button', { name: '下载图表 PNG：全体居民人均可支配收入' });
    await expect(button).toBeVisible();
    const file = await download(page, () => button.click());
    expect(file.suggestedFilename()).toMatch(/^全体居民人均可支配收入-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = await downloaded(file);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(bytes.length).toBeGreaterThan(5_000);

    // Another view's chart has its own button.
    await page.getByRole('tab', { name: '设区市' }).click();
    const cityButton = page
      .getByTestId('city-bars')
      .locator('xpath=following-sibling::*[1]')
      .getByRole('button', { name: /^下载图表 PNG：/ });
    const cityFile = await download(page, () => cityButton.click());
    expect([...(await downloaded(cityFile)).subarray(0, 8)]).toEqual(PNG_MAGIC);
  });

  test('printing shows the brief (changed lever, scorecard, charts) and hides the app', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年');
    await moveLever(page);
    const income = await scorecardValue(page, 'income_per_capita').textContent();

    // The Print brief button opens the browser's print (stubbed: headless Chromium has no dialog).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: '打印简报' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const brief = page.getByTestId('brief');
    await expect(brief).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(brief).toBeVisible();
    await expect(page.locator('#app')).toBeHidden();
    await expect(page.getByRole('heading', { name: '未命名情景' })).toBeVisible();
    await expect(brief).toContainText('提高劳动报酬比重政策');
    await expect(brief).toContainText('1.0个百分点');
    const row = brief.getByTestId('brief-scorecard').locator('tr[data-target-id="income_per_capita"]');
    await expect(row).toContainText(income!.trim());
    await expect(row).toContainText('≥ 7.5万元');
    await expect(brief.getByTestId('brief-scorecard').locator('tbody tr')).toHaveCount(13);
    await expect(brief.getByRole('img', { name: /^全体居民人均可支配收入/ })).toBeVisible();
    await expect(brief.getByRole('img', { name: /^城乡居民收入倍差/ })).toBeVisible();
    await expect(brief).toContainText('模型版本 2.0.0');

    const axe = await new AxeBuilder({ page }).include('[data-testid="brief"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // Back on screen: the app returns, the brief goes.
    await page.emulateMedia({ media: 'screen' });
    await expect(brief).toBeHidden();
    await expect(page.locator('#app')).toBeVisible();
  });

  test("the brief prints the scenario's fiscal cost: the fiscal panel's 2021–2025 total, per year and as a share of revenue, in both languages", async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    // About an A4 page's width at 96 dpi, so the screenshot shows the printed layout.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.goto('/');
    await expect(page.getByTestId('fiscal-no-cost')).toBeVisible({ timeout: 30_000 });
    await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
    const panelTotal = page.getByTestId('fiscal-panel').getByTestId('fiscal-total-cumulative');
    // The transfers-led preset's published figures (tests/e2e/scorecard.e2e.ts): 2,240.4亿元 over 2021–2025, 5.57 % of revenue in 2021.
    await expect(panelTotal).toHaveText('2,240.4');
    const brief = page.getByTestId('brief');
    await page.emulateMedia({ media: 'print' });
    const fiscal = brief.getByTestId('brief-fiscal');
    await expect(fiscal.getByTestId('brief-fiscal-cumulative')).toHaveText('2,240.4');
    await expect(fiscal).toContainText('2021–2025年累计新增财政成本：2,240.4亿元');
    await expect(fiscal.locator('tfoot tr').nth(1)).toContainText('5.57%');
    await expect(fiscal.locator('tr[data-fiscal-id="dibao_savings"] td').first()).toHaveText('\u22129.4');
    await expect(fiscal).toContainText('财政来源：举债');
    await page.screenshot({ path: testInfo.outputPath('brief-print-zh.png'), fullPage: true });

    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(panelTotal).toHaveText('224.04');
    await page.emulateMedia({ media: 'print' });
    await expect(fiscal.getByTestId('brief-fiscal-cumulative')).toHaveText('224.04');
    await expect(fiscal).toContainText('Cumulative extra fiscal cost 2021–2025: 224.04 bn yuan');
    await expect(fiscal.locator('tfoot tr').nth(1)).toContainText('5.57%');
    await page.screenshot({ path: testInfo.outputPath('brief-print-en.png'), fullPage: true });
    const axe = await new AxeBuilder({ page }).include('[data-testid="brief"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  test("a custom target reaches the exports: its row in the scorecard CSV, its series in the results CSV (the command line's bytes), its row in the brief, in both languages", async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年');
    // The rural share of income per head, aiming at 0.635 in 2025 (the baseline has 0.624).
    await addIndicator(page, { name: '农村收入占比', expression: 'income_per_capita_rural / income_per_capita', threshold: '0.635' });
    const row = page.locator('[data-testid="custom-rows"] tr[data-custom-id="ind_1"]');
    await expect(row).toHaveAttribute('data-state', 'missed');
    const shown = (await row.locator('[data-col="value"]').innerText()).trim();

    // The scorecard CSV: the plan's rows, then the custom target's, marked custom.
    const zh = await csvRows(await download(page, () => page.getByRole('button', { name: '下载计分卡 CSV' }).click()));
    expect(zh[0]!.at(-1)).toBe('类型');
    const zhRow = zh.at(-1)!;
    expect(zhRow[0]).toBe('custom.ind_1');
    expect([zhRow[1], zhRow[3], zhRow[4], zhRow[5], zhRow[10], zhRow[11]]).toEqual(['农村收入占比', '0.635', '>=', '未达标', '2025', '自定义']);
    // Its value is the one on screen, unrounded; its gap is value − 0.635.
    expect(Number(zhRow[2]).toFixed(3)).toBe(shown);
    expect(Number(zhRow[9])).toBeCloseTo(Number(zhRow[2]) - 0.635, 12);
    expect(zh.filter((r) => r[11] === '规划目标')).toHaveLength(zh.length - 2);

    // The results CSV: the same bytes as the command line's for this scenario.
    const doc = {
      schemaVersion: 3,
      overrides: {},
      indicators: [
        {
          id: 'ind_1',
          label: { zh: '农村收入占比' },
          expression: 'income_per_capita_rural / income_per_capita',
          target: { comparator: '>=', threshold: 0.635, year: 2025 },
        },
      ],
    };
    const longText = (await downloaded(await download(page, () => page.getByRole('button', { name: '下载 CSV（长表）' }).click()))).toString('utf8');
    expect(
      parseCsv(longText.slice(BOM.length))
        .find((r) => r[0] === 'custom.ind_1')!
        .slice(1, 4),
    ).toEqual(['农村收入占比（自定义）', '', '情景']);
    expect(longText).toBe(cliCsv(doc, ['--lang', 'zh']));

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByTestId('headline')).toContainText('In 2025');
    const en = await csvRows(await download(page, () => page.getByRole('button', { name: 'Download scorecard CSV' }).click()));
    expect(en[0]!.slice(-3)).toEqual(['Gap', 'Target year', 'Kind']);
    // The name stays as typed (in Chinese); status and kind are in English.
    expect([en.at(-1)![0], en.at(-1)![1], en.at(-1)![5], en.at(-1)![11]]).toEqual(['custom.ind_1', '农村收入占比', 'Missed', 'Custom']);
    const wideText = (await downloaded(await download(page, () => page.getByRole('button', { name: 'Download CSV (wide)' }).click()))).toString('utf8');
    expect(parseCsv(wideText.slice(BOM.length))[0]!.at(-1)).toBe('custom.ind_1');
    expect(wideText).toBe(cliCsv(doc, ['--layout', 'wide', '--lang', 'en']));

    // The brief: the custom target after the plan's 13, marked custom, with its value, target and verdict.
    const brief = page.getByTestId('brief');
    for (const [language, width, height] of [
      ['en', 1280, 720],
      ['zh', 390, 844],
    ] as const) {
      if (language === 'zh') {
        await page.emulateMedia({ media: 'screen' });
        await page.getByRole('button', { name: /^中文/ }).click();
        await expect(page.getByTestId('headline')).toContainText('2025年');
      }
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ media: 'print' });
      const table = brief.getByTestId('brief-scorecard');
      await expect(table.locator('tbody tr')).toHaveCount(14);
      const custom = table.locator('tbody tr').last();
      await expect(custom).toHaveAttribute('data-custom-id', 'ind_1');
      await expect(custom.locator('th')).toContainText(language === 'en' ? '农村收入占比custom' : '农村收入占比自定义');
      await expect(custom.locator('th')).toContainText('income_per_capita_rural / income_per_capita');
      await expect(custom.locator('[data-col="value"]')).toHaveText(shown);
      await expect(custom.locator('[data-col="target"]')).toHaveText(language === 'en' ? '≥ 0.635 in 2025' : '2025年 ≥ 0.635');
      await expect(custom.locator('[data-col="status"]')).toHaveText(language === 'en' ? 'Missed ✗' : '未达标 ✗');
      await expect(custom.locator('[data-col="basis"]')).toHaveText(language === 'en' ? 'Expression of model outputs' : '模型输出的算式');
      await page.screenshot({ path: testInfo.outputPath(`brief-custom-${language}-${width}.png`), fullPage: true });
      const axe = await new AxeBuilder({ page }).include('[data-testid="brief"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }
  });

  test('the export controls have no serious or critical axe violation, in both languages', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年');
    for (const language of ['zh', 'en'] as const) {
      if (language === 'en') {
        await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
        await expect(page.getByTestId('headline')).toContainText('In 2025');
      }
      const results = await new AxeBuilder({ page })
        .include('header')
        .include('[data-testid="focus-chart"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious, language).toEqual([]);
    }
    await expect(page.getByRole('group', { name: 'Export' }).getByRole('button')).toHaveText([
      '⤓ Download CSV (long)',
      '⤓ Download CSV (wide)',
      '⤓ Download scorecard CSV',
      'Print brief',
    ]);
    await expect(page.getByRole('button', { name: 'Download chart as PNG: Per-capita disposable income' })).toBeVisible();
  });
});
