import { expect, putStoredRecord, test } from './fixtures';

test.describe('the workbench shell', () => {
  test('shows the 2025 headline from the model and loads a preset, which survives a reload', async ({ page }) => {
    await page.goto('/');
    const headline = page.getByTestId('headline');
    // The baseline: 70,985 yuan in 2025, short of the 75,000 target; urban/rural ratio 1.88.
    await expect(headline).toHaveText('2025年全体居民人均可支配收入 7.10万元，距目标 7.50万元 差 0.40万元；城乡收入倍差 1.88，已达标。');
    await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
    await expect(headline).toContainText('城乡收入倍差 1.80');
    await expect(page.locator('#preset-description')).toContainText('以再分配为主');
    await expect(page.getByTestId('save-state')).toHaveText('草稿已保存');
    await page.reload();
    await expect(page.getByLabel('预设情景')).toHaveValue('transfers-led');
    await expect(headline).toContainText('城乡收入倍差 1.80');
  });

  test('the language switch changes every visible string and is remembered', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('共富政策沙盘');
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prosperity Sandbox');
    await expect(page.getByTestId('headline')).toHaveText(
      'In 2025 per-capita disposable income reaches 70,985 yuan, 4,015 yuan short of the 75,000 yuan target; the urban/rural ratio is 1.88, target met.',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: '中文（切换为中文界面）' })).toHaveText('中文');
    // No Chinese characters remain on the English page, except the switch's own "中文".
    expect((await page.locator('body').innerText()).replace('中文', '')).not.toMatch(/[\u4e00-\u9fff]/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prosperity Sandbox');
  });

  test('the result views are tabs reachable with the arrow keys', async ({ page }) => {
    await page.goto('/');
    const first = page.getByRole('tab', { name: '目标轨迹' });
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: '设区市' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tab', { name: '设区市' })).toBeFocused();
  });

  test('a corrupt stored record is reported, kept, and the page still works', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年');
    await putStoredRecord(page, { id: 'working', doc: { schemaVersion: 1, overrides: { dibao_uplift: 'fast' } }, updatedAt: 1 });
    await page.reload();
    await expect(page.getByTestId('storage-notice')).toContainText('overrides.dibao_uplift');
    await expect(page.getByTestId('headline')).toContainText('7.10万元');
    await page.getByLabel('预设情景').selectOption({ label: '工资增长主导' });
    await expect(page.getByTestId('save-state')).toHaveText('草稿已保存');
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
