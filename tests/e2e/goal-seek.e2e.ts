import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// A seek is a dozen model runs in the worker: allow for a loaded machine.
test.describe.configure({ timeout: 90_000 });

test('what would it take: from the 200–600k row, the labour-share lever; applied, the row is met; undone, it is not; in Chinese and English, axe clean', async ({ page }) => {
  await page.goto('/');
  const row = page.locator('[data-testid="scorecard"] tr[data-target-id="hh_income_200k_600k"]');
  // The baseline misses the plan's 45 % (44.1 % in 2025).
  await expect(row).toHaveAttribute('data-state', /within_reach|missed/);
  const verdictBefore = await row.getAttribute('data-state');
  await row.getByRole('button', { name: /^需要什么？/ }).click();
  const panel = page.getByTestId('goal-seek');
  await expect(panel.getByRole('heading')).toContainText('需要什么');
  await panel.getByLabel('政策杠杆').selectOption('labour_share_policy');
  await panel.getByRole('button', { name: '求解' }).click();
  const status = panel.getByTestId('goal-seek-status');
  await expect(status).toHaveAttribute('data-status', 'reached', { timeout: 60_000 });
  await expect(status).toContainText('提高劳动报酬比重政策');
  await expect(panel.getByTestId('goal-seek-cost')).toContainText('亿元');
  await expect(panel).toContainText('依据：模型计算');

  // Applied, the scenario's exact run meets the target: the row's own verdict turns to reached.
  await panel.getByRole('button', { name: '应用到情景' }).click();
  await expect(row).toHaveAttribute('data-state', 'reached');
  await expect(page.getByRole('spinbutton', { name: '提高劳动报酬比重政策', exact: true })).not.toHaveValue('0');
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="goal-seek"]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Undo puts the lever back, and the verdict with it.
  await panel.getByRole('button', { name: '撤销' }).click();
  await expect(row).toHaveAttribute('data-state', verdictBefore!);
  await expect(page.getByRole('spinbutton', { name: '提高劳动报酬比重政策', exact: true })).toHaveValue('0');

  // In English the same panel reads in English; a threshold that is not a number is refused, naming the field.
  await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
  await expect(panel.getByRole('heading')).toContainText('What would it take');
  await panel.getByLabel(/^Target value/).fill('lots');
  await panel.getByRole('button', { name: 'Find' }).click();
  await expect(panel.getByRole('alert')).toHaveText('Target value: enter a number');
  // A bar out of the lever's reach is said to be unreachable, with the best value and its cost.
  await panel.getByLabel(/^Target value/).fill('90');
  await panel.getByRole('button', { name: 'Find' }).click();
  await expect(status).toHaveAttribute('data-status', 'unreachable', { timeout: 60_000 });
  await expect(status).toContainText('Not reachable');
  await expect(panel.getByTestId('goal-seek-cost')).toContainText('bn yuan');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(row.getByRole('button', { name: /^What would it take\?/ })).toBeFocused();
});
