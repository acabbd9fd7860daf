import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// When the model workers cannot start or die, the page says so in both languages, greys and
// marks every result as not current, and recovers (by itself, or on Retry) once a worker runs.
// These tests use Playwright's plain `test`: the project fixture fails a test on any console
// error, and a worker script that is missing or throws logs one by design here.

const WORKER_SCRIPT = '**/assets/model.worker-*.js';
// The baseline headline (see workbench-shell.e2e.ts) and the one with one more point of GDP paid as wages (levers.e2e.ts).
const BASELINE_INCOME = '7.10万元';
const LABOUR_SHARE_INCOME = '7.16万元';

/** Fails the test on any uncaught error of the page itself. */
function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** axe on the results and the scorecard, where the notice and the marks are (a11y.e2e.ts checks the whole page). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('section.centre')
    .include('aside.scorecard')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
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

/** Moves the labour-share lever to 1 with the keyboard (10 steps). */
async function raiseLabourShare(page: Page): Promise<void> {
  const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('1');
}

/**
 * Ends every model worker from inside, as a crashed worker ends (the page gets no event): each
 * worker calls `close()` on itself, through Playwright's CDP session with the worker target.
 * (CDP's Target.closeTarget does not close a dedicated worker.)
 */
async function closeWorkers(page: Page): Promise<number> {
  const modelWorkers = () => page.workers().filter((w) => w.url().includes('model.worker'));
  await expect.poll(() => modelWorkers().length).toBe(2);
  const workers = modelWorkers();
  await Promise.all(workers.map((w) => w.evaluate('self.close()').catch(() => undefined)));
  // Gone from the page (a new worker may already have taken the place of one).
  await expect.poll(() => workers.filter((w) => modelWorkers().includes(w)).length).toBe(0);
  return workers.length;
}

test.describe('model worker failure', () => {
  // axe analyses canvases and tables: slow on a loaded 2-core machine.
  test.describe.configure({ timeout: 150_000 });

  for (const [fault, answer] of [
    ['missing (404)', { status: 404, body: 'not found' }],
    ['throwing as it starts', { status: 200, contentType: 'text/javascript', body: 'throw new Error("the worker broke while starting");' }],
  ] as const) {
    test(`a worker script ${fault}: the page says so in both languages instead of computing forever, and Retry recovers`, async ({ page }) => {
      const errors = watchPageErrors(page);
      await page.route(WORKER_SCRIPT, (route) => route.fulfill(answer));
      await page.goto('/');
      const notice = page.getByTestId('model-unavailable');
      await expect(notice).toContainText('模型暂时无法运行');
      await expect(page.getByTestId('headline')).toContainText('暂无结果：模型无法运行。');
      await expect(page.locator('section.centre')).toHaveAttribute('aria-busy', 'false');
      await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
      await expect(notice).toContainText('The model cannot run at the moment');
      await expect(page.getByTestId('headline')).toContainText('No result: the model cannot run.');
      expect(await seriousViolations(page)).toEqual([]);

      // The script is back: Retry starts the workers again and the results are current.
      await page.unroute(WORKER_SCRIPT);
      await page.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByTestId('headline')).toContainText('In 2025');
      await expect(notice).toHaveCount(0);
      await expect(page.getByTestId('not-current')).toHaveCount(0);
      await expect(page.locator('[data-stale]')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('both workers closed: the next edit starts new ones and is computed', async ({ page }) => {
    const errors = watchPageErrors(page);
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    expect(await closeWorkers(page)).toBe(2);
    const editedAt = Date.now();
    await raiseLabourShare(page);
    await expect(page.getByTestId('headline')).toContainText(LABOUR_SHARE_INCOME, { timeout: 20_000 });
    // Sooner than the supervisor's 20 s timeout: the closed workers were noticed as they went
    // (their life locks), not by waiting for an answer that never came.
    expect(Date.now() - editedAt).toBeLessThan(20_000);
    await expect(page.getByTestId('model-unavailable')).toHaveCount(0);
    // The headline can show the edit's preview first; the exact run that clears "busy" follows it.
    await expect(page.locator('section.centre')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
    expect(errors).toEqual([]);
  });

  test('both workers closed and none can start again: the old numbers stay, greyed and marked not current, not busy; a run that succeeds clears the marks', async ({
    page,
  }) => {
    const errors = watchPageErrors(page);
    await page.goto('/');
    const headline = page.getByTestId('headline');
    await expect(headline).toContainText(BASELINE_INCOME);
    await page.route(WORKER_SCRIPT, (route) => route.fulfill({ status: 404, body: 'not found' }));
    expect(await closeWorkers(page)).toBe(2);
    await raiseLabourShare(page);

    const notice = page.getByTestId('model-unavailable');
    await expect(notice).toContainText('模型暂时无法运行');
    // The last result stays on screen, marked in the headline and the scorecard, and greyed.
    await expect(headline).toContainText(BASELINE_INCOME);
    await expect(headline.getByTestId('not-current')).toHaveText('非当前结果');
    await expect(page.locator('aside.scorecard').getByTestId('not-current')).toHaveText('非当前结果');
    await expect(page.locator('section.centre')).toHaveAttribute('data-stale', 'true');
    await expect(page.locator('aside.scorecard')).toHaveAttribute('data-stale', 'true');
    const incomeCell = page.locator('[data-testid="scorecard"] tr[data-target-id="income_per_capita"] [data-col="value"]');
    await expect(incomeCell).toHaveCSS('color', 'rgb(89, 89, 89)');
    await expect(page.getByTestId('focus-chart').locator('canvas')).toHaveCSS('filter', /grayscale/);
    // Nothing is exported as if it were current: CSV, scorecard CSV, brief and chart PNG are off, and the page says why.
    const exports = page.getByRole('group', { name: /^(导出|Export)$/ });
    await expect(page.getByTestId('exports-off')).toContainText('无法导出');
    await expect(exports.getByRole('button')).toHaveCount(4);
    for (const button of await exports.getByRole('button').all()) await expect(button).toBeDisabled();
    await expect(page.getByTestId('focus-chart').getByRole('button', { name: /PNG/ })).toBeDisabled();
    // Not busy: nothing is being computed. (axe: the Chinese page here, the English one in the tests above.)
    await expect(page.locator('section.centre')).toHaveAttribute('aria-busy', 'false');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(headline.getByTestId('not-current')).toHaveText('Not current');
    await expect(notice).toContainText('are not those of the current scenario');
    const staleHeadline = (await headline.innerText()).replace('Not current', '').trim();

    await page.unroute(WORKER_SCRIPT);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(headline).toContainText('In 2025');
    await expect(headline).not.toContainText(staleHeadline);
    await expect(page.getByTestId('not-current')).toHaveCount(0);
    await expect(page.locator('[data-stale]')).toHaveCount(0);
    await expect(incomeCell).not.toHaveCSS('color', 'rgb(89, 89, 89)');
    await expect(page.getByTestId('exports-off')).toHaveCount(0);
    await expect(exports.getByRole('button')).toHaveCount(4);
    for (const button of await exports.getByRole('button').all()) await expect(button).toBeEnabled();
    expect(errors).toEqual([]);
  });
});
