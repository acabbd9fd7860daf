/**
 * The sensitivity case of `npm run bench:ui`: a tornado over every Monte Carlo parameter for one
 * target in the built app's model worker, from the panel's button to the result (the app's
 * performance marks), a few times in a row (warm, as `npm run bench` times it in Node). The bar is
 * 1.5× the Node figure. Figures, not assertions.
 */
import type { Page } from '@playwright/test';

/** Tornadoes timed after the first (which compiles the code the later ones reuse). */
const REPEATS = 3;

/** Times the tornado of income per head on the scenario on screen. */
export async function sensitivityCase(page: Page): Promise<void> {
  const row = page.locator('[data-testid="scorecard"] tr[data-target-id="income_per_capita"]');
  await row.getByTestId('sensitivity-open').click();
  const run = page.getByTestId('sensitivity-run');
  const times: number[] = [];
  for (let i = 0; i <= REPEATS; i++) {
    await page.evaluate(() => performance.clearMarks());
    await run.click();
    await page.waitForFunction(() => performance.getEntriesByName('sandbox:tornado-done').length > 0, undefined, { timeout: 120_000 });
    const ms = await page.evaluate(
      () => performance.getEntriesByName('sandbox:tornado-done')[0]!.startTime - performance.getEntriesByName('sandbox:tornado-start')[0]!.startTime,
    );
    if (i > 0) times.push(ms);
    else console.log(`\nSensitivity in the app's model worker: the first tornado of income per head took ${ms.toFixed(0)} ms`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  then ${REPEATS} more: median ${times[REPEATS >> 1]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms (click to result; bar 1.5 × the Node figure)`,
  );
  await page
    .getByTestId('sensitivity')
    .getByRole('button', { name: /^(关闭|Close)$/ })
    .click();
}
