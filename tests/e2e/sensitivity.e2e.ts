import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// A tornado is ~90 small-population runs in the worker, and the coefficients need a Monte Carlo
// run on the pool: allow for a shared two-core machine.
test.describe.configure({ timeout: 240_000 });

/** The draw count the page offers in this spec (window.__mcTestDraws): enough for a regression on every drawn assumption. */
const TEST_DRAWS = 64;

async function axeClean(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="sensitivity"]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript((draws) => ((window as { __mcTestDraws?: number }).__mcTestDraws = draws), TEST_DRAWS);
});

test('sensitivity of income per head: the tornado by keyboard, then the coefficients from the Monte Carlo draws, in Chinese and English, axe clean; marked not current after an edit', async ({
  page,
}) => {
  await page.goto('/');
  const row = page.locator('[data-testid="scorecard"] tr[data-target-id="income_per_capita"]');
  const open = row.getByRole('button', { name: /^敏感性/ });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  // By keyboard: the row's button opens the panel, which names the target.
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByTestId('sensitivity');
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText('哪些假设决定“居民人均可支配收入”能否达标');

  await panel.getByRole('button', { name: '计算龙卷风图' }).press('Enter');
  const bars = panel.getByTestId('tornado').locator('ol.tornado > li');
  await expect(bars).toHaveCount(10, { timeout: 120_000 });
  // The base is the scenario's 2025 value against the plan's 75,000 yuan; each bar gives both ends and whether the target is met there.
  await expect(panel.getByTestId('tornado-base')).toContainText('当前情景 2025年');
  await expect(panel.getByTestId('tornado-base')).toContainText('7.5万元');
  await expect(bars.first()).toContainText('P10');
  await expect(bars.first()).toContainText('P90');
  await expect(bars.first()).toContainText(/达标|未达标/);
  await expect(panel.getByTestId('tornado-provenance')).toContainText('模型版本 2.0.0');
  await panel.getByRole('button', { name: /^显示全部/ }).click();
  expect(await bars.count()).toBeGreaterThan(10);
  await axeClean(page);

  // Without a Monte Carlo result the coefficients' part says what it needs, and runs it from here.
  await expect(panel.getByTestId('src-needs-mc')).toBeVisible();
  await page.getByTestId('uncertainty').getByRole('combobox', { name: '抽样次数' }).selectOption(String(TEST_DRAWS));
  await panel.getByRole('button', { name: `运行不确定性分析（${TEST_DRAWS} 次抽样）` }).click();
  const table = panel.getByTestId('src-table');
  await expect(table.locator('tbody tr')).toHaveCount(10, { timeout: 180_000 });
  await expect(panel.getByTestId('src-r2')).toContainText(`R² = `);
  await expect(panel.getByTestId('src-r2')).toContainText(`${TEST_DRAWS} 次抽样，种子 20210610，模型版本 2.0.0`);
  // 64 draws for 43 assumptions: the page says the coefficients are rough.
  await expect(panel.getByTestId('src-few-draws')).toContainText('偏少');
  await axeClean(page);

  // In English the same panel reads in English.
  await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('Which assumptions decide');
  await expect(table.locator('thead th').nth(1)).toHaveText('SRC');
  await expect(panel.getByTestId('src-r2')).toContainText(`${TEST_DRAWS} draws, seed 20210610, model version 2.0.0`);
  await expect(bars.first()).toContainText(/met|not met/);
  await expect(panel.getByTestId('tornado-base')).toContainText('75,000 yuan');
  await axeClean(page);

  // An edit makes both results of another scenario: marked not current.
  const box = page.getByRole('spinbutton', { name: 'Dibao standard uplift', exact: true });
  await box.fill('20');
  await box.press('Enter');
  await expect(panel.getByTestId('sensitivity-stale')).toBeVisible();
  await expect(panel.getByTestId('src')).toContainText('not current');

  // Close gives the focus back to the row's button.
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(row.getByRole('button', { name: /^Sensitivity/ })).toBeFocused();
});
