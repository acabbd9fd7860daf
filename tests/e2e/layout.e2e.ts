import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The page's layout at phone and desktop widths, and its skip links.

// Page loads, model runs and axe scans on a loaded 2-core machine.
test.describe.configure({ timeout: 240_000 });

const LANGUAGES = [
  { language: 'zh', headline: '2025年', levers: '政策杠杆', slider: '提高劳动报酬比重政策', results: '跳到结果', scorecard: '跳到记分卡' },
  {
    language: 'en',
    headline: 'In 2025',
    levers: 'Levers',
    slider: 'Labour-share policy',
    results: 'Skip to results',
    scorecard: 'Skip to scorecard',
  },
] as const;

/** Serious or critical axe violations in the given parts of the page (the whole page takes minutes on a loaded machine). */
async function seriousViolations(page: Page, ...parts: string[]): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const part of parts) axe = axe.include(part);
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the page in a language, with its first result in. */
async function open(page: Page, language: 'zh' | 'en', headline: string): Promise<void> {
  await page.goto('/');
  await expect(page.locator('main[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
  if (language === 'en') await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
  await expect(page.getByTestId('headline')).toContainText(headline, { timeout: 30_000 });
}

/** An element's distance from the top of the page (not of the viewport). */
async function pageTop(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
}

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const text of LANGUAGES) {
    test(`the headline and the scorecard summary come first, the levers open in a drawer under the pinned headline (${text.language})`, async ({
      page,
    }, testInfo) => {
      await open(page, text.language, text.headline);
      const headlineTop = await pageTop(page, '[data-testid="headline"]');
      const summaryTop = await pageTop(page, '[data-testid="scorecard-summary"]');
      expect(headlineTop).toBeLessThan(400);
      expect(summaryTop).toBeLessThan(1200);
      await page.screenshot({ path: testInfo.outputPath(`phone-${text.language}.png`) });
      expect(await seriousViolations(page, '.skip-links', 'header', '[data-testid="phone-bar"]', 'aside.scorecard')).toEqual([]);

      // The levers are behind their button; it opens the drawer and moves focus into it.
      const slider = page.getByRole('slider', { name: text.slider });
      const toggle = page.getByRole('button', { name: text.levers, exact: true });
      await expect(slider).toBeHidden();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(slider).toBeVisible();
      await expect(page.locator('#levers-panel')).toBeFocused();

      // Moving a lever in the drawer: the headline, pinned above it, follows in view.
      const headline = page.getByTestId('headline');
      const before = (await headline.textContent())!;
      await slider.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      await expect(headline).not.toHaveText(before);
      const pinned = (await headline.boundingBox())!;
      const drawer = (await page.locator('#levers-panel').boundingBox())!;
      expect(pinned.y).toBeGreaterThanOrEqual(0);
      expect(pinned.y + pinned.height).toBeLessThanOrEqual(drawer.y + 1);
      await page.screenshot({ path: testInfo.outputPath(`phone-${text.language}-levers.png`) });
      expect(await seriousViolations(page, '[data-testid="phone-bar"]', '#levers-panel')).toEqual([]);

      // Escape closes the drawer and gives focus back to its button.
      await page.keyboard.press('Escape');
      await expect(slider).toBeHidden();
      await expect(toggle).toBeFocused();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    });
  }
});

test.describe('on a desktop', () => {
  for (const text of LANGUAGES) {
    test(`“${text.results}” and “${text.scorecard}” are the first Tab stops, visible on focus, and move focus there`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await open(page, text.language, text.headline);
      // A fresh page in the language (remembered), nothing focused yet.
      await page.reload();
      await expect(page.getByTestId('headline')).toContainText(text.headline, { timeout: 30_000 });
      await page.keyboard.press('Tab');
      const toResults = page.getByRole('link', { name: text.results });
      await expect(toResults).toBeFocused();
      const box = (await toResults.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.height).toBeGreaterThan(10);
      await page.keyboard.press('Tab');
      const toScorecard = page.getByRole('link', { name: text.scorecard });
      await expect(toScorecard).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('#scorecard')).toBeFocused();
      // The next Tab stop is the scorecard's first control, and the URL (which carries shared scenarios) is untouched.
      await page.keyboard.press('Tab');
      await expect(page.getByTestId('scorecard-section')).toBeFocused();
      expect(new URL(page.url()).hash).toBe('');

      await page.locator('.skip-links a[href="#results"]').focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#results')).toBeFocused();
      // The next Tab stop is the results' first control (the uncertainty control, under the headline).
      await page.keyboard.press('Tab');
      await expect
        .poll(() =>
          page.evaluate(
            () => document.activeElement !== document.getElementById('results') && !!document.getElementById('results')?.contains(document.activeElement),
          ),
        )
        .toBe(true);
    });
  }

  test('the desktop layout keeps levers, results and scorecard side by side, with the view tabs on one row in English at 1280 px', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, 'en', 'In 2025');
    const levers = (await page.locator('aside.levers').boundingBox())!;
    const results = (await page.locator('section.centre').boundingBox())!;
    const scorecard = (await page.locator('aside.scorecard').boundingBox())!;
    expect(levers.x + levers.width).toBeLessThanOrEqual(results.x);
    expect(results.x + results.width).toBeLessThanOrEqual(scorecard.x);
    await expect(page.getByRole('button', { name: 'Levers', exact: true })).toHaveCount(0);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveCount(5);
    const tops = await tabs.evaluateAll((elements) => elements.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await page.screenshot({ path: testInfo.outputPath('desktop-1280-en.png') });
  });
});
