import { expect, test } from './fixtures';

// The small multiples' axis labels show whole (no "127,248 y" or "-0.2个百分" cut off by the label
// column), at desktop and phone widths, in both languages; the screenshots go with the report.

test.describe.configure({ timeout: 180_000 });

for (const language of ['zh', 'en'] as const) {
  for (const width of [1280, 390]) {
    test(`every small-multiple axis label shows whole (${language}, ${width} px)`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: width > 1000 ? 720 : 844 });
      await page.goto('/');
      await expect(page.getByTestId('headline')).toContainText('2025', { timeout: 60_000 });
      if (language === 'en') {
        await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
        await expect(page.getByTestId('headline')).toContainText('In 2025');
      }
      const smalls = page.getByTestId('small-multiples');
      await smalls.scrollIntoViewIfNeeded();
      const sparks = smalls.locator('.spark');
      await expect(sparks).toHaveCount(13);
      for (let i = 0; i < 13; i++) {
        // Laid out only on screen (content-visibility): bring each into view before measuring.
        const spark = sparks.nth(i);
        await spark.scrollIntoViewIfNeeded();
        const ticks = await spark
          .locator('.tick')
          .evaluateAll((els) => els.map((el) => ({ text: el.textContent!.trim(), clipped: el.scrollWidth > el.clientWidth + 1 })));
        expect(ticks.length).toBe(2);
        // Each label's text fits its box (nothing cut off by the column), and top and bottom differ.
        for (const tick of ticks) expect(tick, `small multiple ${i}`).toEqual({ text: expect.stringMatching(/\d/), clipped: false });
        expect(ticks[0]!.text, `small multiple ${i}`).not.toBe(ticks[1]!.text);
      }
      await testInfo.attach(`small-multiples-${language}-${width}.png`, { body: await smalls.screenshot(), contentType: 'image/png' });
    });
  }
}
