import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// Several model runs and a reload per test: allow for a busy two-core machine.
test.describe.configure({ timeout: 60_000 });

const scorecard = (page: Page) => page.getByTestId('scorecard');
const targetRow = (page: Page, id: string) => scorecard(page).locator(`tbody tr[data-target-id="${id}"]`);
const cell = (page: Page, id: string, col: string) => targetRow(page, id).locator(`[data-col="${col}"]`);

test.describe('the scorecard', () => {
  test('lists all 66 plan targets with value, target, gap, status and first year', async ({ page }) => {
    await page.goto('/');
    await expect(scorecard(page).locator('tbody tr[data-target-id]')).toHaveCount(66);
    await expect(scorecard(page).locator('caption')).toContainText('2025年规划目标');
    await expect(page.getByTestId('scorecard-summary')).toHaveText('已达标 10 项 · 接近 2 项 · 未达标 9 项 · 无数据 45 项（共 66 项）');
    await expect(cell(page, 'income_per_capita', 'value')).toHaveText('7.00万元');
    await expect(cell(page, 'income_per_capita', 'target')).toHaveText('≥ 7.5万元');
    await expect(cell(page, 'income_per_capita', 'gap')).toHaveText('\u22120.50万元');
    await expect(cell(page, 'income_per_capita', 'status')).toHaveText('◐ 接近');
    await expect(cell(page, 'income_per_capita', 'first-year')).toHaveText('2027');
    await expect(cell(page, 'urban_rural_income_ratio', 'target')).toHaveText('≤ 1.9');
    // Tracked rows carry the trend-assumption mark; a row without any baseline says "no data".
    await expect(targetRow(page, 'life_expectancy')).toContainText('趋势假设');
    await expect(cell(page, 'childcare_slots', 'status')).toHaveText('– 无数据');
    await expect(targetRow(page, 'childcare_slots').getByRole('button', { name: '编辑“每千人口婴幼儿照护设施托位”的趋势假设' })).toHaveText('输入数值');
  });

  test('exposes every row, with its header and cells, to assistive technology (Chrome’s own accessibility tree)', async ({ page }) => {
    await page.goto('/');
    await expect(cell(page, 'income_per_capita', 'value')).toHaveText('7.00万元');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    const roles = nodes.map((n) => n.role?.value);
    const table = nodes.find((n) => n.role?.value === 'table' && n.name?.value.includes('2025年规划目标'));
    expect(table).toBeDefined();
    expect(roles.filter((r) => r === 'columnheader').length).toBeGreaterThanOrEqual(6);
    // Every target, also the rows off screen: a speed-up that hides rows from screen readers (such as
    // content-visibility on rows, tried and dropped) must fail here.
    expect(roles.filter((r) => r === 'rowheader').length).toBeGreaterThanOrEqual(66);
    const cells = nodes.filter((n) => n.role?.value === 'cell').map((n) => n.name?.value);
    expect(cells.length).toBeGreaterThanOrEqual(66 * 5);
    expect(cells).toContain('7.00 万元');
  });

  test('moving a lever (a preset) changes the 2025 value in the scorecard', async ({ page }) => {
    await page.goto('/');
    await expect(cell(page, 'urban_rural_income_ratio', 'value')).toHaveText('1.86');
    await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
    await expect(cell(page, 'urban_rural_income_ratio', 'value')).toHaveText('1.79');
    await expect(cell(page, 'urban_rural_income_ratio', 'status')).toHaveText('✓ 已达标');
  });

  test('filters by plan section and kind, sorts by gap, and opens a modelled row in the trajectories', async ({ page }) => {
    await page.goto('/');
    const rows = scorecard(page).locator('tbody tr[data-target-id]');
    await expect(rows).toHaveCount(66);
    await page.getByLabel('规划章节').selectOption({ label: '三、推进收入分配制度改革先行示范' });
    await expect(rows).toHaveCount(4);
    await expect(page.getByTestId('scorecard-summary')).toContainText('（显示 4 / 66 项）');
    await page.getByLabel('指标类型').selectOption({ label: '模型测算' });
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toHaveAttribute('data-target-id', 'new_urban_jobs_cumulative');
    await page.getByLabel('规划章节').selectOption({ label: '全部' });
    await page.getByLabel('指标类型').selectOption({ label: '全部' });
    await expect(rows).toHaveCount(66);

    await page.getByLabel('排序').selectOption({ label: '按差距（最差在前）' });
    // The worst relative shortfall in the baseline: market entities 6.75 of 11 million; rows without data last.
    await expect(rows.first()).toHaveAttribute('data-target-id', 'market_entities');
    await expect(rows.last()).toHaveAttribute('data-state', 'no_data');
    const states = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state')));
    expect(states.indexOf('no_data')).toBe(21);
    await page.getByLabel('排序').selectOption({ label: '按规划顺序' });
    await expect(rows.first()).toHaveAttribute('data-target-id', 'market_entities');
    await expect(rows.nth(1)).toHaveAttribute('data-target-id', 'income_per_capita');

    // A modelled row opens its chart in the trajectories view (click or Enter on its name).
    await page.getByRole('tab', { name: '设区市' }).click();
    await expect(page.getByRole('tab', { name: '设区市' })).toHaveAttribute('aria-selected', 'true');
    await cell(page, 'urban_rural_income_ratio', 'value').click();
    await expect(page.getByRole('tab', { name: '目标轨迹' })).toHaveAttribute('aria-selected', 'true');
    await expect(targetRow(page, 'urban_rural_income_ratio').getByRole('button')).toHaveAttribute('aria-current', 'true');
    await page.getByRole('tab', { name: '收入分布' }).click();
    await targetRow(page, 'labour_share_gdp').getByRole('button', { name: '劳动报酬占GDP比重' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: '目标轨迹' })).toHaveAttribute('aria-selected', 'true');
    await expect(targetRow(page, 'labour_share_gdp').getByRole('button')).toHaveAttribute('aria-current', 'true');
  });

  test('editing a tracked target’s trend updates its row and survives a reload', async ({ page }) => {
    await page.goto('/');
    await expect(cell(page, 'life_expectancy', 'value')).toHaveText('79.2年');
    await expect(cell(page, 'life_expectancy', 'status')).toHaveText('✗ 未达标');
    await page.getByRole('button', { name: '编辑“人均预期寿命”的趋势假设' }).click();
    const editor = page.getByTestId('trend-editor-life_expectancy');
    await expect(editor).toContainText('官方基数：2020年 79.2年，此后保持不变。');
    await expect(editor.getByLabel('起始值')).toHaveValue('79.2');
    await expect(editor.getByLabel('起始年份')).toHaveValue('2020');
    // An invalid year is named, not applied.
    await editor.getByLabel('起始年份').fill('1990');
    await editor.getByRole('button', { name: '应用' }).click();
    await expect(editor.getByRole('alert')).toContainText('起始年份必须是 2010 至 2035 之间的整数年份');
    await editor.getByLabel('起始年份').fill('2020');
    await editor.getByLabel('每年变化').fill('0.2');
    await editor.getByLabel('每年变化').press('Enter');
    await expect(cell(page, 'life_expectancy', 'value')).toHaveText('80.2年');
    await expect(cell(page, 'life_expectancy', 'gap')).toHaveText('+0.2年');
    await expect(cell(page, 'life_expectancy', 'status')).toHaveText('✓ 已达标');
    await expect(targetRow(page, 'life_expectancy')).toContainText('趋势假设（自设）');
    await expect(page.getByTestId('save-state')).toHaveText('已保存');

    await page.reload();
    await expect(cell(page, 'life_expectancy', 'value')).toHaveText('80.2年');
    await expect(cell(page, 'life_expectancy', 'status')).toHaveText('✓ 已达标');

    // Reset restores the official baseline held flat.
    await page.getByRole('button', { name: '编辑“人均预期寿命”的趋势假设' }).click();
    await page.getByTestId('trend-editor-life_expectancy').getByRole('button', { name: '恢复官方基数' }).click();
    await expect(cell(page, 'life_expectancy', 'value')).toHaveText('79.2年');
    await expect(cell(page, 'life_expectancy', 'status')).toHaveText('✗ 未达标');
  });

  test('a target without baseline invites a value, and then has one', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '编辑“每千人口婴幼儿照护设施托位”的趋势假设' }).click();
    const editor = page.getByTestId('trend-editor-childcare_slots');
    await expect(editor).toContainText('暂无官方基数');
    await editor.getByLabel('起始值').fill('3');
    await editor.getByLabel('起始年份').fill('2020');
    await editor.getByLabel('每年变化').fill('0.4');
    await editor.getByRole('button', { name: '应用' }).click();
    await expect(cell(page, 'childcare_slots', 'value')).toHaveText('5.0个/千人');
    await expect(cell(page, 'childcare_slots', 'status')).toHaveText('✓ 已达标');
  });
});

test.describe('the fiscal panel', () => {
  test('shows no extra cost in the baseline, and the transfers-led costs with their 2021–2025 total', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByTestId('fiscal-panel');
    await expect(panel.getByTestId('fiscal-no-cost')).toContainText('基准情景无新增财政支出');
    await expect(panel.locator('tbody tr')).toHaveCount(0);

    await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
    await expect(panel.getByTestId('fiscal-no-cost')).toHaveCount(0);
    const total = panel.getByTestId('fiscal-total');
    await expect(total.locator('td').nth(4)).toHaveText('412.8');
    await expect(panel.getByTestId('fiscal-total-cumulative')).toHaveText('2,032.5');
    await expect(panel.locator('caption')).toContainText('亿元');
    // Only the non-zero rows: dibao, pension, top-up, and the dibao savings (negative, with a note).
    await expect(panel.locator('tbody tr')).toHaveCount(4);
    await expect(panel.locator('tr[data-fiscal-id="dibao_savings"] td').first()).toHaveText('\u22128.1');
    await expect(panel.getByTestId('fiscal-negative-note')).toBeVisible();

    await panel.getByLabel('占预算收入%').check();
    await expect(total.locator('td').nth(0)).toHaveText('5.09%');
    await expect(panel.getByTestId('fiscal-total-cumulative')).toHaveText('2,032.5');

    await panel.getByRole('button', { name: /显示全部/ }).click();
    await expect(panel.locator('tbody tr')).toHaveCount(11);
    await expect(panel.locator('tr[data-fiscal-id="min_wage"]')).toContainText('无财政成本（2025年企业成本 0.0亿元）');

    await page.getByRole('button', { name: '切换到英文' }).click();
    await panel.getByLabel('bn yuan').check();
    await expect(panel.getByTestId('fiscal-total-cumulative')).toHaveText('203.25');
    await expect(panel.locator('caption')).toContainText('bn yuan');
  });

  test('says how the fiscal levers are financed: borrowing by default, or a proportional household tax', async ({ page }) => {
    await page.goto('/');
    const financing = page.getByTestId('fiscal-financing');
    await expect(financing).toHaveText('财政来源：举债（不影响居民收入）');
    await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
    await expect(page.getByTestId('fiscal-total').locator('td').nth(4)).toHaveText('412.8');
    await page.getByText('假设条件（非政策）').click();
    await page.getByRole('combobox', { name: '财政支出的资金来源' }).selectOption({ label: '居民比例税' });
    // The tax raises the year's net fiscal cost: the 2025 total above.
    await expect(financing).toHaveText('财政来源：居民比例税（每户按可支配收入的相同比例缴纳，筹集当年净财政成本；2025年 412.8亿元）');
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect(financing).toContainText('Financed by: a proportional household tax (every household pays the same share of its disposable income');
  });

  test('shows the minimum wage as an employer cost, not a fiscal one', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('预设情景').selectOption({ label: '工资增长主导' });
    const row = page.getByTestId('fiscal-panel').locator('tr[data-fiscal-id="min_wage"]');
    await expect(row).toContainText(/^最低工资（无财政成本）无财政成本（2025年企业成本 [\d,.]+亿元）$/);
  });
});

test('the scorecard, an open trend editor and the fiscal panel pass axe in both languages', async ({ page }) => {
  test.setTimeout(120_000); // axe over a large page is slow on a small machine
  await page.goto('/');
  await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
  await expect(page.getByTestId('fiscal-total-cumulative')).toHaveText('2,032.5');
  await page.getByRole('button', { name: '编辑“人均预期寿命”的趋势假设' }).click();
  for (const language of ['zh', 'en']) {
    if (language === 'en') await page.getByRole('button', { name: '切换到英文' }).click();
    const { violations } = await new AxeBuilder({ page }).include('aside.scorecard').include('[data-testid="fiscal-panel"]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
