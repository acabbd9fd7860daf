import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { addIndicator, expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { parseCsv } from '../support/parse-csv';

const FIXTURES = fileURLToPath(new URL('../fixtures/scenarios', import.meta.url));
const RURAL = 'income_per_capita_rural / income_per_capita';

async function axeClean(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="compare"]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The comparison CSV the button downloads, as rows (its BOM checked and dropped). */
async function compareCsv(page: Page, name: string): Promise<string[][]> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare').getByRole('button', { name }).click()]);
  const text = (await readFile(await file.path())).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1));
}

// Three scenarios run exactly one after another: allow for a loaded machine.
test.describe.configure({ timeout: 180_000 });

test('custom indicators compared: the rural share on screen and in a file (ids, names and spacing differ), a scenario without it, a preset measured by the on-screen indicators, in Chinese and English, CSV and brief, axe clean', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  // The scenario on screen: the rural share of income per head, aiming at 0.635 in 2025.
  const indicators = page.getByTestId('custom-indicators');
  await addIndicator(page, { name: '农村收入占比', expression: 'income_per_capita_rural/income_per_capita', threshold: '0.635' });
  const scorecardRow = page.locator('[data-testid="custom-rows"] tr[data-custom-id="ind_1"]');
  await expect(scorecardRow).toHaveAttribute('data-state', /reached|missed/);
  const onScreenValue = (await scorecardRow.locator('[data-col="value"]').innerText()).trim();
  const onScreenState = (await scorecardRow.getAttribute('data-state'))!;

  // Beside it: v3-indicators.json (the same expression spaced otherwise, as "rural_share" with its
  // own target ≥ 0.62, and a second indicator) and v2-named.json (no indicators at all).
  await page.getByRole('tab', { name: '情景比较' }).click();
  const view = page.getByTestId('compare');
  await view.getByTestId('compare-add-file-input').setInputFiles([join(FIXTURES, 'v3-indicators.json'), join(FIXTURES, 'v2-named.json')]);
  await expect(view.getByRole('checkbox', { name: 'v3-indicators.json' })).toBeChecked();
  await expect(view.getByRole('checkbox', { name: 'v2-named.json' })).toBeChecked();
  // And a preset: a package of levers, measured by the custom indicators of the scenario on screen.
  await view.getByRole('checkbox', { name: '工资增长主导' }).check();
  await view.getByRole('button', { name: '运行比较' }).click();
  const table = view.getByTestId('compare-scorecard');
  await expect(table.locator('thead th[data-col]')).toHaveText(['当前情景', 'v3-indicators.json', 'v2-named.json', '工资增长主导']);

  const custom = view.getByTestId('compare-custom');
  await expect(custom.getByRole('rowheader', { name: '自定义指标', exact: true })).toBeVisible();
  const rows = custom.locator('tr[data-custom-key]');
  await expect(rows).toHaveCount(2);
  // One row for the two spellings, named as on screen (the first scenario that has it), the target on screen's.
  const rural = rows.nth(0);
  await expect(rural.locator('th')).toContainText('农村收入占比');
  await expect(rural.locator('th code')).toHaveText('income_per_capita_rural/income_per_capita');
  await expect(rural.locator('td').first()).toHaveText('2025年 ≥ 0.635');
  // The scenario on screen: the same value and verdict as its own scorecard row (the same model result).
  await expect(rural.locator('td[data-col="0"] .value')).toHaveText(onScreenValue);
  await expect(rural.locator('td[data-col="0"]')).toHaveAttribute('data-state', onScreenState);
  // The file's: judged on its own target, which its cell names.
  await expect(rural.locator('td[data-col="1"]')).toContainText('本情景目标：2025年 ≥ 0.62');
  await expect(rural.locator('td[data-col="1"]')).toHaveAttribute('data-state', /reached|missed/);
  await expect(rural.locator('td[data-col="2"]')).toHaveText('不在此情景中');
  await expect(rural.locator('td[data-col="2"]')).toHaveAttribute('data-state', 'absent');
  await expect(rural.locator('td[data-col="3"]')).toHaveAttribute('data-state', /reached|missed/);
  await expect(rural.locator('td[data-col="3"]')).not.toContainText('本情景目标');
  // The file's second indicator: only the file has it, untitled there (its second), no target: its 2025 value.
  const gdp = rows.nth(1);
  await expect(gdp.locator('th')).toContainText('自定义指标 2');
  await expect(gdp.locator('td').first()).toHaveText('无目标（2025年值）');
  await expect(gdp.locator('td[data-col="0"]')).toHaveText('不在此情景中');
  await expect(gdp.locator('td[data-col="1"] .state')).toHaveText('无目标');
  await expect(gdp.locator('td[data-col="1"] .value')).toHaveText(/^\d+(\.\d+)? ratio$|^\d+(\.\d+)?$/);
  await expect(gdp.locator('td[data-col="2"]')).toHaveText('不在此情景中');
  await expect(gdp.locator('td[data-col="3"]')).toHaveText('不在此情景中');
  await expect(view.getByTestId('compare-custom-note')).toContainText('算式相同');
  await axeClean(page);

  // The table's region takes the keyboard's focus (it scrolls sideways on a narrow screen).
  await view.getByRole('region', { name: '2025年目标，各情景并排（判定不同的行已标出）' }).focus();
  await expect(view.getByRole('region', { name: '2025年目标，各情景并排（判定不同的行已标出）' })).toBeFocused();

  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await custom.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`compare-custom-zh-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // The CSV: the same rows, the model's unrounded values, a scenario without the indicator said so.
  const zh = (await compareCsv(page, '下载比较 CSV')).filter((r) => r[0] === '自定义指标');
  expect(zh.map((r) => r.slice(1, 3))).toEqual([
    ['income_per_capita_rural/income_per_capita', '农村收入占比'],
    ['100*income_to_gdp_pc_ratio', '自定义指标 2'],
  ]);
  const share = Number(zh[0]![8]);
  // The CSV's value is unrounded: to the three significant digits the page shows, it is the page's.
  expect(share.toFixed(3)).toBe(onScreenValue);
  expect(zh[0]!.slice(13, 17)).toEqual(['自定义：2025年 ≥ 0.62', '', '不在此情景中', '']);
  // The preset's: its own model value, on the on-screen target.
  expect(zh[0]![17]).toMatch(/^0\.\d+$/);
  expect(zh[0]![19]).toBe('自定义：2025年 ≥ 0.635');

  // The comparison brief has the custom section.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await view.getByRole('button', { name: '打印比较简报' }).click();
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  const brief = page.getByTestId('compare-brief').getByTestId('compare-brief-custom');
  await expect(brief.locator('tbody tr')).toHaveCount(2);
  await expect(brief.locator('tbody tr').nth(0).locator('td').nth(3)).toHaveText('不在此情景中');
  await page.screenshot({ path: testInfo.outputPath('compare-custom-brief-zh.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 720 });

  // An indicator edited on screen: the comparison is not current until it runs again.
  await page.getByRole('tab', { name: '目标轨迹' }).click();
  await indicators.getByRole('button', { name: '编辑“农村收入占比”' }).click();
  await indicators.getByRole('textbox', { name: '目标值' }).fill('0.63');
  await indicators.getByRole('button', { name: '保存指标' }).click();
  await page.getByRole('tab', { name: '情景比较' }).click();
  await expect(view.getByTestId('compare-not-current')).toBeVisible();
  await view.getByRole('button', { name: '运行比较' }).click();
  await expect(view.getByTestId('compare-not-current')).toHaveCount(0);
  await expect(rural.locator('td').first()).toHaveText('2025年 ≥ 0.63');

  // In English: the same rows in English words, the CSV's too.
  await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
  await expect(custom.getByRole('rowheader', { name: 'Custom indicators', exact: true })).toBeVisible();
  await expect(rural.locator('td[data-col="2"]')).toHaveText('not in this scenario');
  await expect(rural.locator('td[data-col="1"]')).toContainText("this scenario's target: ≥ 0.62 in 2025");
  await expect(gdp.locator('th')).toContainText('Custom indicator 2');
  await expect(gdp.locator('td').first()).toHaveText('no target (2025 value)');
  await expect(gdp.locator('td[data-col="1"] .state')).toHaveText('no target');
  await axeClean(page);
  await custom.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('compare-custom-en-1280.png') });
  const en = (await compareCsv(page, 'Download comparison CSV')).filter((r) => r[0] === 'Custom indicators');
  expect(en.map((r) => [r[2], r[9], r[10], r[15]])).toEqual([
    ['农村收入占比', expect.stringMatching(/^(Reached|Missed)$/), 'custom: ≥ 0.63 in 2025', 'not in this scenario'],
    ['Custom indicator 2', 'not in this scenario', '', 'not in this scenario'],
  ]);
  // Its id column: the file's expression without the spaces.
  expect(en[0]![1]).toBe(RURAL.replace(/ /g, ''));
});
