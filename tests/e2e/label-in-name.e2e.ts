import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// WCAG 2.5.3 (label in name): a speech-input user says what they see ("click 输入数值"), so every
// control's accessible name must contain its visible text. Names are Chromium's own (its
// accessibility tree over the DevTools protocol), visible text the element's rendered text.

const FIXTURES = fileURLToPath(new URL('../fixtures/scenarios', import.meta.url));

/** Roles whose name a user reads off the control itself. */
const ROLES = new Set([
  'button',
  'link',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'checkbox',
  'radio',
  'switch',
  'ToggleButton',
  'PopUpButton',
  'DisclosureTriangle',
]);

/**
 * Lower case, without symbols (▸ ↺ ● ✓) and without whitespace: what a person would read aloud,
 * however the text nodes are split or spaced (Chinese has no spaces between words).
 */
const normalise = (text: string): string => text.replace(/[\p{S}\p{Cf}\s]/gu, '').toLowerCase();

interface Offender {
  readonly role: string;
  readonly text: string;
  readonly name: string;
}

/** Every visible control whose accessible name does not contain its visible text; also how many were checked. */
async function offenders(page: Page): Promise<{ checked: number; bad: Offender[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[];
    };
    const bad: Offender[] = [];
    let checked = 0;
    for (const node of nodes) {
      const role = node.role?.value ?? '';
      if (node.ignored || !ROLES.has(role) || node.backendDOMNodeId === undefined) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
      if (!object.objectId) continue;
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        returnByValue: true,
        // The text rendered inside the control (an input: inside its labels), without what is
        // aria-hidden: icons and a sparkline's axis decorate a control, they do not label it.
        functionDeclaration: `function () {
          if (!(this instanceof HTMLElement) || !this.checkVisibility({ visibilityProperty: true })) return null;
          const roots = this instanceof HTMLInputElement ? [...(this.labels ?? [])] : [this];
          const parts = [];
          for (const root of roots) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement;
              if (!parent || parent.closest('[aria-hidden="true"]') || !parent.checkVisibility({ visibilityProperty: true })) continue;
              parts.push(node.data);
            }
          }
          return parts.join(' ');
        }`,
      });
      const text = result.value as string | null;
      if (text === null) continue;
      checked++;
      const shown = normalise(text);
      const name = node.name?.value ?? '';
      if (shown && !normalise(name).includes(shown)) bad.push({ role, text: shown, name });
    }
    return { checked, bad };
  } finally {
    await cdp.detach();
  }
}

/** Checks the page as it is now, naming the state in the failure; `interactive` states must have controls to check. */
async function expectLabelInName(page: Page, state: string, interactive = true): Promise<void> {
  const { checked, bad } = await offenders(page);
  if (interactive) expect(checked, `${state}: controls checked`).toBeGreaterThan(10);
  expect(bad, `${state}: accessible names that drop the visible text`).toEqual([]);
}

test.describe('label in name (WCAG 2.5.3)', () => {
  // Several views, a dialog and the print layout, in two languages: slow on a busy 2-core machine.
  test.describe.configure({ timeout: 180_000 });

  for (const language of ['zh', 'en'] as const) {
    test(`every button, link, tab and checkbox is named with its visible text (${language})`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByTestId('headline')).toContainText('2025', { timeout: 60_000 });
      if (language === 'en') {
        await page.getByRole('button', { name: /^English/ }).click();
        await expect(page.getByTestId('headline')).toContainText('In 2025');
      }
      await expectLabelInName(page, 'main page');

      // The trend editor of a tracked target, and a lever's year-by-year schedule.
      const scorecard = page.getByTestId('scorecard');
      await scorecard.locator('tbody tr[data-target-id="market_entities"] button.edit').click();
      await expect(page.getByTestId('trend-editor-market_entities')).toBeVisible();
      await page
        .locator('[data-lever="mountain_transfer"]')
        .getByRole('button', { name: language === 'zh' ? /^逐年设置/ : /^Year by year/ })
        .click();
      await expectLabelInName(page, 'trend editor and schedule open');

      // The library dialog with an import report.
      await page.getByTestId('open-library').click();
      await page.getByTestId('import-input').setInputFiles([join(FIXTURES, 'v2-named.json'), join(FIXTURES, 'invalid/out_of_range.json')]);
      await expect(page.getByTestId('import-report')).toBeVisible();
      await expect(page.getByTestId('library-entry')).toHaveCount(1);
      await expectLabelInName(page, 'library dialog with import report');
      await page.keyboard.press('Escape');

      // The printable brief (paper: it may hold no control at all, but any it holds is checked).
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByTestId('brief')).toBeVisible();
      await expectLabelInName(page, 'brief', false);
    });
  }
});
