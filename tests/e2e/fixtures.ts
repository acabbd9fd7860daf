import { test as base, expect, type Page } from '@playwright/test';

/** A page that fails its test on any uncaught page error or console error. */
export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await use(errors);
      expect(errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Writes a record straight into the app's IndexedDB scenarios store (as an older session, or a damaged disk, might have left it). */
export async function putStoredRecord(page: Page, record: { id: string; doc: unknown; updatedAt: number }): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('prosperity-sandbox');
        open.onsuccess = () => {
          const tx = open.result.transaction('scenarios', 'readwrite');
          tx.objectStore('scenarios').put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    record,
  );
}

/**
 * Adds a custom indicator through the Chinese panel, as a user does: its name, its expression and,
 * with `threshold`, a target (the comparator ≥ unless given, the panel's default year 2025).
 */
export async function addIndicator(
  page: Page,
  indicator: { name: string; expression: string; threshold?: string; comparator?: '>=' | '>' | '<=' | '<' },
): Promise<void> {
  const panel = page.getByTestId('custom-indicators');
  await panel.getByRole('button', { name: '添加指标' }).click();
  await panel.getByRole('textbox', { name: '名称' }).fill(indicator.name);
  await panel.getByRole('textbox', { name: '算式' }).fill(indicator.expression);
  if (indicator.threshold !== undefined) {
    await panel.getByRole('checkbox', { name: '设定目标' }).check();
    await panel.getByRole('combobox', { name: '比较' }).selectOption(indicator.comparator ?? '>=');
    await panel.getByRole('textbox', { name: '目标值' }).fill(indicator.threshold);
  }
  await panel.getByRole('button', { name: '保存指标' }).click();
}
