import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Custom indicators: a researcher's expression over the outputs, checked as it is typed, charted,
// given a target that gets its own scorecard row, saved with the scenario and carried by a link.
// One long journey (two languages, a reload, a second browser profile): allow for two browsers sharing two cores.
test.describe.configure({ timeout: 180_000 });

async function axeClean(page: Page, ...selectors: string[]): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const s of selectors) builder = builder.include(s);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The number in a value text such as "0.623" or "0.623 ratio". */
const numberOf = (text: string): number => Number(text.replace(/[^\d.-]/g, ''));

test('add the rural share by keyboard, see a typo named, chart it, give it a target, find its scorecard row, reload, and open it from a link; in Chinese and English, axe clean', async ({
  page,
  browser,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const panel = page.getByTestId('custom-indicators');
  await expect(panel.getByRole('heading', { name: '自定义指标' })).toBeVisible();
  await expect(panel).toContainText('还没有自定义指标');

  // By keyboard: the add button opens the form with the focus in its first field.
  await panel.getByRole('button', { name: '添加指标' }).focus();
  await page.keyboard.press('Enter');
  const name = panel.getByRole('textbox', { name: '名称' });
  await expect(name).toBeFocused();
  await page.keyboard.type('农村收入占比');
  await page.keyboard.press('Tab');
  const expression = panel.getByRole('textbox', { name: '算式' });
  await expect(expression).toBeFocused();
  // A typo: the error names the unknown name and where it is, as one types.
  await page.keyboard.type('income_per_capita_rural / income_per_capita_rurl');
  const check = panel.getByTestId('indicator-check');
  await expect(check).toContainText('未知名称');
  await expect(check).toContainText('第 27 个字符');
  await expect(check).toContainText('“income_per_capita_rurl”');
  await expect(expression).toHaveAttribute('aria-invalid', 'true');
  await axeClean(page, '[data-testid="custom-indicators"]');
  // Saving is refused while the expression is wrong.
  await panel.getByRole('button', { name: '保存指标' }).click();
  await expect(panel.getByRole('alert')).toHaveText('请先改正算式。');

  await expression.fill('income_per_capita_rural / income_per_capita');
  await expect(check).toHaveText('算式有效。');
  await panel.getByRole('checkbox', { name: '设定目标' }).check();
  await panel.getByRole('combobox', { name: '比较' }).selectOption('>=');
  await panel.getByRole('textbox', { name: '目标值' }).fill('0.5');
  await panel.getByRole('combobox', { name: '年份' }).selectOption('2025');
  await panel.getByRole('button', { name: '保存指标' }).click();

  // Listed, charted (the chart button pressed and focused), with the model's value for 2025.
  const item = panel.locator('li[data-indicator-id="ind_1"]');
  await expect(item).toContainText('农村收入占比');
  await expect(item.getByRole('button', { name: '图表：“农村收入占比”' })).toBeFocused();
  await expect(item.getByRole('button', { name: '图表：“农村收入占比”' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByTestId('indicator-chart')).toBeVisible();
  await expect(panel.getByTestId('indicator-chart').locator('canvas')).toHaveAttribute('aria-label', /农村收入占比/);
  const valueText = await item.getByTestId('indicator-value').innerText();
  const share = numberOf(valueText.split('：')[1]!);
  // Rural income is below the provincial average, but more than half of it.
  expect(share).toBeGreaterThan(0.5);
  expect(share).toBeLessThan(1);

  // The target's scorecard row, marked custom, its verdict agreeing with the value.
  const row = page.locator('[data-testid="custom-rows"] tr[data-custom-id="ind_1"]');
  await expect(row.getByTestId('custom-mark')).toHaveText('自定义');
  await expect(row).toHaveAttribute('data-state', 'reached');
  await expect(row.locator('[data-col="target"]')).toHaveText('2025年 ≥ 0.5');
  expect(numberOf(await row.locator('[data-col="value"]').innerText())).toBe(share);
  await axeClean(page, '[data-testid="custom-indicators"]', '#scorecard');

  // Saved with the scenario: after a reload it is still there, with its row.
  await expect(page.getByTestId('save-state')).not.toHaveText('未保存');
  await page.reload();
  await expect(panel.locator('li[data-indicator-id="ind_1"]')).toContainText('农村收入占比');
  await expect(row).toHaveAttribute('data-state', 'reached');

  // In English: the panel reads in English; the name typed in Chinese shows until one is given.
  await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
  await expect(panel.getByRole('heading', { name: 'Custom indicators' })).toBeVisible();
  await expect(row.getByTestId('custom-mark')).toHaveText('custom');
  await expect(row.locator('[data-col="target"]')).toHaveText('≥ 0.5 in 2025');
  await item.getByRole('button', { name: 'Edit “农村收入占比”' }).click();
  await expect(panel.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await panel.getByRole('textbox', { name: 'Name' }).fill('Rural share');
  const expressionEn = panel.getByRole('textbox', { name: 'Expression' });
  await expressionEn.fill('gini / quintile_q0');
  await expect(check).toHaveText('Unknown name: character 8: "quintile_q0" is not an output of the model');
  await expressionEn.fill('income_per_capita_rural / income_per_capita');
  await expect(check).toHaveText('The expression is valid.');
  await panel.getByRole('button', { name: 'Save indicator' }).click();
  await expect(item).toContainText('Rural share');
  await expect(row.getByRole('button', { name: 'Rural share', exact: true })).toBeVisible();
  // Escape closes the form and gives the focus back to the button that opened it.
  await item.getByRole('button', { name: 'Edit “Rural share”' }).click();
  await page.keyboard.press('Escape');
  await expect(item.getByRole('button', { name: 'Edit “Rural share”' })).toBeFocused();
  await axeClean(page, '[data-testid="custom-indicators"]', '#scorecard');

  // The scorecard row's name opens its chart.
  await item.getByRole('button', { name: 'Chart “Rural share”' }).click();
  await expect(panel.getByTestId('indicator-chart')).toHaveCount(0);
  await row.getByRole('button', { name: 'Rural share', exact: true }).click();
  await expect(panel.getByTestId('indicator-chart')).toBeVisible();

  // A link carries it: a fresh profile opens the scenario with the indicator, its target and row.
  await expect(page.getByTestId('save-state')).not.toHaveText('Unsaved');
  await page.getByTestId('copy-link').click();
  const manual = page.getByTestId('link-text');
  const link = (await manual.count()) > 0 ? await manual.inputValue() : await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#s=/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  // The panel shows once the first result is in; the page takes the link's language after that run.
  const otherPanel = other.getByTestId('custom-indicators');
  await expect(otherPanel.locator('li[data-indicator-id="ind_1"]')).toContainText('income_per_capita_rural / income_per_capita', { timeout: 45_000 });
  await expect(other.getByTestId('link-notice')).toContainText('opened from a link');
  await expect(otherPanel.locator('li[data-indicator-id="ind_1"]')).toContainText('Rural share');
  await expect(other.locator('[data-testid="custom-rows"] tr[data-custom-id="ind_1"]')).toHaveAttribute('data-state', 'reached');
  await fresh.close();

  // Deleted, it leaves the list and the scorecard, and the focus goes to the add button.
  await item.getByRole('button', { name: 'Delete “Rural share”' }).click();
  await expect(panel.locator('li[data-indicator-id="ind_1"]')).toHaveCount(0);
  await expect(row).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Add indicator' })).toBeFocused();
});

test('a division by zero is reported by the model with its year and position, in English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
  const panel = page.getByTestId('custom-indicators');
  await panel.getByRole('button', { name: 'Add indicator' }).click();
  await panel.getByRole('textbox', { name: 'Name' }).fill('Broken');
  await panel.getByRole('textbox', { name: 'Expression' }).fill('gini / (gini - gini)');
  // Statically fine: the zero only appears on evaluation.
  await expect(panel.getByTestId('indicator-check')).toHaveText('The expression is valid.');
  await panel.getByRole('button', { name: 'Save indicator' }).click();
  await expect(panel.getByTestId('indicator-error')).toHaveText('Division by zero: 2020, character 6: the divisor is 0');
});
