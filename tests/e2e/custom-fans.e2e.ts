import AxeBuilder from '@axe-core/playwright';
import { addIndicator, expect, test } from './fixtures';

// A custom indicator's Monte Carlo fan: the draws run in the browser's workers on a shared
// two-core machine, so allow for it.
test.describe.configure({ timeout: 240_000 });

/** The small draw count the page offers in tests (window.__mcTestDraws, see Uncertainty.choices). */
const TEST_DRAWS = 16;

test.beforeEach(async ({ page }) => {
  await page.addInitScript((draws) => ((window as { __mcTestDraws?: number }).__mcTestDraws = draws), TEST_DRAWS);
});

test("draws the fan on a custom indicator's chart, with its legend and data table, in Chinese and English; an indicator added after the run says so; axe clean", async ({
  page,
}) => {
  await page.goto('/');
  const indicators = page.getByTestId('custom-indicators');
  await addIndicator(page, { name: '农村收入占比', expression: 'income_per_capita_rural / income_per_capita', threshold: '0.63' });
  const chart = indicators.getByTestId('indicator-chart');
  await expect(chart).toBeVisible();
  // Before any run: the model's lines only.
  await expect(chart.locator('[data-fan-legend]')).toHaveCount(0);
  await expect(chart).not.toContainText('蒙特卡洛');

  const panel = page.getByTestId('uncertainty');
  await panel.getByRole('combobox', { name: '抽样次数' }).selectOption(String(TEST_DRAWS));
  await panel.getByRole('button', { name: '运行不确定性分析' }).click();
  await expect(page.getByTestId('mc-joint')).toContainText('全部', { timeout: 90_000 });

  await expect(chart).toHaveAttribute('data-fan', 'fan');
  // The custom target's P(met) reaches the scorecard too (the worker gets the indicators).
  await expect(page.locator('[data-testid="custom-rows"] tr[data-custom-id="ind_1"] [data-col="pmet"]')).toHaveText(/^\d{1,3}%$/);
  await expect(chart).toContainText(`蒙特卡洛分布带：P10–P90（深）、P5–P95（浅）、P50 线，${TEST_DRAWS} 次抽样，种子 20210610`);
  const legend = chart.getByRole('list', { name: '图例' });
  await expect(legend.locator('[data-fan-legend="dark"]')).toHaveText('P10–P90（蒙特卡洛）');
  await expect(legend.locator('[data-fan-legend="light"]')).toHaveText('P5–P95（蒙特卡洛）');
  await expect(legend.getByRole('button', { name: 'P50（蒙特卡洛中位数）' })).toBeVisible();
  // The data table lists the five percentiles, in order, P5 ≤ P10 ≤ P50 ≤ P90 ≤ P95 in 2025.
  await chart.getByTestId('indicator-table').getByText('查看数据表').click();
  const headers = await chart.locator('thead th').allInnerTexts();
  expect(headers.slice(-5)).toEqual(['P5（蒙特卡洛）', 'P10（蒙特卡洛）', 'P50（蒙特卡洛）', 'P90（蒙特卡洛）', 'P95（蒙特卡洛）']);
  const row2025 = chart.locator('tbody tr[data-key="2025"]');
  const cells = (await row2025.locator('td').allInnerTexts()).slice(-5).map(Number);
  expect(cells.every(Number.isFinite)).toBe(true);
  expect(cells).toEqual([...cells].sort((a, b) => a - b));
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="custom-indicators"]').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  // An indicator without a target added after the run: the result stays current, but the run never evaluated it.
  await indicators.getByRole('button', { name: '添加指标' }).click();
  await indicators.getByRole('textbox', { name: '名称' }).fill('两倍基尼');
  await indicators.getByRole('textbox', { name: '算式' }).fill('2 * gini');
  await indicators.getByRole('button', { name: '保存指标' }).click();
  await expect(chart).toHaveAttribute('data-indicator-id', 'ind_2');
  await expect(page.getByTestId('mc-not-current')).toHaveCount(0);
  await expect(chart.getByTestId('indicator-fan-note')).toHaveText(/重新运行不确定性分析/);
  await expect(chart.locator('[data-fan-legend]')).toHaveCount(0);

  await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
  await indicators
    .locator('li[data-indicator-id="ind_1"]')
    .getByRole('button', { name: /^Chart “/ })
    .click();
  await expect(chart).toHaveAttribute('data-indicator-id', 'ind_1');
  await expect(chart).toContainText(`Monte Carlo fan: P10–P90 (dark), P5–P95 (light), P50 line, ${TEST_DRAWS} draws, seed 20210610`);
  const legendEn = chart.getByRole('list', { name: 'Legend' });
  await expect(legendEn.locator('[data-fan-legend="dark"]')).toHaveText('P10–P90 (Monte Carlo)');
  await expect(legendEn.locator('[data-fan-legend="light"]')).toHaveText('P5–P95 (Monte Carlo)');
  await expect(legendEn.getByRole('button', { name: 'P50 (Monte Carlo median)' })).toBeVisible();
  await chart.getByTestId('indicator-table').getByText('Data table').click();
  expect((await chart.locator('thead th').allInnerTexts()).slice(-5)).toEqual([
    'P5 (Monte Carlo)',
    'P10 (Monte Carlo)',
    'P50 (Monte Carlo)',
    'P90 (Monte Carlo)',
    'P95 (Monte Carlo)',
  ]);
  const en = await new AxeBuilder({ page }).include('[data-testid="custom-indicators"]').analyze();
  expect(en.violations.map((v) => v.id)).toEqual([]);
});
