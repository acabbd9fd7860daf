import { expect, test } from './fixtures';

// Bounded imports in the built app: a batch of 50 bad files (one with 200,000 path errors, one with
// 100,000 unknown parameters, 48 with 6,000 errors each: 588,000 errors in all) is read in the
// import worker, and the page shows its report within 2 s: a line per file with its error count,
// the first refused file open with at most 100 rows and "还有 N 条错误" (revealed a few lines per
// frame), the others closed until opened. No task on the main thread runs over 100 ms from the drop
// until the open file's last row is on screen, nor while a second file is opened.

const FILES = 50;
const REPORT_WITHIN_MS = 2_000;
const LONG_TASK_LIMIT_MS = 100;

test('a batch of 50 bad files: report within 2 s, at most 100 rows per file, no long task over 100 ms', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await expect(page.getByTestId('headline')).toContainText('2025年');
  await page.getByTestId('open-library').click();
  await expect(page.getByTestId('library')).toBeVisible();
  // The page warms up the model after its first result; measure the import only once the main
  // thread has been quiet (no long task) for a second.
  await page.evaluate(async () => {
    let lastLongTask = performance.now();
    const observer = new PerformanceObserver(() => (lastLongTask = performance.now()));
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    while (performance.now() - lastLongTask < 1_000 && performance.now() - started < 20_000) await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
  });

  // Build the files in the page first (not part of what is measured).
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

  const measured = await page.evaluate(
    async ({ waitMs, rows, files }) => {
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const transfer = (window as unknown as { testTransfer: DataTransfer }).testTransfer;
      const library = document.querySelector('[data-testid="library"]');
      if (!library) throw new Error('the library dialog is not open');
      const started = performance.now();
      library.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      let reportMs = Number.NaN;
      let allRowsMs = Number.NaN;
      while (performance.now() - started < waitMs) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const report = document.querySelector('[data-testid="import-report"]');
        if (report && Number.isNaN(reportMs)) reportMs = performance.now() - started;
        if (report && report.querySelectorAll(':scope > ul > li').length >= files && (report.querySelector('li')?.querySelectorAll('li').length ?? 0) >= rows) {
          allRowsMs = performance.now() - started;
          break;
        }
      }
      // Let whatever follows the last rows (layout, paint) run while the observer still listens.
      await new Promise((resolve) => setTimeout(resolve, 500));
      observer.disconnect();
      return { reportMs, allRowsMs, longTasks };
    },
    { waitMs: 60_000, rows: 101, files: FILES },
  );
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

  // Opening a second file from the keyboard shows its rows, still without a long task.
  await page.evaluate(() => {
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    Object.assign(window, { openingLongTasks: longTasks, openingObserver: observer });
  });
  await files.nth(1).locator('summary').focus();
  await page.keyboard.press('Enter');
  // Under heavy machine load the rows come a line or two per frame: allow time for all 101.
  await expect(files.nth(1).getByTestId('import-more-errors')).toHaveText('还有 99,900 条错误', { timeout: 60_000 });
  await expect(files.nth(1).locator('li')).toHaveCount(101);
  await page.waitForTimeout(500);
  const openingLongTasks = await page.evaluate(() => {
    const { openingLongTasks: longTasks, openingObserver: observer } = window as unknown as {
      openingLongTasks: number[];
      openingObserver: PerformanceObserver;
    };
    observer.disconnect();
    return longTasks;
  });

  const maxLongTask = Math.max(0, ...measured.longTasks, ...openingLongTasks);
  const list = (tasks: number[]): string => tasks.map((d) => d.toFixed(0)).join(', ') || 'none';
  console.log(
    `import of ${FILES} bad files: report after ${measured.reportMs.toFixed(0)} ms, every file's line and the first file's rows after ${measured.allRowsMs.toFixed(0)} ms;` +
      ` long tasks during import: ${list(measured.longTasks)}; opening a second file: ${list(openingLongTasks)}; max ${maxLongTask.toFixed(0)} ms`,
  );
  expect(measured.reportMs).toBeLessThan(REPORT_WITHIN_MS);
  expect(maxLongTask).toBeLessThanOrEqual(LONG_TASK_LIMIT_MS);
});
