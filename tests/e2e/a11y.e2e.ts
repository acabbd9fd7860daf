import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// axe-core on the main views: no serious or critical accessibility violation (WCAG 2.1 A/AA).
const VIEWS = ['目标轨迹', '设区市', '收入分布', '典型家庭'] as const;

/** Serious or critical violations on the page, or only inside `part` (a CSS selector) when given. */
async function seriousViolations(page: import('@playwright/test').Page, part?: string): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (part) axe = axe.include(part);
  const results = await axe.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

test.describe('accessibility', () => {
  // axe analyses the whole page with its canvases and tables: slow on a loaded 2-core machine.
  test.describe.configure({ timeout: 120_000 });
  for (const view of VIEWS) {
    test(`the ${view} view has no serious or critical axe violation`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByTestId('headline')).toContainText('2025年');
      await page.getByRole('tab', { name: view }).click();
      await page.waitForTimeout(500);
      // The first view is checked with the whole page around it; the others only inside the view
      // panel, as nothing else on the page changes with the view (a whole-page scan of the
      // 66-row scorecard takes half a minute on a loaded machine).
      expect(await seriousViolations(page, view === VIEWS[0] ? undefined : '#view-panel')).toEqual([]);
    });
  }

  test('the English page with the assumptions panel open has no serious or critical axe violation', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByTestId('headline')).toContainText('In 2025');
    await page.getByText('Assumptions (not policy)').click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the scenario library dialog, with entries, versions and an import report, has no serious or critical axe violation', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年');
    await page.getByTestId('save-to-library').click();
    await page.getByTestId('open-library').click();
    await page.getByTestId('library').getByRole('button', { name: '新建情景' }).click();
    await expect(page.getByTestId('library-entry')).toHaveCount(2);
    await page.getByTestId('import-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 2}') });
    await expect(page.getByTestId('import-report')).toBeVisible();
    await page
      .getByTestId('library')
      .getByRole('button', { name: /历史版本/ })
      .first()
      .click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
