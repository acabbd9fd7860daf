import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The guided tour: offered once on a first visit, seven steps by keyboard, each beside the part of
// the page it explains (never over it, never off screen), in both languages, and again from the
// help menu; focus comes back to where the tour was started.

// Two page loads, seven steps at three screen sizes and two axe scans on a loaded 2-core machine.
test.describe.configure({ timeout: 180_000 });

/** Each step's title in both languages (issue 16's list, and the scenario library) and the element it shows at 1280 px. */
const STEPS = [
  { zh: '政策杠杆', en: 'Policy levers', wide: '#levers-panel' },
  { zh: '结果图表', en: 'Result charts', wide: '[data-testid="focus-chart"]' },
  { zh: '目标记分卡', en: 'Target scorecard', wide: '#scorecard' },
  { zh: '要达到需要什么？', en: 'What would it take?', wide: '[data-testid="goal-seek-open"]' },
  { zh: '不确定性', en: 'Uncertainty', wide: '[data-testid="uncertainty"]' },
  { zh: '情景比较', en: 'Compare', wide: '#tab-compare' },
  { zh: '情景库', en: 'Scenario library', wide: '#scenario-bar' },
] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Serious or critical axe violations in the given parts of the page. */
async function seriousViolations(page: Page, ...parts: string[]): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const part of parts) axe = axe.include(part);
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * What is wrong with where the open step sits: the dialog off screen or over the highlighted
 * element (the ring's inside), the highlighted element off screen, or (given `expected`) the ring
 * around another element than that one.
 */
async function placementProblems(page: Page, expected?: string): Promise<string[]> {
  // One round trip: the boxes of the dialog, the ring and the expected element, and the viewport.
  const measured = await page.evaluate((selector) => {
    const box = (element: Element | null): Box | undefined => {
      if (!element) return undefined;
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return {
      viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
      dialog: box(document.querySelector('[data-testid="tour"]')),
      ring: box(document.querySelector('[data-testid="tour-ring"]')),
      element: selector ? box(document.querySelector(selector)) : undefined,
    };
  }, expected);
  const { viewport, dialog, ring, element } = measured;
  if (!dialog || !ring) return ['no dialog or no ring'];
  const problems: string[] = [];
  // The ring lies 6 px outside its element (clipped at the screen's sides).
  const anchor = { x: ring.x + 6, y: ring.y + 6, width: ring.width - 12, height: ring.height - 12 };
  const visible = {
    x: Math.max(anchor.x, 0),
    y: Math.max(anchor.y, 0),
    width: Math.min(anchor.x + anchor.width, viewport.width) - Math.max(anchor.x, 0),
    height: Math.min(anchor.y + anchor.height, viewport.height) - Math.max(anchor.y, 0),
  };
  if (dialog.x < 0 || dialog.y < 0 || dialog.x + dialog.width > viewport.width + 0.5 || dialog.y + dialog.height > viewport.height + 0.5)
    problems.push(`dialog off screen: ${JSON.stringify(dialog)}`);
  if (visible.width < 8 || visible.height < 8) problems.push(`highlighted element off screen: ${JSON.stringify(anchor)}`);
  else if (overlap(dialog, visible)) problems.push(`dialog ${JSON.stringify(dialog)} over its element ${JSON.stringify(visible)}`);
  if (expected && (!element || Math.abs(element.y - anchor.y) > 1 || Math.abs(element.height - anchor.height) > 1))
    problems.push(`ring not around ${expected}`);
  return problems;
}

/** The open step is step `n` (1-based), named and counted as it should be, focused, and placed right. */
async function expectStep(page: Page, n: number, language: 'zh' | 'en', wide = false): Promise<void> {
  const step = STEPS[n - 1]!;
  const dialog = page.getByRole('dialog', { name: step[language] });
  await expect(dialog).toBeFocused();
  await expect(dialog.getByTestId('tour-count')).toHaveText(`${n} / ${STEPS.length}`);
  await expect.poll(() => placementProblems(page, wide ? step.wide : undefined)).toEqual([]);
}

test('the tour: offered on a first visit, every step by keyboard in Chinese, the language switched mid-tour, Escape ends it; not offered again, and reopened from the help menu', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.getByTestId('headline')).toContainText('2025年', { timeout: 60_000 });

  // First visit: a line under the header offers the tour; nothing opens by itself.
  const invitation = page.getByTestId('tour-invitation');
  await expect(invitation).toContainText('第一次使用？');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await seriousViolations(page, 'header', '[data-testid="tour-invitation"]')).toEqual([]);

  // Started from the invitation, by keyboard; the invitation goes.
  await invitation.getByRole('button', { name: '开始导览' }).focus();
  await page.keyboard.press('Enter');
  await expect(invitation).toHaveCount(0);
  await expectStep(page, 1, 'zh', true);
  const first = page.getByRole('dialog', { name: '政策杠杆' });
  await expect(first).toHaveAccessibleDescription(/^1 \/ 7 规划中的每项政策杠杆/);
  await expect(first.getByRole('button', { name: '上一步' })).toHaveCount(0);
  expect(await seriousViolations(page, '[data-testid="tour"]')).toEqual([]);

  // Tab reaches the dialog's buttons: Skip, then Next.
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: '跳过导览' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: '下一步' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStep(page, 2, 'zh', true);
  // The arrow keys step both ways.
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3, 'zh', true);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 2, 'zh', true);
  for (const n of [3, 4, 5, 6, 7]) {
    await page.keyboard.press('ArrowRight');
    await expectStep(page, n, 'zh', true);
  }
  // The last step: Done instead of Next, and the right arrow stays there.
  await expect(page.getByRole('dialog').getByRole('button', { name: '完成' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 7, 'zh', true);

  // The language switched mid-tour: the same step, now in English.
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 6, 'zh', true);
  await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare' });
  await expect(compare.getByTestId('tour-count')).toHaveText('6 / 7');
  await expect(compare.getByRole('button', { name: 'Next' })).toBeVisible();
  await expect(compare.getByRole('button', { name: 'Skip tour' })).toBeVisible();
  await expect.poll(() => placementProblems(page, '#tab-compare')).toEqual([]);

  // Escape (from the dialog) ends the tour; a tour started from the invitation gives the focus to the page's heading.
  await compare.getByRole('button', { name: 'Back' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('tour-ring')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // A reload: no invitation (it is offered once), the language kept.
  await page.reload();
  await expect(page.getByTestId('headline')).toContainText('In 2025', { timeout: 60_000 });
  await expect(invitation).toHaveCount(0);

  // The help menu starts the tour again, here at 1024 × 768, and gets the focus back at the end.
  await page.setViewportSize({ width: 1024, height: 768 });
  const help = page.getByRole('button', { name: 'Help', exact: true });
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(help).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Tour', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await expectStep(page, 1, 'en');
  for (const n of [2, 3, 4, 5, 6, 7]) {
    await page.keyboard.press('ArrowRight');
    await expectStep(page, n, 'en');
  }
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(help).toBeFocused();

  // On a phone (390 px) the dialog is a sheet along the bottom, its element scrolled into view above it.
  await page.setViewportSize({ width: 390, height: 844 });
  await help.click();
  await page.getByRole('button', { name: 'Tour', exact: true }).click();
  for (const n of [1, 2, 3, 4, 5, 6, 7]) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await expectStep(page, n, 'en');
    const sheet = (await page.getByTestId('tour').boundingBox())!;
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(390);
    expect(Math.round(sheet.y + sheet.height)).toBe(844);
  }
  expect(await seriousViolations(page, '[data-testid="tour"]')).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Skip tour' }).click();
  await expect(help).toBeFocused();
  await expect(invitation).toHaveCount(0);
});
