import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Download, Page } from '@playwright/test';
import { parseCsv } from '../support/parse-csv';

const BOM = '\uFEFF';
const FIXTURES = fileURLToPath(new URL('../fixtures/scenarios', import.meta.url));
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function axeClean(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="compare"]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The file an action downloads, as bytes. */
async function download(page: Page, action: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { file, bytes: await readFile(await file.path()) };
}

/** A downloaded CSV (checking its BOM) as rows. */
function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  return parseCsv(text.slice(BOM.length));
}

/** A figure as the page writes it ("2,240.4", "−9.4") as a number. */
const shownNumber = (text: string): number => Number(text.replace(/,/g, '').replace('\u2212', '-'));

// Three scenarios run exactly one after another, and the journey is long: allow for a loaded machine.
test.describe.configure({ timeout: 180_000 });

test.describe('comparing scenarios', () => {
  test('the scenario on screen beside two presets: paths, scorecards side by side, what differs, exports and brief, in Chinese and English', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(page.getByTestId('scorecard').locator('tbody tr[data-target-id]')).toHaveCount(66);
    await page.getByRole('tab', { name: '情景比较' }).click();
    const view = page.getByTestId('compare');
    await view.getByRole('checkbox', { name: '工资增长主导' }).check();
    await view.getByRole('checkbox', { name: '规划一致' }).check();
    await view.getByRole('button', { name: '运行比较' }).click();

    // Three columns: the scenario on screen (the baseline), then the presets in the order picked.
    const table = view.getByTestId('compare-scorecard');
    await expect(table.locator('thead th[data-col]')).toHaveText(['当前情景', '工资增长主导', '规划一致']);
    await expect(table.locator('tbody tr[data-target-id]')).toHaveCount(66);
    // The wage-led package moves some verdicts away from the baseline's.
    expect(await table.locator('tbody tr[data-differs]').count()).toBeGreaterThan(0);
    await expect(view.getByTestId('compare-chart')).toBeVisible();
    // The levers the presets set, listed where they differ, with the baseline's default marked.
    const settings = view.getByTestId('compare-settings');
    await expect(settings.locator('tbody tr[data-parameter^="dibao_uplift@"]').first().locator('td').nth(1)).toContainText('（默认）');
    // The plan-consistent pension path (20 → 60 yuan a month over 2021–2025, flat after) differs year by year, then as one span.
    await expect(settings.locator('tbody tr[data-parameter^="pension_uplift@"] td:nth-child(2)')).toHaveText([
      '2021年',
      '2022年',
      '2023年',
      '2024年',
      '2025—2035年',
    ]);
    // Numbers against each other: one row for every year.
    await expect(settings.locator('tbody tr[data-parameter="min_wage_uplift"] td').first()).toHaveText('每年');

    // Cost against results: a row per scenario; the one meeting the most modelled targets is on the frontier (nothing meets more).
    const tradeOff = view.getByTestId('compare-trade-off');
    await expect(tradeOff.locator('tbody tr')).toHaveCount(3);
    const met = await tradeOff.locator('tbody tr td:nth-child(3)').allTextContents();
    const best = met.map(Number).indexOf(Math.max(...met.map(Number)));
    await expect(tradeOff.locator('tbody tr').nth(best)).toContainText('在前沿上');
    await expect(view.getByTestId('trade-off-plot').locator('circle')).toHaveCount(3);

    // The vertical axis becomes the urban–rural ratio's 2025 gap (≤ 1.9: lower is better): a gap column, each scenario's gap as its scorecard cell reads.
    await view.getByTestId('trade-off-axis').selectOption({ label: '2025年差距：城乡居民收入倍差' });
    await expect(tradeOff.locator('thead th')).toHaveText(['情景', '2021—2025年累计财政成本', '模型判定达标数', '2025年差距：城乡居民收入倍差', '效率前沿']);
    const gaps = (await tradeOff.locator('tbody tr td:nth-child(4)').allTextContents()).map(shownNumber);
    const costs = (await tradeOff.locator('tbody tr td:nth-child(2)').allTextContents()).map((c) => shownNumber(c.replace('亿元', '')));
    expect(gaps.every(Number.isFinite)).toBe(true);
    // The scenario with the lowest ratio is on the frontier: nothing has a lower one; the cheapest is too, unless another is as cheap with a lower ratio.
    await expect(tradeOff.locator('tbody tr').nth(gaps.indexOf(Math.min(...gaps)))).toContainText('在前沿上');
    const cheapest = costs.indexOf(Math.min(...costs));
    if (costs.filter((c) => c === costs[cheapest]).length === 1) await expect(tradeOff.locator('tbody tr').nth(cheapest)).toContainText('在前沿上');
    await expect(view.getByTestId('trade-off-plot')).toContainText('目标值');
    await axeClean(page);

    // The comparison CSV: the page's verdicts and fiscal totals, side by side.
    const csv = await download(page, () => view.getByRole('button', { name: '下载比较 CSV' }).click());
    expect(csv.file.suggestedFilename()).toMatch(/^情景比较-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csvRows(csv.bytes);
    expect(rows[0]!.slice(8)).toEqual([
      '当前情景：数值',
      '当前情景：判定',
      '当前情景：判断依据',
      '工资增长主导：数值',
      '工资增长主导：判定',
      '工资增长主导：判断依据',
      '规划一致：数值',
      '规划一致：判定',
      '规划一致：判断依据',
    ]);
    const differing = (await table.locator('tbody tr[data-differs]').first().getAttribute('data-target-id'))!;
    const csvRow = rows.find((r) => r[0] === '计分卡' && r[1] === differing)!;
    expect(csvRow[7]).toBe('是');
    for (const col of [0, 1, 2]) {
      const shown = (await table.locator(`tbody tr[data-target-id="${differing}"] td[data-col="${col}"] .state`).textContent())!;
      // The page adds the verdict's icon ("已达标 ✓").
      expect(shown.startsWith(csvRow[9 + 3 * col]!)).toBe(true);
    }
    const fiscal = view.getByTestId('compare-fiscal');
    const shownTotal = shownNumber((await fiscal.locator('tbody tr[data-scenario="preset:plan-consistent"] td').last().textContent())!);
    const csvTotal = Number(rows.find((r) => r[1] === 'fiscal_cost_total_cumulative')![14]);
    expect(Math.round(csvTotal / 1e7) / 10).toBe(shownTotal);
    expect(rows.filter((r) => r[1] === 'pension_uplift').map((r) => r[6])).toEqual(['2021', '2022', '2023', '2024', '2025–2035']);

    // The overlaid chart as a PNG.
    const png = await download(page, () => view.getByRole('button', { name: /^下载图表 PNG：/ }).click());
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(png.bytes.length).toBeGreaterThan(5_000);

    // The comparison brief: the print button prints it (the browser's dialog stubbed), the scenario's own brief stepping aside.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await view.getByRole('button', { name: '打印比较简报' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const brief = page.getByTestId('compare-brief');
    await expect(brief).toBeVisible();
    await expect(page.locator('#app')).toBeHidden();
    await expect(page.getByTestId('brief').locator('article')).toHaveCount(0);
    await expect(brief.getByTestId('compare-brief-scenarios').locator('li')).toHaveText(['当前情景', '工资增长主导', '规划一致']);
    await expect(brief.getByTestId('compare-brief-scorecard').locator(`tr[data-target-id="${differing}"][data-differs]`)).toBeVisible();
    await expect(brief.getByRole('img', { name: /^全体居民人均可支配收入 · 情景比较/ })).toBeVisible();
    await expect(brief.getByTestId('compare-brief-fiscal')).toContainText(String(shownTotal.toLocaleString('en-US', { minimumFractionDigits: 1 })));
    await expect(brief).toContainText('模型版本 2.0.0');
    await expect(brief.getByTestId('compare-brief-computed')).toContainText('计算时间：');
    await page.screenshot({ path: testInfo.outputPath('compare-brief-zh.png'), fullPage: true });
    // Once printing ends, the next print is the scenario's own brief again.
    await page.emulateMedia({ media: 'screen' });
    await expect(brief).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('brief').locator('article')).toBeVisible();
    await expect(brief.locator('article')).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });

    // A lever moves: the comparison is of the old scenario and says so, its exports off, until it runs again.
    await page.locator('aside.levers input[type="range"]').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(view.getByTestId('compare-not-current')).toBeVisible();
    await expect(view.getByRole('button', { name: '下载比较 CSV' })).toBeDisabled();
    await expect(view.getByRole('button', { name: '打印比较简报' })).toBeDisabled();
    await expect(view.getByRole('button', { name: /^下载图表 PNG：/ })).toBeDisabled();
    await expect(view.getByTestId('compare-exports-off')).toBeVisible();
    await view.getByRole('button', { name: '运行比较' }).click();
    await expect(view.getByTestId('compare-not-current')).toHaveCount(0);
    await expect(view.getByRole('button', { name: '下载比较 CSV' })).toBeEnabled();

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(table.locator('thead th[data-col]')).toHaveText(['Scenario on screen', 'Wage-led', 'Plan-consistent']);
    await expect(view.getByText('At most 4 scenarios at once.')).toBeVisible();
    await expect(tradeOff.locator('thead th').nth(3)).toHaveText('2025 gap: Urban/rural per-capita disposable income ratio');
    const enCsv = csvRows((await download(page, () => view.getByRole('button', { name: 'Download comparison CSV' }).click())).bytes);
    expect(enCsv[0]!.slice(0, 8)).toEqual(['Section', 'Id', 'Item', 'Unit', 'Comparator', 'Threshold', 'Year', 'Verdicts differ']);
    expect(enCsv[0]![11]).toBe('Wage-led: value');
    await view.getByRole('button', { name: 'Print comparison brief' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(brief.getByTestId('compare-brief-scenarios').locator('li')).toHaveText(['Scenario on screen', 'Wage-led', 'Plan-consistent']);
    await expect(brief).toContainText('Model version 2.0.0');
    await page.emulateMedia({ media: 'screen' });
    await axeClean(page);
  });

  test('scenarios added from a share link and a file beside the one on screen; a damaged link refused with its reason; in Chinese and English', async ({
    page,
  }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await expect(page.getByTestId('scorecard').locator('tbody tr[data-target-id]')).toHaveCount(66);
    // A link to a named scenario with one lever moved, as a participant would send it.
    await page.getByTestId('scenario-name').fill('链接情景');
    const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('1');
    await page.getByTestId('copy-link').click();
    // Headless Chromium may block the clipboard: the link is then shown for a manual copy.
    const manual = page.getByTestId('link-text');
    const link = (await manual.count()) > 0 ? await manual.inputValue() : await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#s=/);

    await page.getByRole('tab', { name: '情景比较' }).click();
    const view = page.getByTestId('compare');
    const linkBox = view.getByRole('textbox', { name: '粘贴情景链接' });
    await linkBox.fill(link);
    await view.getByRole('button', { name: '加入链接' }).click();
    await expect(view.getByRole('checkbox', { name: '链接情景' })).toBeChecked();
    await expect(linkBox).toHaveValue('');
    await view.getByTestId('compare-add-file-input').setInputFiles(join(FIXTURES, 'v2-named.json'));
    await expect(view.getByRole('checkbox', { name: 'v2-named.json' })).toBeChecked();
    await view.getByRole('button', { name: '运行比较' }).click();
    await expect(view.getByTestId('compare-scorecard').locator('thead th[data-col]')).toHaveText(['当前情景', '链接情景', 'v2-named.json']);

    // One character of the payload changed: refused, naming the link, and the text kept for correcting.
    const at = link.length - 5;
    const damaged = `${link.slice(0, at)}${link[at] === 'A' ? 'B' : 'A'}${link.slice(at + 1)}`;
    await linkBox.fill(damaged);
    await view.getByRole('button', { name: '加入链接' }).click();
    await expect(view.getByTestId('compare-add-errors')).toContainText('分享链接');
    await expect(linkBox).toHaveValue(damaged);
    await expect(view.getByTestId('compare-added').getByRole('checkbox')).toHaveCount(2);
    await axeClean(page);

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(view.getByTestId('compare-add-errors')).toContainText('Share link');
    await view.getByRole('button', { name: 'Remove “v2-named.json”' }).click();
    await expect(view.getByRole('checkbox', { name: 'v2-named.json' })).toHaveCount(0);
    await expect(view.getByTestId('compare-not-current')).toBeVisible();
    await view.getByRole('button', { name: 'Run the comparison' }).click();
    await expect(view.getByTestId('compare-scorecard').locator('thead th[data-col]')).toHaveText(['Scenario on screen', '链接情景']);
    await axeClean(page);
  });
});
