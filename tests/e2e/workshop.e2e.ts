import AxeBuilder from '@axe-core/playwright';
import type { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseCsv } from '../support/parse-csv';
import { expect, test } from './fixtures';

// 27 exact runs, an axe scan and a comparison on a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });

/**
 * The 30 files a trainer collects. Participants 1–20 raise the dibao standard by 2 × n %, 21–27
 * leave it at its default (0); 1–5 raise the resident pension on a path reaching 10 × n yuan in
 * 2025, 6–10 only from 2030 (a change whose 2025 value is the default, 0); 27 assumes 4.5 % GDP
 * growth (default 5.5 % in 2025). 21–26 are the baseline, so they rank equal. Then three bad files.
 */
function workshopFiles(): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  for (let n = 1; n <= 27; n++) {
    const overrides: Record<string, unknown> = {};
    if (n <= 20) overrides['dibao_uplift'] = 2 * n;
    if (n <= 5)
      overrides['pension_uplift'] = {
        path: [
          [2021, 0],
          [2025, 10 * n],
        ],
      };
    else if (n <= 10) overrides['pension_uplift'] = { path: [[2030, 100]] };
    if (n === 27) overrides['gdp_real_growth'] = 4.5;
    const doc = { schemaVersion: 2, name: `学员 ${n}`, horizon: { start: 2020, end: 2035 }, overrides, notes: '' };
    files.push({ name: `p${String(n).padStart(2, '0')}.json`, text: JSON.stringify(doc, null, 2) });
  }
  files.push({ name: 'broken.json', text: '{ "schemaVersion": 2, "overrides": {' });
  files.push({ name: 'future.json', text: JSON.stringify({ schemaVersion: 999, overrides: {} }) });
  files.push({ name: 'too-high.json', text: JSON.stringify({ schemaVersion: 2, overrides: { dibao_uplift: 150 } }) });
  return files;
}

// Hand-computed spread over the 27 participants (the value each uses in 2025, the default for those who did not change it):
// dibao_uplift 0 ×7, 2, 4, …, 40 → min 0, median (14th of 27) 14, max 40, changed by 20.
// pension_uplift 10, 20, 30, 40, 50 and 0 ×22 → min 0, median 0, max 50, changed by 10 (6–10 change it after 2025).
// gdp_real_growth 4.5 once, 5.5 ×26 → min 4.5, median 5.5, max 5.5, changed by 1.

async function drop(page: Page, target: Locator, files: { name: string; text: string }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
    return transfer;
  }, files);
  await target.dispatchEvent('drop', { dataTransfer });
}

async function axeClean(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('[data-testid="workshop"]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The rows of a downloaded CSV (after checking its BOM). */
async function csvRows(download: Download): Promise<string[][]> {
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1).trimEnd());
}

/** Nothing in the dialog sticks out of it sideways, and its own content does not scroll sideways. */
async function fitsSideways(dialog: Locator): Promise<void> {
  const overflow = await dialog.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const out = [...element.querySelectorAll('h2, p, button, caption, summary, li, label')]
      .filter((e) => !e.closest('.scroll') && e.getClientRects().length > 0)
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1;
      })
      .map((e) => e.textContent?.slice(0, 40));
    return { out, sideways: element.scrollWidth > element.clientWidth + 1, inViewport: box.right <= window.innerWidth && box.left >= 0 };
  });
  expect(overflow).toEqual({ out: [], sideways: false, inViewport: true });
}

test('a workshop of 30 files: 3 bad ones reported per file, the lever spread, the ranking with scorecards, CSVs and Compare, in Chinese and English', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.locator('main[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await page.getByRole('button', { name: '工作坊' }).click();
  const dialog = page.getByTestId('workshop');
  await expect(dialog).toBeVisible();

  const started = Date.now();
  await drop(page, dialog, workshopFiles());
  // Reading 30 files in the import worker, then 27 exact runs: generous waits for a loaded machine.
  await expect(dialog.getByTestId('workshop-summary')).toHaveText('已读取 30 个文件：纳入 27 名学员，3 个文件未纳入。', { timeout: 60_000 });
  const read = Date.now();
  const participants = dialog.getByTestId('workshop-participants').locator('tbody tr[data-participant]');
  await expect(participants).toHaveCount(27, { timeout: 60_000 });
  testInfo.annotations.push({ type: 'wall time', description: `30 files read in ${read - started} ms, 27 scenarios run exactly in ${Date.now() - read} ms` });

  // Each bad file by name, with its reason.
  const refused = dialog.getByTestId('workshop-refused');
  await expect(refused).toHaveCount(3);
  await expect(refused.nth(0)).toContainText('broken.json：未纳入');
  await expect(refused.nth(0)).toContainText('broken.json：不是有效的 JSON');
  await expect(refused.nth(1)).toContainText('future.json：schemaVersion：版本 999 比本应用支持的版本（3）新，请更新应用');
  await expect(refused.nth(2)).toContainText('too-high.json：overrides.dibao_uplift：150 超出允许范围 0 至 100');

  // The spread, hand-computed above.
  const spread = dialog.getByTestId('workshop-spread');
  await expect(spread.locator('tbody tr')).toHaveCount(3);
  await expect(spread.locator('tr[data-parameter="dibao_uplift"] > *')).toHaveText(['低保标准提高幅度', '%', '0', '0', '14', '40', '27 人中 20 人']);
  await expect(spread.locator('tr[data-parameter="pension_uplift"] > *')).toHaveText([
    '城乡居民基础养老金提高额',
    '元/人·月',
    '0',
    '0',
    '0',
    '50',
    '27 人中 10 人',
  ]);
  await expect(spread.locator('tr[data-parameter="gdp_real_growth"] td')).toHaveText(['%/年', '5.5', '4.5', '5.5', '5.5', '27 人中 1 人']);

  // The ranking: targets met never rise down the table; on equal counts the cost never falls (from the CSV's machine numbers).
  const ranking = await csvRows(
    await Promise.all([page.waitForEvent('download'), dialog.getByTestId('workshop-download-participants').click()]).then(([d]) => d),
  );
  expect(ranking[0]).toEqual(['名次', '文件', '情景名称', '模型判定达标数', '2021—2025年累计财政成本（元）', '改动项数']);
  const body = ranking.slice(1);
  expect(body).toHaveLength(27);
  for (let i = 1; i < body.length; i++) {
    const [prev, row] = [body[i - 1]!, body[i]!];
    expect(Number(row[3])).toBeLessThanOrEqual(Number(prev[3]));
    if (row[3] === prev[3]) expect(Number(row[4])).toBeGreaterThanOrEqual(Number(prev[4]));
    expect(Number(row[0])).toBe(row[3] === prev[3] && row[4] === prev[4] ? Number(prev[0]) : i + 1);
  }
  // The six baseline participants (21–26) are equal on both counts: one shared rank, no settings changed, no cost.
  const baseline = body.filter((row) => ['p21.json', 'p22.json', 'p23.json', 'p24.json', 'p25.json', 'p26.json'].includes(row[1]!));
  expect(new Set(baseline.map((row) => row[0])).size).toBe(1);
  expect(baseline.map((row) => [row[4], row[5]])).toEqual(Array.from({ length: 6 }, () => ['0', '0']));
  // The table shows the same order.
  await expect(participants.locator('th')).toHaveText(body.map((row) => row[1]!));

  const spreadCsv = await csvRows(await Promise.all([page.waitForEvent('download'), dialog.getByTestId('workshop-download-spread').click()]).then(([d]) => d));
  expect(spreadCsv.find((row) => row[0] === 'dibao_uplift')).toEqual(['dibao_uplift', '低保标准提高幅度', '政策杠杆', '%', '0', '0', '14', '40', '20', '27']);

  // A participant's scorecard: all 66 targets with their verdicts.
  const first = participants.first();
  const firstName = (await first.locator('th').textContent())!;
  await first.getByRole('button', { name: `记分卡：${firstName}` }).click();
  await expect(dialog.getByTestId('workshop-scorecard').locator('tbody tr')).toHaveCount(66);
  await page.screenshot({ path: testInfo.outputPath('workshop-zh-1280.png') });
  await fitsSideways(dialog);

  // English: the dialog keeps its collection while the page switches language.
  await dialog.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
  await page.getByRole('button', { name: 'Workshop' }).click();
  await expect(dialog.getByTestId('workshop-summary')).toHaveText('Read 30 files: 27 participants included, 3 files left out.');
  await expect(refused.nth(0)).toContainText('broken.json: left out');
  await expect(refused.nth(0)).toContainText('broken.json: is not valid JSON');
  await expect(refused.nth(1)).toContainText('future.json: schemaVersion: version 999 is newer than this app understands (3); update the app');
  await expect(refused.nth(2)).toContainText('too-high.json: overrides.dibao_uplift: 150 is outside the allowed range 0 to 100');
  await expect(spread.locator('tr[data-parameter="dibao_uplift"] > *')).toHaveText(['Dibao standard uplift', '%', '0', '0', '14', '40', '20 of 27']);
  await expect(participants.locator('th')).toHaveText(body.map((row) => row[1]!));
  const enSpread = await csvRows(await Promise.all([page.waitForEvent('download'), dialog.getByTestId('workshop-download-spread').click()]).then(([d]) => d));
  expect(enSpread[0]).toEqual(['Parameter id', 'Lever or assumption', 'Kind', 'Unit', 'Default', 'Min', 'Median', 'Max', 'Changed by', 'Participants']);
  await first.getByRole('button', { name: `Scorecard: ${firstName}` }).click();
  await expect(dialog.getByTestId('workshop-scorecard').locator('tbody tr')).toHaveCount(66);
  // One axe scan (the slowest step on a loaded machine), of the whole dialog with a scorecard open.
  await axeClean(page);

  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: testInfo.outputPath('workshop-en-1024.png') });
  await fitsSideways(dialog);
  await dialog.getByTestId('workshop-spread').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('workshop-en-1024-tables.png') });

  // Two participants go to the Compare view, beside the scenario on screen.
  const [top, second] = [body[0]![1]!, body[1]![1]!];
  await dialog.getByRole('checkbox', { name: `Compare: ${top}` }).check();
  await dialog.getByRole('checkbox', { name: `Compare: ${second}` }).check();
  await dialog.getByRole('button', { name: 'Compare the ticked (2) in Compare' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Compare' })).toBeFocused();
  await expect(page.getByTestId('compare-scorecard').locator('thead th[data-col]')).toHaveText(['Scenario on screen', top, second], { timeout: 30_000 });
  await expect(page.getByTestId('compare-workshop').getByRole('checkbox')).toHaveCount(2);
});
