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
    // Verdicts are counted apart by basis; tracked targets without a trend are "not projected", not "missed".
    await expect(page.getByTestId('scorecard-summary')).toHaveText(
      '模型：已达标 7 · 接近 2 · 未达标 0 ｜ 假设水平：已达标 4 · 接近 0 · 未达标 0 ｜ 未预测 8 · 无数据 45（共 66 项）',
    );
    await expect(cell(page, 'income_per_capita', 'value')).toHaveText('7.10万元');
    await expect(cell(page, 'income_per_capita', 'target')).toHaveText('≥ 7.5万元');
    await expect(cell(page, 'income_per_capita', 'gap')).toHaveText('\u22120.40万元');
    // A modelled row's status cell ends with its "what would it take?" button.
    await expect(cell(page, 'income_per_capita', 'status')).toHaveText('◐ 接近 模型 需要什么？ 敏感性');
    await expect(cell(page, 'income_per_capita', 'first-year')).toHaveText('2026');
    await expect(cell(page, 'urban_rural_income_ratio', 'target')).toHaveText('≤ 1.9');
    // Tracked rows carry the trend-assumption mark; with an official value but no trend a row is
    // "not projected" and shows that value and its year; a row without any baseline says "no data".
    await expect(targetRow(page, 'life_expectancy')).toContainText('趋势假设');
    await expect(cell(page, 'life_expectancy', 'value')).toHaveText('2020年 79.2年');
    await expect(cell(page, 'life_expectancy', 'status')).toHaveText('… 未预测');
    await expect(cell(page, 'life_expectancy', 'first-year')).toHaveText('–');
    await expect(targetRow(page, 'life_expectancy').getByRole('button', { name: '输入趋势：人均预期寿命' })).toHaveText('输入趋势');
    await expect(cell(page, 'childcare_slots', 'status')).toHaveText('– 无数据');
    await expect(targetRow(page, 'childcare_slots').getByRole('button', { name: '输入数值：每千人口婴幼儿照护设施托位' })).toHaveText('输入数值');
  });

  test('exposes every row, with its header and cells, to assistive technology (Chrome’s own accessibility tree)', async ({ page }) => {
    await page.goto('/');
    await expect(cell(page, 'income_per_capita', 'value')).toHaveText('7.10万元');
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
    expect(cells).toContain('7.10 万元');
    // The basis is part of the status cell's accessible name.
    expect(cells.map((name) => name?.trim())).toContain('已达标 模型');
  });

  test('moving a lever (a preset) changes the 2025 value in the scorecard', async ({ page }) => {
    await page.goto('/');
    await expect(cell(page, 'urban_rural_income_ratio', 'value')).toHaveText('1.88');
    await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
    await expect(cell(page, 'urban_rural_income_ratio', 'value')).toHaveText('1.80');
    await expect(cell(page, 'urban_rural_income_ratio', 'status')).toHaveText('✓ 已达标 模型 需要什么？ 敏感性');
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
    // The worst relative shortfall in the baseline: income, 70,985 of 75,000 yuan (5.4 %); the 13
    // modelled verdicts first, the rows without a verdict (not projected, no data) last.
    await expect(rows.first()).toHaveAttribute('data-target-id', 'income_per_capita');
    await expect(rows.last()).toHaveAttribute('data-state', 'no_data');
    const states = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state')));
    expect(states.slice(0, 13).every((state) => state === 'reached' || state === 'within_reach' || state === 'missed')).toBe(true);
    expect(states.slice(13).every((state) => state === 'not_projected' || state === 'no_data')).toBe(true);
    await page.getByLabel('排序').selectOption({ label: '按规划顺序' });
    await expect(rows.first()).toHaveAttribute('data-target-id', 'market_entities');
    await expect(rows.nth(1)).toHaveAttribute('data-target-id', 'income_per_capita');

    // A modelled row opens its chart in the trajectories view (click or Enter on its name).
    await page.getByRole('tab', { name: '设区市' }).click();
    await expect(page.getByRole('tab', { name: '设区市' })).toHaveAttribute('aria-selected', 'true');
    await cell(page, 'urban_rural_income_ratio', 'value').click();
    await expect(page.getByRole('tab', { name: '目标轨迹' })).toHaveAttribute('aria-selected', 'true');
    await expect(targetRow(page, 'urban_rural_income_ratio').locator('button.open')).toHaveAttribute('aria-current', 'true');
    await page.getByRole('tab', { name: '收入分布' }).click();
    await targetRow(page, 'labour_share_gdp').getByRole('button', { name: '劳动报酬占GDP比重', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: '目标轨迹' })).toHaveAttribute('aria-selected', 'true');
    await expect(targetRow(page, 'labour_share_gdp').locator('button.open')).toHaveAttribute('aria-current', 'true');
  });

  test('the trend editor refuses a share above 100 %, naming the field, in both languages', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(cell(page, 'kindergarten_inclusive_share', 'value')).toHaveText('2020年 88.8%', { timeout: 30_000 });
    await page.getByRole('button', { name: /^输入(数值|趋势)：普惠性幼儿园在园幼儿占比$/ }).click();
    const editor = page.getByTestId('trend-editor-kindergarten_inclusive_share');
    await editor.getByLabel('起始值').fill('150');
    await editor.getByRole('button', { name: '应用' }).click();
    await expect(editor.getByRole('alert')).toHaveText('起始值是比例，必须在 0% 至 100% 之间。');
    // Nothing applied, and what was typed stays for correcting.
    await expect(cell(page, 'kindergarten_inclusive_share', 'status')).toHaveText('… 未预测');
    await expect(editor.getByLabel('起始值')).toHaveValue('150');

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await editor.getByLabel('Start value').fill('-5');
    await editor.getByRole('button', { name: 'Apply' }).click();
    await expect(editor.getByRole('alert')).toHaveText('The start value is a share: it must be from 0 % to 100 %.');
    await editor.getByLabel('Start value').fill('100');
    await editor.getByRole('button', { name: 'Apply' }).click();
    await expect(editor.getByRole('alert')).toHaveCount(0);
    await expect(cell(page, 'kindergarten_inclusive_share', 'value')).toHaveText(/^100(\.0)?%$/);
  });

  test('a trend entered for a tracked target is listed in “我改动了什么 / What I changed”, and reset from there, in both languages', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(cell(page, 'life_expectancy', 'value')).toHaveText('2020年 79.2年', { timeout: 30_000 });
    await page.getByRole('button', { name: '输入趋势：人均预期寿命' }).click();
    const editor = page.getByTestId('trend-editor-life_expectancy');
    await editor.getByLabel('每年变化').fill('0.2');
    await editor.getByRole('button', { name: '应用' }).click();
    await expect(cell(page, 'life_expectancy', 'value')).toHaveText('80.2年');
    const changed = page.getByTestId('changed-summary');
    await expect(changed.getByRole('listitem')).toHaveCount(1);
    await expect(changed.getByRole('listitem')).toContainText('人均预期寿命趋势假设');
    await expect(changed.getByRole('listitem')).toContainText('2020年 79.2年，此后每年 +0.2年');

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(changed.getByRole('listitem')).toContainText('Trend');
    await expect(changed.getByRole('listitem')).toContainText('79.2 years in 2020, then +0.2 years a year');
    await changed.getByRole('button', { name: 'Reset Life expectancy at birth' }).click();
    await expect(changed.getByRole('listitem')).toHaveCount(0);
    await expect(cell(page, 'life_expectancy', 'status')).toHaveText('… Not projected');
  });

  test('editing a tracked target’s trend updates its row and survives a reload', async ({ page }) => {
    await page.goto('/');
    await expect(cell(page, 'life_expectancy', 'value')).toHaveText('2020年 79.2年');
    await expect(cell(page, 'life_expectancy', 'status')).toHaveText('… 未预测');
    await page.getByRole('button', { name: '输入趋势：人均预期寿命' }).click();
    const editor = page.getByTestId('trend-editor-life_expectancy');
    await expect(editor).toContainText('官方数值：2020年 79.2年。输入趋势并应用后才作预测。');
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
    await expect(cell(page, 'life_expectancy', 'status')).toHaveText('✓ 已达标 趋势');
    await expect(targetRow(page, 'life_expectancy')).toContainText('趋势假设（自设）');
    await expect(page.getByTestId('save-state')).toHaveText('草稿已保存');

    await page.reload();
    await expect(cell(page, 'life_expectancy', 'value')).toHaveText('80.2年');
    await expect(cell(page, 'life_expectancy', 'status')).toHaveText('✓ 已达标 趋势');

    // Clearing the trend leaves the target not projected again.
    await page.getByRole('button', { name: '编辑：人均预期寿命' }).click();
    await page.getByTestId('trend-editor-life_expectancy').getByRole('button', { name: '清除趋势（不预测）' }).click();
    await expect(cell(page, 'life_expectancy', 'value')).toHaveText('2020年 79.2年');
    await expect(cell(page, 'life_expectancy', 'status')).toHaveText('… 未预测');
  });

  test('a target without baseline invites a value, and then has one', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '输入数值：每千人口婴幼儿照护设施托位' }).click();
    const editor = page.getByTestId('trend-editor-childcare_slots');
    await expect(editor).toContainText('暂无官方基数');
    await editor.getByLabel('起始值').fill('3');
    await editor.getByLabel('起始年份').fill('2020');
    await editor.getByLabel('每年变化').fill('0.4');
    await editor.getByRole('button', { name: '应用' }).click();
    await expect(cell(page, 'childcare_slots', 'value')).toHaveText('5.0个/千人');
    await expect(cell(page, 'childcare_slots', 'status')).toHaveText('✓ 已达标 趋势');
  });

  test("shows each verdict's basis and never counts model and trend verdicts in one sum, in both languages", async ({ page }) => {
    await page.goto('/');
    const summary = page.getByTestId('scorecard-summary');
    const basis = (id: string) => targetRow(page, id).locator('[data-basis]');
    await expect(basis('income_per_capita')).toHaveText('模型');
    await expect(basis('urban_unemployment_rate')).toContainText('假设水平');
    // The assumption it rests on is named (tooltip, and text for screen readers).
    await expect(basis('urban_unemployment_rate')).toHaveAttribute('title', /^基于假设水平：/);
    await expect(basis('life_expectancy')).toHaveCount(0);
    await expect(page.getByTestId('headline-bases')).toHaveText(
      '2025年13项模型测算目标，按判断依据分开计数：模型：已达标 7 · 接近 2 · 未达标 0 ｜ 假设水平：已达标 4 · 接近 0 · 未达标 0',
    );

    // A user's trend makes a verdict of its own basis, counted apart from the model's.
    await page.getByRole('button', { name: '输入趋势：人均预期寿命' }).click();
    const editor = page.getByTestId('trend-editor-life_expectancy');
    await editor.getByLabel('每年变化').fill('0.2');
    await editor.getByRole('button', { name: '应用' }).click();
    await expect(basis('life_expectancy')).toHaveText('趋势');
    await expect(summary).toHaveText(
      '模型：已达标 7 · 接近 2 · 未达标 0 ｜ 假设水平：已达标 4 · 接近 0 · 未达标 0 ｜ 趋势：已达标 1 · 接近 0 · 未达标 0 ｜ 未预测 7 · 无数据 45（共 66 项）',
    );
    await page.getByLabel('判断依据').selectOption({ label: '趋势' });
    await expect(scorecard(page).locator('tbody tr[data-target-id]')).toHaveCount(1);
    await page.getByLabel('判断依据').selectOption({ label: '全部' });

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(basis('income_per_capita')).toHaveText('Model');
    await expect(basis('urban_unemployment_rate')).toContainText('Assumed level');
    await expect(basis('life_expectancy')).toHaveText('Trend (user)');
    await expect(summary).toHaveText(
      'Model: reached 7 · within reach 2 · missed 0 | Assumed level: reached 4 · within reach 0 · missed 0 | Trend (user): reached 1 · within reach 0 · missed 0 | not projected 7 · no data 45 (66 targets)',
    );
    await expect(page.getByTestId('headline-bases')).toContainText('counted apart by basis');
    // Number and unit are set apart by a margin, not a space.
    await expect(cell(page, 'market_entities', 'value')).toHaveText(/^6\.75\s?million \(2019\)$/);
    await expect(cell(page, 'market_entities', 'status')).toHaveText('… Not projected');
    await expect(targetRow(page, 'market_entities').getByRole('button', { name: /Registered market entities/ })).toHaveText('Enter a trend');
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
    await expect(total.locator('td').nth(4)).toHaveText('457.8');
    await expect(panel.getByTestId('fiscal-total-cumulative')).toHaveText('2,240.4');
    await expect(panel.locator('caption')).toContainText('亿元');
    // Only the non-zero rows: dibao, pension, top-up, and the dibao savings (negative, with a note).
    await expect(panel.locator('tbody tr')).toHaveCount(4);
    await expect(panel.locator('tr[data-fiscal-id="dibao_savings"] td').first()).toHaveText('\u22129.4');
    await expect(panel.getByTestId('fiscal-negative-note')).toBeVisible();

    await panel.getByLabel('占预算收入%').check();
    await expect(total.locator('td').nth(0)).toHaveText('5.57%');
    await expect(panel.getByTestId('fiscal-total-cumulative')).toHaveText('2,240.4');

    await panel.getByRole('button', { name: /显示全部/ }).click();
    await expect(panel.locator('tbody tr')).toHaveCount(11);
    await expect(panel.locator('tr[data-fiscal-id="min_wage"]')).toContainText('无财政成本（2025年企业成本 0.0亿元）');

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await panel.getByLabel('bn yuan').check();
    await expect(panel.getByTestId('fiscal-total-cumulative')).toHaveText('224.04');
    await expect(panel.locator('caption')).toContainText('bn yuan');
  });

  test('says how the fiscal levers are financed: borrowing by default, or a proportional household tax', async ({ page }) => {
    await page.goto('/');
    const financing = page.getByTestId('fiscal-financing');
    await expect(financing).toHaveText('财政来源：举债（不影响居民收入）');
    await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
    await expect(page.getByTestId('fiscal-total').locator('td').nth(4)).toHaveText('457.8');
    await page.getByText('假设条件（非政策）').click();
    // The fiscal assumptions are a group of their own, folded until opened.
    await page.getByRole('heading', { name: '财政', exact: true }).click();
    await page.getByRole('combobox', { name: '财政支出的资金来源' }).selectOption({ label: '居民比例税' });
    // The tax raises the year's net fiscal cost: the 2025 total above.
    await expect(financing).toHaveText('财政来源：居民比例税（每户按可支配收入的相同比例缴纳，筹集当年净财政成本；2025年 457.8亿元）');
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
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
  await expect(page.getByTestId('fiscal-total-cumulative')).toHaveText('2,240.4');
  await page.getByRole('button', { name: '输入趋势：人均预期寿命' }).click();
  for (const language of ['zh', 'en']) {
    if (language === 'en') await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    const { violations } = await new AxeBuilder({ page }).include('aside.scorecard').include('[data-testid="fiscal-panel"]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
