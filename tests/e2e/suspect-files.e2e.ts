import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

// Suspect files in the built app (issue 18, item 4): a file claiming model 9.9.9 with a mistyped
// top-level field ("overide") imports, and the import report says so under its line, naming each
// field, in both languages; the report has no serious or critical axe violation.

const SUSPECT = fileURLToPath(new URL('../fixtures/suspect/suspect_fields.json', import.meta.url));

test('a file from model 9.9.9 with an unknown field imports with a warning per field, in both languages', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByTestId('headline')).toContainText('2025年', { timeout: 60_000 });
  const expected = {
    zh: [
      '2 条提醒：',
      'suspect_fields.json：modelVersion：由模型 9.9.9 制作，本应用为 2.0.0；结果按本模型计算',
      'suspect_fields.json：overide：不是情景格式的字段，不予保留；是否应为“overrides”？',
    ],
    en: [
      '2 warnings:',
      "suspect_fields.json: modelVersion: made with model 9.9.9, this is 2.0.0; results are this model's",
      'suspect_fields.json: overide: is not a field of the scenario format and is not kept; did you mean "overrides"?',
    ],
  };
  for (const language of ['zh', 'en'] as const) {
    if (language === 'en') {
      await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
      await expect(page.getByTestId('headline')).toContainText('In 2025', { timeout: 60_000 });
    }
    await page.getByTestId('open-library').click();
    await page.getByTestId('import-input').setInputFiles(SUSPECT);
    const report = page.getByTestId('import-report');
    await expect(report).toContainText(language === 'zh' ? 'suspect_fields.json：已导入 1 个情景' : 'suspect_fields.json: imported 1 scenario');
    const warnings = page.getByTestId('import-warnings');
    for (const line of expected[language]) await expect(warnings).toContainText(line);
    await expect(warnings.getByRole('listitem')).toHaveCount(2);
    const results = await new AxeBuilder({ page }).include('[data-testid="library"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, language).toEqual([]);
    await page.getByRole('button', { name: language === 'zh' ? '关闭情景库' : 'Close the library' }).click();
  }
});
