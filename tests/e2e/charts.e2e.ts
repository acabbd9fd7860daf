import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Counts pixels of a canvas close to a colour (the scenario's #0072b2). */
async function pixelsNear(page: Page, selector: string, [r, g, b]: [number, number, number]): Promise<number> {
  return page.locator(selector).evaluate(
    (canvas, colour) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - colour.r) < 40 && Math.abs(data[i + 1]! - colour.g) < 40 && Math.abs(data[i + 2]! - colour.b) < 40 && data[i + 3]! > 200)
          count++;
      }
      return count;
    },
    { r, g, b },
  );
}

test.describe('the result charts', () => {
  test('the focus chart draws the scenario line in its strong colour', async ({ page }) => {
    await page.goto('/');
    const canvas = page.locator('[data-testid="focus-chart"] canvas');
    await expect(canvas).toHaveAttribute('aria-label', /全体居民人均可支配收入/);
    await expect.poll(() => pixelsNear(page, '[data-testid="focus-chart"] canvas', [0, 114, 178])).toBeGreaterThan(200);
  });

  test('the legend under a chart is a row of switches that hide and show a series', async ({ page }) => {
    await page.goto('/');
    const canvas = '[data-testid="focus-chart"] canvas';
    await expect.poll(() => pixelsNear(page, canvas, [0, 114, 178])).toBeGreaterThan(200);
    const scenario = page.getByTestId('focus-chart').getByRole('list', { name: '图例' }).getByRole('button', { name: '情景' });
    await expect(scenario).toHaveAttribute('aria-pressed', 'true');
    await scenario.press('Enter');
    await expect(scenario).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => pixelsNear(page, canvas, [0, 114, 178])).toBeLessThan(20);
    await scenario.click();
    await expect(scenario).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => pixelsNear(page, canvas, [0, 114, 178])).toBeGreaterThan(200);
    // The chart's title and subtitle are text on the page, in the page's language.
    await expect(page.getByTestId('focus-chart').locator('.chart-title')).toHaveText('全体居民人均可支配收入');
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByTestId('focus-chart').locator('.chart-title')).toHaveText('Per-capita disposable income');
  });

  test('switching the language changes the chart title and labels', async ({ page }) => {
    await page.goto('/');
    const canvas = page.locator('[data-testid="focus-chart"] canvas');
    await expect(canvas).toHaveAttribute('aria-label', /图表：全体居民人均可支配收入。2020–2035年 · 单位：万元/);
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(canvas).toHaveAttribute('aria-label', /Chart: Per-capita disposable income\. 2020–2035 · Unit: yuan per person a year/);
    await page.getByTestId('focus-table').locator('summary').click();
    await expect(page.getByTestId('focus-table').locator('th[scope="col"]').first()).toHaveText('Year');
    await expect(page.getByTestId('focus-table').locator('tr[data-key="2025"] th')).toHaveText('2025');
  });

  test('clicking a small multiple (or pressing Enter on one) focuses its output', async ({ page }) => {
    await page.goto('/');
    const focus = page.getByTestId('focus-chart');
    await expect(focus).toHaveAttribute('data-output', 'income_per_capita');
    await page.locator('[data-testid="small-multiples"] [data-output="urban_rural_income_ratio"]').click();
    await expect(focus).toHaveAttribute('data-output', 'urban_rural_income_ratio');
    await expect(focus.locator('canvas')).toHaveAttribute('aria-label', /城乡居民收入倍差/);
    const labour = page.locator('[data-testid="small-multiples"] [data-output="labour_share_gdp"]');
    await labour.focus();
    await page.keyboard.press('Enter');
    await expect(focus).toHaveAttribute('data-output', 'labour_share_gdp');
    await expect(labour).toHaveAttribute('aria-pressed', 'true');
  });

  test('the typical household responds to another city and income position', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: '典型家庭' }).click();
    const total2025 = page.getByTestId('household-table').locator('tr[data-key="total"] td').nth(3);
    await expect(total2025).toHaveText(/\d/);
    const before = await total2025.innerText();
    await page.getByTestId('household-city').selectOption({ label: '丽水' });
    await expect(total2025).not.toHaveText(before);
    const lishui = await total2025.innerText();
    await page.getByTestId('household-percentile').selectOption('90');
    await expect(total2025).not.toHaveText(lishui);
    await expect(page.getByTestId('household-years')).toContainText('10万元');
  });

  test('the city view lists the 11 cities and states the max/min ratio with its target', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: '设区市' }).click();
    // The data table under the chart is built when opened.
    await page.getByTestId('city-table').locator('summary').click();
    const rows = page.getByTestId('city-table').locator('tbody tr');
    await expect(rows).toHaveCount(11);
    await expect(rows.first().locator('th')).toHaveText('杭州');
    await expect(page.getByTestId('city-ratio')).toContainText('2025年设区市居民收入最高最低倍差');
    await expect(page.getByTestId('city-ratio')).toContainText('≤ 1.55');
    await page.getByLabel('年份').selectOption('2030');
    await expect(page.getByTestId('city-ratio')).toContainText('2030年');
  });
});
