import { expect, test } from './fixtures';

// The baseline headline (see workbench-shell.e2e.ts): 70,985 yuan in 2025.
const BASELINE_INCOME = '7.10万元';

test.describe('the lever and assumption panels', () => {
  test('while a slider is dragged the page shows marked previews; at rest the exact result, the same a fresh load computes', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
    // Note every preview badge that appears (it lasts only while the slider moves).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { previewBadges: string[] }).previewBadges = seen;
      new MutationObserver(() => {
        const badge = document.querySelector('[data-testid="preview-badge"]');
        if (badge?.textContent && !seen.includes(badge.textContent.trim())) seen.push(badge.textContent.trim());
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const focusChart = page.getByTestId('focus-chart').locator('canvas');
    const picture = () => focusChart.evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
    // A pointer drag: one input event per frame, 15 steps, each shown as a preview from the first
    // on. The focus chart is taken as drawn after three steps and as drawn at the end; the live
    // scorecard summary says it is busy while the numbers are previews.
    const [afterFirstSteps, whileMoving, summaryBusy] = await slider.evaluate(async (element) => {
      const input = element as HTMLInputElement;
      const chart = () => document.querySelector<HTMLCanvasElement>('[data-testid="focus-chart"] canvas')!.toDataURL();
      const pictures: string[] = [];
      for (let step = 1; step <= 15; step++) {
        input.value = String(step / 10);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 16));
        if (step === 3) pictures.push(chart());
      }
      pictures.push(chart());
      pictures.push(document.querySelector('[data-testid="scorecard-summary"]')!.getAttribute('aria-busy') ?? '');
      return pictures;
    });
    // The chart follows the previews (their points are moved in place, the axes kept).
    expect(whileMoving).not.toBe(afterFirstSteps);
    // Screen readers hold the live summary's announcement until the exact result is in.
    expect(summaryBusy).toBe('true');
    await expect(page.getByTestId('scorecard-summary')).toHaveAttribute('aria-busy', 'false');
    await expect.poll(() => page.evaluate(() => (window as unknown as { previewBadges: string[] }).previewBadges)).toEqual(['预览（4,000户样本）']);
    await expect(page.getByTestId('preview-badge')).toBeHidden();
    await expect(slider).toHaveValue('1.5');
    const income = page.locator('[data-testid="scorecard"] tr[data-target-id="income_per_capita"] [data-col="value"]');
    const band = page.locator('[data-testid="scorecard"] tr[data-target-id="hh_income_200k_600k"] [data-col="value"]');
    const atRest = [await income.innerText(), await band.innerText()];
    const chartAtRest = await picture();
    await expect(page.getByTestId('save-state')).toHaveText('草稿已保存');
    await page.reload();
    await expect(page.getByTestId('preview-badge')).toHaveCount(0);
    await expect(income).toHaveText(atRest[0]!);
    await expect(band).toHaveText(atRest[1]!);
    // At rest the chart is drawn exactly as a fresh page draws the same scenario (axes included).
    await expect.poll(picture).toBe(chartAtRest);
  });

  test('moving a lever with the keyboard changes the headline and marks the lever as changed', async ({ page }) => {
    await page.goto('/');
    const headline = page.getByTestId('headline');
    await expect(headline).toContainText(BASELINE_INCOME);
    const summary = page.getByRole('region', { name: '我改动了什么' });
    await expect(summary).toContainText('未改动任何政策');

    const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
    await slider.focus();
    // Guidance appears on keyboard focus: what the lever means, its source and its default.
    const guidance = page.locator('#lever-labour_share_policy-help');
    await expect(guidance).toBeVisible();
    await expect(guidance).toContainText('基准值：0.0个百分点');
    await expect(guidance).toContainText('来源');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('1');
    await expect(page.getByRole('spinbutton', { name: '提高劳动报酬比重政策', exact: true })).toHaveValue('1');
    // One extra point of GDP paid as wages lifts 2025 income to 70,809 yuan.
    await expect(headline).toContainText('2025年全体居民人均可支配收入 7.16万元');
    // Escape dismisses the guidance; the lever is marked changed and listed in the summary.
    await page.keyboard.press('Escape');
    await expect(guidance).toBeHidden();
    const lever = page.locator('[data-lever="labour_share_policy"]');
    await expect(lever.getByTestId('changed-marker')).toHaveText(/已改动/);
    await expect(summary.getByRole('listitem')).toHaveCount(1);
    await expect(summary.getByRole('listitem')).toContainText('提高劳动报酬比重政策');
    await expect(summary.getByRole('listitem')).toContainText('1.0个百分点');
    // The lever's own reset button puts it back and keeps the keyboard on the slider.
    await lever.getByRole('button', { name: '重置 提高劳动报酬比重政策' }).click();
    await expect(slider).toHaveValue('0');
    await expect(slider).toBeFocused();
    await expect(headline).toContainText(BASELINE_INCOME);
    await expect(summary).toContainText('未改动任何政策');
  });

  test('a lever’s guidance never covers the lever below: it takes its own room while the slider has focus, and hides while it is dragged', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME, { timeout: 30_000 });
    const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
    const below = page.getByRole('combobox', { name: '新增劳动报酬的分配方式' });
    const guidance = page.locator('#lever-labour_share_policy-help');
    await slider.focus();
    await expect(guidance).toBeVisible();
    const help = (await guidance.boundingBox())!;
    const next = (await below.boundingBox())!;
    expect(help.y + help.height).toBeLessThanOrEqual(next.y);
    // At the lever below, the page hits the lever below, not the guidance.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-lever]')?.getAttribute('data-lever'), {
      x: next.x + next.width / 2,
      y: next.y + next.height / 2,
    });
    expect(hit).toBe('labour_share_incidence');

    // Dragged with the mouse (longer than the hover delay), the slider shows no guidance.
    await slider.blur();
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(800);
    await expect(guidance).toBeHidden();
    await page.mouse.up();
  });

  test('the edit the page rehearses after load is built and taken back between two frames: never on screen, nothing saved', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    // For two seconds: how many changed marks and preview badges the page built, and in how many
    // animation frames (what the browser paints) any was there.
    const watched = await page.evaluate(async () => {
      const seen = { built: 0, badges: 0, framesShowing: 0, frames: 0 };
      const observer = new MutationObserver((mutations) => {
        for (const m of mutations)
          for (const node of m.addedNodes) {
            if (!(node instanceof Element)) continue;
            if (node.matches('[data-testid="changed-marker"]')) seen.built++;
            if (node.matches('[data-testid="preview-badge"]')) seen.badges++;
          }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      const end = performance.now() + 2000;
      await new Promise<void>((resolve) => {
        const frame = (): void => {
          seen.frames++;
          if (document.querySelector('[data-testid="changed-marker"], [data-testid="preview-badge"]')) seen.framesShowing++;
          if (performance.now() < end) requestAnimationFrame(frame);
          else resolve();
        };
        requestAnimationFrame(frame);
      });
      observer.disconnect();
      return seen;
    });
    expect(watched.built).toBeGreaterThan(0);
    expect(watched.badges).toBeGreaterThan(0);
    expect(watched.frames).toBeGreaterThan(10);
    expect(watched.framesShowing).toBe(0);
    await expect(page.getByRole('region', { name: '我改动了什么' })).toContainText('未改动任何政策');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    await expect(page.getByLabel('预设情景')).toHaveValue('baseline');
    // Reloaded, the page has no draft with changes.
    await page.reload();
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    await expect(page.getByRole('region', { name: '我改动了什么' })).toContainText('未改动任何政策');
  });

  test('a number being typed (not yet entered) while the page warms up is left as typed', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    const field = page.getByRole('spinbutton', { name: '低保标准提高幅度', exact: true });
    await field.fill('12');
    await page.waitForTimeout(2000);
    await expect(field).toHaveValue('12');
    await expect(field).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('slider', { name: '低保标准提高幅度' })).toHaveValue('12');
  });

  test('the schedule editor changes a single year, and the summary resets it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    const toggle = page.getByRole('button', { name: '逐年设置 低保标准提高幅度' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const year = (y: number) => page.getByRole('spinbutton', { name: `低保标准提高幅度 ${y}年` });
    await expect(year(2024)).toHaveValue('0');
    await year(2024).fill('30');
    await year(2024).press('Enter');
    await expect(year(2024)).toHaveValue('30');
    await expect(year(2023)).toHaveValue('0');
    await expect(year(2025)).toHaveValue('0');
    await expect(page.getByRole('img', { name: /低保标准提高幅度路径/ })).toBeVisible();

    const summary = page.getByRole('region', { name: '我改动了什么' });
    await expect(summary.getByRole('listitem')).toHaveCount(1);
    await expect(summary.getByRole('listitem')).toContainText('低保标准提高幅度');
    await expect(summary.getByRole('listitem')).toContainText('逐年路径');
    await expect(page.locator('[data-lever="dibao_uplift"]').getByText('逐年路径', { exact: true })).toBeVisible();

    await summary.getByRole('button', { name: '重置 低保标准提高幅度' }).click();
    await expect(summary).toContainText('未改动任何政策');
    await expect(year(2024)).toHaveValue('0');
    await expect(page.locator('[data-lever="dibao_uplift"]').getByTestId('changed-marker')).toHaveCount(0);
  });

  test('a schedule preset builds a linear ramp', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    await page.getByRole('button', { name: '逐年设置 低保标准提高幅度' }).click();
    const editor = page.locator('#lever-dibao_uplift-schedule');
    await editor.getByLabel('形状').selectOption({ label: '线性递增' });
    await editor.getByLabel('目标值').fill('20');
    await editor.getByLabel('起始年').selectOption('2021');
    await editor.getByLabel('达到年').selectOption('2025');
    await editor.getByRole('button', { name: '应用' }).click();
    const year = (y: number) => page.getByRole('spinbutton', { name: `低保标准提高幅度 ${y}年` });
    await expect(year(2021)).toHaveValue('0');
    await expect(year(2023)).toHaveValue('10');
    await expect(year(2025)).toHaveValue('20');
    await expect(year(2030)).toHaveValue('20');
    // The slider shows the 2025 value of the path.
    await expect(page.getByRole('slider', { name: '低保标准提高幅度' })).toHaveValue('20');
    // A higher dibao narrows the urban/rural ratio (1.88 at the baseline).
    await expect(page.getByTestId('headline')).not.toContainText('城乡收入倍差 1.88');
  });

  test('dragging a point of the sparkline sets that year', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    await page.getByRole('button', { name: '逐年设置 低保标准提高幅度' }).click();
    const spark = page.getByRole('img', { name: /低保标准提高幅度路径/ });
    await spark.scrollIntoViewIfNeeded();
    const box = (await spark.boundingBox())!;
    // viewBox 300 × 54 with 5 units of padding: 2030 is the 10th of 15 points; the top is the maximum.
    const x = box.x + (box.width * (5 + (290 * 9) / 14)) / 300;
    await page.mouse.move(x, box.y + box.height * 0.6);
    await page.mouse.down();
    await page.mouse.move(x, box.y + box.height * 0.3, { steps: 3 });
    await page.mouse.move(x, box.y + 1, { steps: 3 });
    await page.mouse.up();
    const year = (y: number) => page.getByRole('spinbutton', { name: `低保标准提高幅度 ${y}年` });
    await expect(year(2030)).toHaveValue('100');
    await expect(year(2029)).toHaveValue('0');
    await expect(year(2031)).toHaveValue('0');
  });

  test('a typed value out of range is clamped and the reason shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    const field = page.getByRole('spinbutton', { name: '提高劳动报酬比重政策', exact: true });
    await field.fill('40');
    await field.press('Enter');
    await expect(field).toHaveValue('4');
    await expect(page.getByRole('slider', { name: '提高劳动报酬比重政策' })).toHaveValue('4');
    await expect(page.getByText('已调整为 4.0：允许范围为 0.0 至 4.0。')).toBeVisible();
    // A value in range clears the note.
    await field.fill('2');
    await field.press('Enter');
    await expect(page.getByText('已调整为 4.0：允许范围为 0.0 至 4.0。')).toHaveCount(0);
  });

  test('changing an assumption changes the headline and is listed as an assumption', async ({ page }) => {
    await page.goto('/');
    const headline = page.getByTestId('headline');
    await expect(headline).toContainText(BASELINE_INCOME);
    await page.getByText('假设条件（非政策）').click();
    const field = page.getByRole('spinbutton', { name: '实际GDP增速', exact: true });
    await expect(field).toBeVisible();
    await field.fill('8');
    await field.press('Enter');
    await expect(headline).not.toContainText(BASELINE_INCOME);
    const summary = page.getByRole('region', { name: '我改动了什么' });
    await expect(summary.getByRole('listitem')).toContainText('实际GDP增速');
    await expect(summary.getByRole('listitem')).toContainText('假设');
    await page.getByRole('button', { name: '重置本组 宏观经济' }).click();
    await expect(headline).toContainText(BASELINE_INCOME);
    await expect(summary).toContainText('未改动任何政策');
  });

  test('choice parameters are labelled selects; reset all levers clears them', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    const select = page.getByRole('combobox', { name: '新增个税收入的用途' });
    await expect(select).toHaveValue('0');
    await select.selectOption({ label: '低收入家庭' });
    const summary = page.getByRole('region', { name: '我改动了什么' });
    await expect(summary.getByRole('listitem')).toContainText('低收入家庭');
    await page.getByRole('button', { name: '重置全部政策杠杆' }).click();
    await expect(select).toHaveValue('0');
    await expect(summary).toContainText('未改动任何政策');
  });

  test('every control is named in English after the language switch', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText(BASELINE_INCOME);
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByRole('region', { name: 'What I changed' })).toContainText('No changes from the baseline');
    const slider = page.getByRole('slider', { name: 'Dibao standard uplift' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect(slider).toHaveValue('100');
    await expect(page.getByRole('button', { name: 'Reset Dibao standard uplift' }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Year by year Dibao standard uplift' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Dibao standard uplift 2024' })).toHaveValue('100');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveValue('0');
    const levers = page.locator('aside.levers');
    expect(await levers.innerText()).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
