import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-testid="own-household"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every localStorage entry and every IndexedDB record of the page, as one text. */
async function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (let i = 0; i < localStorage.length; i++) parts.push(`${localStorage.key(i)}=${localStorage.getItem(localStorage.key(i)!)}`);
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(`${store}:${JSON.stringify(records)}`);
      }
      db.close();
    }
    return parts.join('\n');
  });
}

/** Records every write to localStorage and IndexedDB from now on (key and value, as text). */
async function recordWrites(page: Page): Promise<void> {
  await page.evaluate(() => {
    const writes: string[] = [];
    (window as unknown as { storageWrites: string[] }).storageWrites = writes;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(`localStorage ${key}=${value}`);
      setItem.call(this, key, value);
    };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        writes.push(`indexedDB ${this.name}.${method} ${JSON.stringify(value)}`);
        return original.call(this, value, key);
      };
    }
  });
}

test.describe('your own household', () => {
  // The model runs twice per household and axe reads the section: slow on a loaded 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  test('a rural Lishui household under the dibao line gains the 20 % dibao uplift (and the standard’s indexing to the scenario’s income), and nothing it entered is stored or put in the link', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年', { timeout: 60_000 });
    const uplift = page.getByRole('spinbutton', { name: '低保标准提高幅度', exact: true });
    await uplift.fill('20');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: '典型家庭' }).click();
    const own = page.getByTestId('own-household');
    await expect(own.getByTestId('own-household-privacy')).toHaveText(/仅在本机计算，不保存/);
    // Let the lever's saves settle, then watch every write while the calculator is used.
    await page.waitForTimeout(1500);
    await recordWrites(page);

    await own.getByTestId('own-city').selectOption({ label: '丽水' });
    await own.getByTestId('own-area').selectOption({ label: '农村' });
    await own.getByLabel('家庭人口').fill('2');
    await own.getByLabel('工资性收入（元/年）').fill('2345.6');
    await own.getByLabel('转移净收入，不含低保（元/年）').fill('1098.7');
    await own.getByRole('button', { name: '计算' }).click();

    // Topped up to the line, the household's income is the line: 20 % higher from 2021, times the
    // scenario's income over the baseline's (the standard follows income), a few hundredths of a point.
    await expect(own.getByTestId('own-sentence')).toContainText('2025年，本情景使你家的可支配收入变化', { timeout: 60_000 });
    await expect(own.getByTestId('own-sentence')).toContainText('+20.0');
    const rows = own.getByTestId('own-table').locator('tbody tr');
    await expect(rows).toHaveCount(6);
    await expect(rows.first().locator('td').nth(2)).toHaveText('0');
    for (const year of [2021, 2022, 2023, 2024, 2025]) await expect(own.locator(`tr[data-year="${year}"] td`).nth(3)).toHaveText(/^\+20\.0\d%$/);
    await expect(own.getByTestId('own-breakdown').locator('tr[data-key="dibao"] td').last()).toHaveText(/^\+/);
    await expect(own.getByTestId('own-chart').locator('canvas')).toHaveAttribute('aria-label', /你家的年可支配收入/);
    expect(await seriousViolations(page)).toEqual([]);

    const writes = await page.evaluate(() => (window as unknown as { storageWrites: string[] }).storageWrites);
    expect(writes).toEqual([]);
    const stored = await storedText(page);
    for (const typed of ['2345.6', '1098.7', '1172.8']) {
      expect(stored).not.toContain(typed);
      expect(page.url()).not.toContain(typed);
    }
  });

  test('refuses bad entries with an error naming the field, in Chinese and in English, and computes nothing', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('2025年', { timeout: 60_000 });
    await page.getByRole('tab', { name: '典型家庭' }).click();
    const own = page.getByTestId('own-household');
    await own.getByLabel('家庭人口').fill('12');
    await own.getByLabel('工资性收入（元/年）').fill('三万');
    await own.getByLabel('经营净收入（元/年）').fill('-500');
    await own.getByLabel('财产净收入（元/年）').fill('99999999');
    await own.getByRole('button', { name: '计算' }).click();
    await expect(own.getByTestId('own-members-error')).toHaveText('“家庭人口”须在1到10人之间。');
    await expect(own.getByTestId('own-wage-error')).toHaveText('“工资性收入（元/年）”须是数字（如 36000 或 36,000）。');
    await expect(own.getByTestId('own-business-error')).toHaveText('“经营净收入（元/年）”不能为负数。');
    await expect(own.getByTestId('own-property-error')).toContainText('过大');
    await expect(own.getByLabel('家庭人口')).toBeFocused();
    await expect(own.getByLabel('家庭人口')).toHaveAttribute('aria-invalid', 'true');
    await expect(own.getByTestId('own-status')).toContainText('有4处输入需要修改，尚未计算。');
    await expect(own.getByTestId('own-table')).toHaveCount(0);
    // What was typed stays as typed.
    await expect(own.getByLabel('工资性收入（元/年）')).toHaveValue('三万');

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(own.getByTestId('own-members-error')).toHaveText('“Household members” must be between 1 and 10.');
    await expect(own.getByTestId('own-business-error')).toHaveText('“Net business income (yuan/year)” cannot be negative.');
    await expect(own.getByTestId('own-status')).toContainText('4 entries need correcting; nothing was calculated.');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in English, a wage earner on the baseline sees no change, with the table and chart, keyboard only', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByTestId('headline')).toContainText('In 2025', { timeout: 60_000 });
    await page.getByRole('tab', { name: 'Household' }).click();
    const own = page.getByTestId('own-household');
    await expect(own.getByTestId('own-household-privacy')).toHaveText(/Computed on this device, never stored/);
    await own.getByLabel('Wages (yuan/year)').focus();
    await page.keyboard.type('150,000');
    await page.keyboard.press('Enter');
    await expect(own.getByTestId('own-sentence')).toContainText("In 2025 the scenario leaves your household's disposable income as it is", { timeout: 60_000 });
    await expect(own.getByTestId('own-table').locator('tbody tr')).toHaveCount(6);
    await expect(own.locator('tr[data-year="2020"] td').nth(0)).toHaveText('150,000');
    await expect(own.getByTestId('own-chart').locator('canvas')).toHaveAttribute('aria-label', /Your household's disposable income/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
