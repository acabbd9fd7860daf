import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

// Stories and presentation mode: a three-step story built from the workbench, saved, presented by
// keyboard in Chinese and then in English (the step kept), laid out without overflow or overlap at
// 1280×720 and 1024×768, axe clean; its file exported and imported again, and its link opened.

// Three page loads, a dozen model runs and two axe scans on a loaded 2-core machine.
test.describe.configure({ timeout: 240_000 });

/** Moves the labour-share lever `steps` keyboard steps right and waits until the headline shows `income`. */
async function moveLever(page: Page, steps: number, value: string, income: string): Promise<void> {
  const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
  await slider.focus();
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue(value);
  await expect(page.getByTestId('headline')).toContainText(income);
}

/** Opens the stories dialog, adds what the workbench shows as a step with a note, and closes it again. */
async function addStep(page: Page, note: string): Promise<void> {
  await page.getByTestId('open-stories').click();
  const dialog = page.getByTestId('stories');
  await dialog.getByTestId('new-step-note').fill(note);
  await dialog.getByTestId('add-step').click();
  await expect(dialog.getByTestId('story-steps').locator('textarea').last()).toHaveValue(note);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);
}

/** The income target's value line on the presented step, once the step's run is in. */
async function presentedIncome(page: Page): Promise<string> {
  const row = page.getByTestId('present-targets').locator('li[data-id="income_per_capita"]');
  await expect(row).toBeVisible();
  return (await row.getByTestId('present-value').textContent()) ?? '';
}

/** Serious or critical axe violations in presentation mode (or in another part of the page). */
async function seriousViolations(page: Page, part = '[data-testid="presentation"]'): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include(part).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * What is wrong with the presentation's layout: the page wider than the window, a part outside
 * the window or cut off (its content taller or wider than its box), two parts over each other,
 * or body type under 28 px.
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`page ${document.documentElement.scrollWidth} px wide in ${window.innerWidth}`);
    const parts = ['.bar', '[data-testid="present-chart"]', '[data-testid="present-targets"]', '[data-testid="present-notes"]', '#present-keys'];
    const boxes: { name: string; box: DOMRect }[] = [];
    for (const name of parts) {
      const element = document.querySelector<HTMLElement>(`[data-testid="presentation"] ${name}`);
      if (!element) continue;
      const box = element.getBoundingClientRect();
      boxes.push({ name, box });
      if (box.left < -0.5 || box.top < -0.5 || box.right > window.innerWidth + 0.5 || box.bottom > window.innerHeight + 0.5) {
        problems.push(`${name} outside the window: ${JSON.stringify(box)}`);
      }
      if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name} cut off: content ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`);
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
          problems.push(`${boxes[i]!.name} over ${boxes[j]!.name}`);
      }
    }
    for (const text of document.querySelectorAll<HTMLElement>(
      '[data-testid="present-targets"] li span, [data-testid="present-notes"] p, [data-testid="present-counter"]',
    )) {
      const size = parseFloat(getComputedStyle(text).fontSize);
      if (size < 28) problems.push(`"${text.textContent?.slice(0, 20)}" in ${size} px type`);
    }
    return problems;
  });
}

/** Checks the layout at a window size and keeps a screenshot of it (looked at when the spec was written). */
async function checkSize(page: Page, testInfo: TestInfo, width: number, height: number, label: string): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.screenshot({ path: testInfo.outputPath(`present-${label}-${width}x${height}.png`) });
  await expect.poll(() => layoutProblems(page)).toEqual([]);
}

test('a three-step story: built, saved, presented by keyboard in Chinese, switched to English on the same step, laid out at 1280×720 and 1024×768, axe clean, left with Escape', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.locator('main[data-ready="true"]')).toBeAttached({ timeout: 60_000 });
  await expect(page.getByTestId('headline')).toContainText('2025年', { timeout: 60_000 });

  // Step 1: the baseline. Step 2: the labour-share lever at 1 point. Step 3: at 2 points, on the cities view.
  await page.getByTestId('open-stories').click();
  await page.getByTestId('story-name').fill('议会汇报');
  await page.getByTestId('stories').getByRole('button', { name: '关闭' }).click();
  await addStep(page, '先看基线。');
  await moveLever(page, 10, '1', '7.16万元');
  await addStep(page, '劳动报酬政策提高一个百分点。');
  await moveLever(page, 10, '2', '万元');
  await page.getByRole('tab', { name: '设区市' }).click();
  await addStep(page, '各市的变化。');

  await page.getByTestId('open-stories').click();
  const dialog = page.getByTestId('stories');
  await expect(dialog.getByTestId('story-steps').locator(':scope > li')).toHaveCount(3);
  await expect(dialog.getByTestId('story-steps').locator(':scope > li').nth(2)).toContainText('设区市');
  await dialog.getByTestId('save-story').click();
  await expect(dialog.getByTestId('story-saved')).toHaveText('故事已保存');
  await expect(dialog.getByTestId('saved-stories')).toContainText('议会汇报');
  await expect(dialog.getByTestId('saved-stories')).toContainText('3 步');

  // Present: one step at a time, counted, the step's scenario computed by the model.
  await dialog.getByTestId('present-story').click();
  const presentation = page.getByTestId('presentation');
  await expect(presentation).toBeVisible();
  await expect(presentation.getByTestId('present-counter')).toHaveText('第 1 / 3 步');
  await expect(presentation.getByTestId('present-announce')).toHaveText('第 1 / 3 步：未命名情景');
  // The baseline's 2025 income, as the scorecard states it (scorecard.e2e.ts).
  const baseline = await presentedIncome(page);
  expect(baseline).toBe('2025年：7.10万元');

  await page.keyboard.press('ArrowRight');
  await expect(presentation.getByTestId('present-counter')).toHaveText('第 2 / 3 步');
  await expect.poll(() => presentedIncome(page)).toContain('7.16万元');
  await expect(presentation.getByTestId('present-announce')).toHaveText('第 2 / 3 步：未命名情景');

  // Back and forward again: step 1's value returns, then step 2's.
  await page.keyboard.press('ArrowLeft');
  await expect(presentation.getByTestId('present-counter')).toHaveText('第 1 / 3 步');
  await expect.poll(() => presentedIncome(page)).toBe(baseline);
  await page.keyboard.press('PageDown');
  await expect(presentation.getByTestId('present-counter')).toHaveText('第 2 / 3 步');
  await expect.poll(() => presentedIncome(page)).toContain('7.16万元');

  // The presenter note, toggled with N.
  await expect(presentation.getByTestId('present-notes')).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(presentation.getByTestId('present-notes')).toContainText('劳动报酬政策提高一个百分点。');
  await expect(presentation.getByTestId('present-notes-toggle')).toHaveAttribute('aria-pressed', 'true');
  await checkSize(page, testInfo, 1280, 720, 'zh-notes');
  expect(await seriousViolations(page)).toEqual([]);

  // The language switched mid-story: the same step, now in English.
  await presentation.getByTestId('present-language').click();
  await expect(presentation.getByTestId('present-counter')).toHaveText('Step 2 of 3');
  await expect(presentation.getByTestId('present-notes')).toContainText('Presenter notes');
  await expect(presentation.getByTestId('present-notes')).toContainText('劳动报酬政策提高一个百分点。');
  await expect(presentation.getByTestId('present-targets')).toContainText('Key targets, 2025');
  await expect.poll(() => presentedIncome(page)).toMatch(/^2025: /);
  const stepTwo = await presentedIncome(page);
  await checkSize(page, testInfo, 1024, 768, 'en-notes');
  await page.keyboard.press('N');
  await expect(presentation.getByTestId('present-notes')).toHaveCount(0);
  await checkSize(page, testInfo, 1024, 768, 'en');

  // Step 3 shows the cities chart; the right arrow stays on the last step.
  await page.keyboard.press('ArrowRight');
  await expect(presentation.getByTestId('present-counter')).toHaveText('Step 3 of 3');
  await expect(presentation.getByTestId('present-chart')).toHaveAttribute('data-view', 'cities');
  await expect.poll(() => presentedIncome(page)).not.toBe(stepTwo);
  await page.keyboard.press('ArrowRight');
  await expect(presentation.getByTestId('present-counter')).toHaveText('Step 3 of 3');
  await checkSize(page, testInfo, 1280, 720, 'en');
  expect(await seriousViolations(page)).toEqual([]);

  // Escape leaves; the page is the workbench again, in English.
  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);
  await expect(page.getByTestId('open-stories')).toBeFocused();
  await expect(page.getByTestId('headline')).toContainText('2025');
  await expect(page.getByRole('tab', { name: 'Cities' })).toHaveAttribute('aria-selected', 'true');
});

test('a story file exported and imported again, and a story link opened in a fresh profile, then presented', async ({ page, browser }, testInfo) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(page.locator('main[data-ready="true"]')).toBeAttached({ timeout: 60_000 });
  await expect(page.getByTestId('headline')).toContainText('2025年', { timeout: 60_000 });
  await addStep(page, '基线。');
  await moveLever(page, 10, '1', '7.16万元');
  await addStep(page, '提高一个百分点。');

  await page.getByTestId('open-stories').click();
  const dialog = page.getByTestId('stories');
  await dialog.getByTestId('story-name').fill('File story');
  expect(await seriousViolations(page, '[data-testid="stories"]')).toEqual([]);
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByTestId('export-story').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('file-story.story.json');
  // Kept under its own name: the import report names the file.
  const file = testInfo.outputPath('file-story.story.json');
  await download.saveAs(file);
  const written = JSON.parse(readFileSync(file, 'utf8')) as { kind: string; steps: { note: string; scenario: { overrides: Record<string, unknown> } }[] };
  expect(written.kind).toBe('prosperity-sandbox-story');
  expect(written.steps.map((s) => s.note)).toEqual(['基线。', '提高一个百分点。']);
  expect(written.steps[1]?.scenario.overrides).toEqual({ labour_share_policy: 1 });

  await dialog.getByTestId('copy-story-link').click();
  // Headless Chromium may block the clipboard: the link is then shown for a manual copy.
  const manual = dialog.getByTestId('story-link-text');
  await expect
    .poll(async () => (await manual.count()) > 0 || (await page.evaluate(() => navigator.clipboard.readText().catch(() => ''))).includes('#story='))
    .toBe(true);
  const link = (await manual.count()) > 0 ? await manual.inputValue() : await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#story=/);

  // The file, imported in a fresh profile: saved and listed with its two steps.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.locator('main[data-ready="true"]')).toBeAttached({ timeout: 60_000 });
  await other.getByTestId('open-stories').click();
  const otherDialog = other.getByTestId('stories');
  await otherDialog.getByTestId('import-story-input').setInputFiles(file);
  await expect(otherDialog.getByTestId('story-import-line')).toHaveText('file-story.story.json：已导入故事“File story”。');
  await expect(otherDialog.getByTestId('saved-stories')).toContainText('File story');
  await expect(otherDialog.getByTestId('story-steps').locator(':scope > li')).toHaveCount(2);

  // The link, opened in another fresh profile: the stories dialog opens with the story, unsaved, in the sender's language.
  const third = await (await browser.newContext()).newPage();
  await third.goto(link);
  const thirdDialog = third.getByTestId('stories');
  // The link opens once the page has run its first scenario (a loaded machine can take a while).
  await expect(thirdDialog.getByTestId('story-link-notice')).toContainText('File story', { timeout: 60_000 });
  await expect(thirdDialog.getByTestId('story-steps').locator(':scope > li')).toHaveCount(2);
  expect(third.url()).not.toContain('#story=');
  // On a phone the dialog and the presentation fit the width (looked at in the screenshots).
  await third.setViewportSize({ width: 390, height: 844 });
  await third.screenshot({ path: testInfo.outputPath('stories-390.png') });
  expect(await third.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await thirdDialog.getByTestId('present-story').click();
  await expect.poll(() => presentedIncome(third)).toBe('2025年：7.10万元');
  await third.screenshot({ path: testInfo.outputPath('present-390.png') });
  expect(await third.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await third.keyboard.press('ArrowRight');
  await expect(third.getByTestId('present-counter')).toHaveText('第 2 / 2 步');
  await expect.poll(() => presentedIncome(third)).toContain('7.16万元');
  await third.keyboard.press('Escape');
  await expect(third.getByTestId('presentation')).toHaveCount(0);
  await fresh.close();
  await third.context().close();
});
