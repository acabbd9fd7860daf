import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// Monte Carlo runs in the browser's workers on a shared two-core machine: allow for it.
test.describe.configure({ timeout: 240_000 });

/** The small draw count the page offers in tests (window.__mcTestDraws, see Uncertainty.choices). */
const TEST_DRAWS = 16;

const pmet = (page: Page, id: string) => page.getByTestId('scorecard').locator(`tbody tr[data-target-id="${id}"] [data-col="pmet"]`);

async function axeClean(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="uncertainty"]').include('aside.scorecard').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript((draws) => ((window as { __mcTestDraws?: number }).__mcTestDraws = draws), TEST_DRAWS);
});

test.describe('the uncertainty analysis', () => {
  test('runs with a progress bar, cancels, runs again and shows P(met) and the joint probability, in Chinese and English', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByTestId('uncertainty');
    await expect(page.getByTestId('scorecard').locator('tbody tr[data-target-id]')).toHaveCount(66);
    await expect(panel.getByRole('combobox', { name: '抽样次数' })).toHaveValue('500');

    // 2,000 draws take long enough (several seconds) to see the bar and cancel.
    await panel.getByRole('combobox', { name: '抽样次数' }).selectOption('2000');
    await panel.getByRole('button', { name: '运行不确定性分析' }).click();
    const bar = panel.getByRole('progressbar', { name: '不确定性分析进度' });
    await expect(bar).toBeVisible();
    await axeClean(page);
    await panel.getByRole('button', { name: '取消' }).click();
    await expect(bar).toBeHidden();
    await expect(page.getByTestId('mc-joint')).toHaveCount(0);
    await expect(page.getByTestId('pmet-heading')).toHaveCount(0);

    await panel.getByRole('combobox', { name: '抽样次数' }).selectOption(String(TEST_DRAWS));
    await panel.getByRole('button', { name: '运行不确定性分析' }).click();
    await expect(page.getByTestId('mc-joint')).toContainText('全部', { timeout: 90_000 });
    await expect(page.getByTestId('mc-joint')).toContainText(`${TEST_DRAWS} 次抽样，种子 20210610`);
    await expect(page.getByTestId('mc-joint')).toHaveText(/同时达标的概率：\d{1,3}%/);
    await expect(page.getByTestId('pmet-heading')).toHaveText('P(达标)');
    // A modelled target has a probability; a tracked one has none.
    await expect(pmet(page, 'income_per_capita')).toHaveText(/^\d{1,3}%$/);
    await expect(pmet(page, 'life_expectancy')).toHaveText('—');
    await expect(bar).toBeHidden();
    // The focus chart carries the fan, labelled with its draws and seed.
    await expect(page.getByTestId('focus-chart')).toContainText(`P10–P90（深）、P5–P95（浅），${TEST_DRAWS} 次抽样，种子 20210610`);
    // So do the small multiples of modelled outputs, with both bands.
    const urbanisation = page.getByTestId('small-multiples').locator('[data-output="urbanization_rate"]');
    await urbanisation.scrollIntoViewIfNeeded();
    await expect(urbanisation.locator('path[data-fan="dark"]')).toHaveCount(1);
    await expect(urbanisation.locator('path[data-fan="light"]')).toHaveCount(1);
    await axeClean(page);
    // The fans download as the CLI writes them.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载不确定性 CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').split('\n');
    expect(csv[0]).toBe('output,percentile,year,value');
    expect(csv[1]).toMatch(/^[a-z_0-9]+,p5,2020,-?\d/);
    // The printable brief carries P(met) and the joint probability.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('brief-joint')).toContainText(`同时达标的概率`);
    await expect(page.getByTestId('brief-scorecard').locator('tr[data-target-id="income_per_capita"] [data-col="pmet"]')).toHaveText(/^\d{1,3}%$/);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByTestId('pmet-heading')).toHaveText('P(met)');
    await expect(page.getByTestId('mc-joint')).toHaveText(/P\(all \d+ modelled targets met in 2025\): \d{1,3} %/);
    await expect(page.getByTestId('mc-joint')).toContainText(`${TEST_DRAWS} draws, seed 20210610`);
    await expect(pmet(page, 'income_per_capita')).toHaveText(/^\d{1,3} %$/);
    await expect(page.getByTestId('focus-chart')).toContainText(`P5–P95 (light), ${TEST_DRAWS} draws, seed 20210610`);
    await axeClean(page);
  });

  test('marks the result not current after a lever changes', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByTestId('uncertainty');
    await expect(page.getByTestId('scorecard').locator('tbody tr[data-target-id]')).toHaveCount(66);
    await panel.getByRole('combobox', { name: '抽样次数' }).selectOption(String(TEST_DRAWS));
    await panel.getByRole('button', { name: '运行不确定性分析' }).click();
    await expect(page.getByTestId('mc-joint')).toContainText('全部', { timeout: 90_000 });
    await expect(page.getByTestId('mc-not-current')).toHaveCount(0);
    // Any lever: its slider moves one step with the keyboard.
    await page.locator('aside.levers input[type="range"]').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('mc-not-current')).toHaveText('非当前结果');
    await expect(page.getByTestId('pmet-heading')).toContainText('非当前结果');
    // A stale result is another scenario's: no fan, no download.
    await expect(page.getByTestId('download-fans-csv')).toHaveCount(0);
    await expect(page.getByTestId('focus-chart')).not.toContainText('种子');
    const urbanisation = page.getByTestId('small-multiples').locator('[data-output="urbanization_rate"]');
    await urbanisation.scrollIntoViewIfNeeded();
    await expect(urbanisation.locator('path[data-fan]')).toHaveCount(0);
  });
});
