import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
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
  test('the CSV holds the numbers on screen, in the chosen language', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年');
    await moveLever(page);

    // Keyboard: tab focus on the button, Enter downloads.
    const csvButton = page.getByRole('button', { name: '下载 CSV' });
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
    const enFile = await download(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    expect(enFile.suggestedFilename()).toMatch(/^prosperity-sandbox-\d{4}-\d{2}-\d{2}\.csv$/);
    const en = await csvRows(enFile);
    expect(en[0]!.slice(0, 4)).toEqual(['Output id', 'Output', 'Unit', 'Series']);
    expect(en.find((r) => r[0] === 'income_per_capita')!.slice(1, 4)).toEqual(['Per-capita disposable income', 'yuan per person a year', 'Scenario']);
    expect(value2025(en, 'income_per_capita')).toBe(income);
    // The scorecard sets number and unit apart with a margin, not a space.
    await expect(scorecardValue(page, 'income_per_capita')).toHaveText(new RegExp(`^${Math.round(income).toLocaleString('en-GB')}\\s?yuan$`));
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
    await expect(page.getByRole('group', { name: 'Export' }).getByRole('button')).toHaveText(['⤓ Download CSV', '⤓ Download scorecard CSV', 'Print brief']);
    await expect(page.getByRole('button', { name: 'Download chart as PNG: Per-capita disposable income' })).toBeVisible();
  });
});
