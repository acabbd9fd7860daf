import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/** Serious or critical WCAG 2.1 A/AA violations inside the who-gains section. */
async function violations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-testid="who-gains"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('who gains (distribution view)', () => {
  // A scenario runs three models, and axe analyses a page of canvases and tables: slow on a loaded 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('shows no change for everyone when no lever moves', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年', { timeout: 60_000 });
    await page.getByRole('tab', { name: '收入分布' }).click();
    await expect(page.getByTestId('who-gains-shares')).toContainText('2025年：收入增加超过1%的人口占 0.0%，减少超过1%的占 0.0%，变化不超过1%的占 100.0%。');
  });

  test('a transfers-led scenario: decile changes, shares and poverty counts by cut, in yuan or per cent, by keyboard, in Chinese', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
    await page.getByRole('tab', { name: '收入分布' }).click();
    const section = page.getByTestId('who-gains');
    await expect(section.getByRole('heading', { name: '谁受益' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('who-gains-shares')).toContainText('收入增加超过1%的人口占');
    await expect(page.getByTestId('who-gains-shares')).not.toContainText('占 0.0%，减少', { timeout: 60_000 });
    await expect(page.getByTestId('who-gains-chart')).toBeVisible();
    await expect(page.getByTestId('who-gains-poverty').locator('tbody tr')).toHaveCount(3);
    await expect(page.getByTestId('who-gains-poverty').locator('caption')).toContainText('2025年全省');

    // The cut and the unit by keyboard: the select and the radio group are reached and changed without a mouse.
    await section.getByLabel('人群').focus();
    await section.getByLabel('人群').selectOption({ label: '26个山区县' });
    await expect(page.getByTestId('who-gains-poverty').locator('caption')).toContainText('26个山区县');
    await section.getByRole('radio', { name: '元' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(section.getByRole('radio', { name: '百分比' })).toBeChecked();
    await page.getByTestId('who-gains-table').locator('summary').click();
    const rows = page.getByTestId('who-gains-table').locator('tbody tr');
    await expect(rows).toHaveCount(10);
    await expect(rows.first().locator('th')).toHaveText('第1组');
    await expect(rows.first().locator('td')).toHaveText(/%$/);

    // The year selector at the top of the view moves the section too.
    await page.getByLabel('年份').selectOption('2030');
    await expect(page.getByTestId('who-gains-poverty').locator('caption')).toContainText('2030年');
    expect(await violations(page)).toEqual([]);
  });

  test('the same in English, axe clean', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await page.getByRole('tab', { name: 'Distribution' }).click();
    const section = page.getByTestId('who-gains');
    await expect(section.getByRole('heading', { name: 'Who gains' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('who-gains-shares')).toContainText('of persons gain more than 1 %');
    await section.getByLabel('Population').selectOption({ label: 'Rural' });
    await expect(page.getByTestId('who-gains-poverty').locator('caption')).toContainText('Rural, 2025');
    await expect(page.getByTestId('who-gains-poverty').locator('tbody th').first()).toHaveText('Below 1 × the dibao line');
    await section.getByRole('radio', { name: 'Per cent' }).check();
    await page.getByTestId('who-gains-table').locator('summary').click();
    await expect(page.getByTestId('who-gains-table').locator('tbody tr').first().locator('th')).toHaveText('1');
    expect(await violations(page)).toEqual([]);
  });
});
