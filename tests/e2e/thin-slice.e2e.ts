import { expect, income2025, test } from './fixtures';

test.describe('the thin slice', () => {
  test('moving the lever with the keyboard changes the projected 2025 income and the chart', async ({ page }) => {
    await page.goto('/');
    const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
    await expect(slider).toHaveValue('0');
    // The baseline projection: 69,978 yuan in 2025, short of the 75,000 target.
    await expect(income2025(page)).toHaveText('7.00万元');
    await expect(page.getByTestId('headline')).toContainText('距目标');

    const before = await page.locator('canvas').screenshot();
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('1');
    // One extra point of GDP paid as wages lifts 2025 income to 70,809 yuan.
    await expect(income2025(page)).toHaveText('7.08万元');
    const after = await page.locator('canvas').screenshot();
    expect(after.equals(before)).toBe(false);
  });

  test('the chart really draws the scenario line in its colour', async ({ page }) => {
    await page.goto('/');
    await expect(income2025(page)).not.toBeEmpty();
    const bluePixels = await page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      // Okabe–Ito blue #0072b2 of the scenario series.
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - 0) < 30 && Math.abs(data[i + 1]! - 114) < 30 && Math.abs(data[i + 2]! - 178) < 30) n++;
      return n;
    });
    expect(bluePixels).toBeGreaterThan(200);
  });

  test('the lever value survives a reload', async ({ page }) => {
    await page.goto('/');
    const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
    await slider.fill('2.5');
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
    await page.reload();
    await expect(page.getByRole('slider', { name: '提高劳动报酬比重政策' })).toHaveValue('2.5');
    await expect(income2025(page)).toHaveText('7.21万元');
  });

  test('a typed value out of range is clamped and the reason shown', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('spinbutton', { name: '提高劳动报酬比重政策' });
    await field.fill('40');
    await field.press('Enter');
    await expect(field).toHaveValue('4');
    await expect(page.getByRole('slider', { name: '提高劳动报酬比重政策' })).toHaveValue('4');
    await expect(page.getByText('已调整为 4.0：允许范围为 0.0 至 4.0。')).toBeVisible();
  });

  test('the language switch changes every visible string and is remembered', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('共富政策沙盘');
    await page.getByRole('button', { name: '切换到英文' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prosperity Sandbox');
    await expect(page.getByRole('slider', { name: 'Labour-share policy' })).toBeVisible();
    await expect(income2025(page)).toHaveText('69,978 yuan');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // No Chinese characters remain on the English page, except the switch's own "中文".
    await expect(page.getByRole('button', { name: 'Switch to Chinese' })).toHaveText('中文');
    expect((await page.locator('body').innerText()).replace('中文', '')).not.toMatch(/[\u4e00-\u9fff]/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prosperity Sandbox');
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('共富政策沙盘');
  });

  test('a corrupt stored record is reported, kept, and the page still works', async ({ page }) => {
    await page.goto('/');
    await expect(income2025(page)).not.toBeEmpty();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('prosperity-sandbox');
          open.onsuccess = () => {
            const tx = open.result.transaction('scenarios', 'readwrite');
            tx.objectStore('scenarios').put({ id: 'working', doc: { schemaVersion: 1, overrides: { dibao_uplift: 'fast' } }, updatedAt: 1 });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    await expect(page.getByTestId('storage-notice')).toContainText('overrides.dibao_uplift');
    const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
    await expect(slider).toHaveValue('0');
    await slider.fill('1');
    await expect(income2025(page)).toHaveText('7.08万元');
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
    const docs = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const open = indexedDB.open('prosperity-sandbox');
          open.onsuccess = () => {
            const req = open.result.transaction('scenarios').objectStore('scenarios').getAll();
            req.onsuccess = () => resolve(req.result.map((r: { doc: unknown }) => r.doc));
            req.onerror = () => reject(req.error);
          };
        }),
    );
    expect(docs).toContainEqual({ schemaVersion: 1, overrides: { dibao_uplift: 'fast' } });
  });
});
