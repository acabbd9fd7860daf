import { expect, test } from './fixtures';

// Bounded imports in the built app: a batch of 50 bad files (one with 200,000 path errors, one with
// 100,000 unknown parameters, 48 with 6,000 errors each: 588,000 errors in all) is read in the
// import worker, and the page shows a line per file with its error count, the first refused file
// open with at most 100 rows and "还有 N 条错误", the others closed until opened. How fast the report
// comes, and that no long task blocks the page meanwhile, is measured by `npm run bench:ui`
// (scripts/bench-ui-import.ts), not asserted here.

const FILES = 50;

test('a batch of 50 bad files: a line per file, at most 100 rows per open file, the rest counted', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByTestId('headline')).toContainText('2025年');
  await page.getByTestId('open-library').click();
  await expect(page.getByTestId('library')).toBeVisible();

  // The files are built in the page, then dropped on the library dialog.
  await page.evaluate((count) => {
    const pathErrors = (points: number): string =>
      JSON.stringify({ schemaVersion: 2, overrides: { dibao_uplift: { path: Array.from({ length: points }, () => [2019, 10]) } } });
    const unknownParameters = (n: number): string =>
      JSON.stringify({ schemaVersion: 2, overrides: Object.fromEntries(Array.from({ length: n }, (_, i) => [`no_such_lever_${i}`, 1])) });
    const files: File[] = [new File([pathErrors(200_000)], 'bad-000.json'), new File([unknownParameters(100_000)], 'bad-001.json')];
    for (let i = 2; i < count; i++) {
      const text = i % 2 === 0 ? pathErrors(6_000) : unknownParameters(6_000);
      files.push(new File([text], `bad-${String(i).padStart(3, '0')}.json`));
    }
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    (window as unknown as { testTransfer: DataTransfer }).testTransfer = transfer;
  }, FILES);

  await page.evaluate(() => {
    const transfer = (window as unknown as { testTransfer: DataTransfer }).testTransfer;
    const library = document.querySelector('[data-testid="library"]')!;
    library.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  const files = report.locator(':scope > ul > li');
  await expect(files).toHaveCount(FILES);
  await expect(files.nth(0)).toContainText('bad-000.json：未导入');
  await expect(files.nth(0).locator('summary')).toContainText('共 200,000 条错误');
  await expect(files.nth(0).getByTestId('import-more-errors')).toHaveText('还有 199,900 条错误', { timeout: 60_000 });
  await expect(files.nth(0).locator('li')).toHaveCount(101);
  // Only the first refused file is open: the other 49 have no rows on the page.
  await expect(report.locator('li li')).toHaveCount(101);
  await expect(page.getByTestId('library-entries').getByTestId('library-entry')).toHaveCount(0);

  // Opening a second file from the keyboard shows its rows.
  await files.nth(1).locator('summary').focus();
  await page.keyboard.press('Enter');
  // Under heavy machine load the rows come a line or two per frame: allow time for all 101.
  await expect(files.nth(1).getByTestId('import-more-errors')).toHaveText('还有 99,900 条错误', { timeout: 60_000 });
  await expect(files.nth(1).locator('li')).toHaveCount(101);
  await expect(report.locator('li li')).toHaveCount(202);
});
