import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A value is typed in the unit it is shown in: the readout, the range ends, the typed box and the
// unit beside it agree. Catalog: mountain_transfer 0–60, collective_economy_investment 0–30 and
// rural_entrepreneurship 0–20 bn yuan a year (1 bn = 10亿); market entities 6.752 million in 2019.

// Each lever move recomputes the model: allow for a busy two-core machine.
test.describe.configure({ timeout: 240_000 });

const lever = (page: Page, id: string) => page.locator(`[data-lever="${id}"]`);

async function open(page: Page, language: 'zh' | 'en'): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('headline')).toContainText('2025', { timeout: 60_000 });
  if (language === 'en') {
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByTestId('headline')).toContainText('In 2025');
  }
}

const LEVERS = {
  zh: [
    { id: 'mountain_transfer', max: '600亿元/年', unit: '亿元/年', type: '60', reads: '60亿元/年' },
    { id: 'collective_economy_investment', max: '300亿元/年', unit: '亿元/年', type: '120', reads: '120亿元/年' },
    { id: 'rural_entrepreneurship', max: '200亿元/年', unit: '亿元/年', type: '25', reads: '25亿元/年' },
  ],
  en: [
    { id: 'mountain_transfer', max: '60 bn yuan/year', unit: 'bn yuan/year', type: '6', reads: '6 bn yuan/year' },
    { id: 'collective_economy_investment', max: '30 bn yuan/year', unit: 'bn yuan/year', type: '12', reads: '12 bn yuan/year' },
    { id: 'rural_entrepreneurship', max: '20.0 bn yuan/year', unit: 'bn yuan/year', type: '2.5', reads: '2.5 bn yuan/year' },
  ],
} as const;

for (const language of ['zh', 'en'] as const) {
  test(`the transfer levers are typed in the unit they are shown in (${language})`, async ({ page }) => {
    await open(page, language);
    for (const l of LEVERS[language]) {
      const row = lever(page, l.id);
      await expect(row.locator('.ends')).toContainText(l.max);
      await expect(row.locator('.unit')).toHaveText(l.unit);
      const box = row.locator('input.number');
      await box.fill(l.type);
      await box.press('Enter');
      // The readout shows exactly the typed number, in the unit beside the box.
      await expect(row.locator('.readout')).toHaveText(l.reads);
      await expect(box).toHaveValue(l.type);
    }
  });

  test(`market entities are typed in the unit the scorecard shows them in (${language})`, async ({ page }) => {
    await open(page, language);
    const row = page.getByTestId('scorecard').locator('tbody tr[data-target-id="market_entities"]');
    await expect(row.locator('[data-col="value"]')).toContainText(language === 'zh' ? '675.2万户' : /6\.75\s?million/);
    await row.locator('button.edit').click();
    const editor = page.getByTestId('trend-editor-market_entities');
    await expect(editor.getByLabel(language === 'zh' ? '起始值' : 'Start value')).toHaveValue(language === 'zh' ? '675.2' : '6.752');
    await expect(editor.locator('.beside').first()).toHaveText(language === 'zh' ? '万户' : 'million entities');
    // 30万户 (0.3 million) more a year from 2019 gives 675.2 + 6 × 30 = 855.2万户 in 2025.
    await editor.getByLabel(language === 'zh' ? '每年变化' : 'Change per year').fill(language === 'zh' ? '30' : '0.3');
    await editor.getByRole('button', { name: language === 'zh' ? '应用' : 'Apply' }).click();
    await expect(row.locator('[data-col="value"]')).toHaveText(language === 'zh' ? '855.2万户' : /^8\.55\s?million$/);
  });
}
