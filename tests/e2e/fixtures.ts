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
