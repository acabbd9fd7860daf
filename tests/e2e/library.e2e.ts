import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, putStoredRecord, test } from './fixtures';

// The scenario library, files and links, in the built app (which carries the CSP).

const FIXTURES = fileURLToPath(new URL('../fixtures/scenarios', import.meta.url));

/** Moves the labour-share lever ten keyboard steps (to 1 point) and waits for the result. */
async function moveLever(page: Page): Promise<void> {
  const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('1');
  await expect(page.getByTestId('headline')).toContainText('7.16万元');
}

async function saveToLibrary(page: Page, name: string): Promise<void> {
  const nameField = page.getByTestId('scenario-name');
  await nameField.fill(name);
  await nameField.press('Enter');
  await page.getByTestId('save-to-library').click();
  await expect(page.getByTestId('draft-state')).toBeHidden();
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
}

test.describe('the scenario library', () => {
  test('“打开 / Open” closes the library and shows the scenario, focus back on the library button, in both languages', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(page.locator('main[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
    await moveLever(page);
    await saveToLibrary(page, 'Alpha');
    const library = page.getByTestId('library');
    const slider = page.getByRole('slider', { name: '提高劳动报酬比重政策' });
    await page.getByTestId('open-library').click();
    await library.getByRole('button', { name: '新建情景' }).click();
    await expect(slider).not.toHaveValue('1');
    await library.getByRole('button', { name: '打开“Alpha”' }).click();
    await expect(library).toBeHidden();
    await expect(slider).toHaveValue('1');
    await expect(page.getByTestId('open-library')).toBeFocused();

    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await page.getByTestId('open-library').click();
    await library.getByRole('button', { name: 'New scenario' }).click();
    await expect(page.getByTestId('scenario-name')).toHaveValue('New scenario');
    await library.getByRole('button', { name: 'Open “Alpha”' }).click();
    await expect(library).toBeHidden();
    await expect(page.getByTestId('scenario-name')).toHaveValue('Alpha');
    await expect(page.getByTestId('open-library')).toBeFocused();
  });

  test('the header and the scenario bar agree: a draft is “草稿已保存 / Draft saved”, not in the library; “已保存 / Saved” once it is', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await expect(page.locator('main[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
    await moveLever(page);
    await expect(page.getByTestId('draft-state')).toHaveText('未保存到情景库');
    await expect(page.getByTestId('save-state')).toHaveText('草稿已保存');
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await expect(page.getByTestId('draft-state')).toHaveText('Not in the library');
    await expect(page.getByTestId('save-state')).toHaveText('Draft saved');
    await page.getByTestId('save-to-library').click();
    await expect(page.getByTestId('draft-state')).toBeHidden();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await page.getByRole('button', { name: '中文（切换为中文界面）' }).click();
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
  });

  test('save → reload → the scenario is still there, open, with its lever and name', async ({ page }) => {
    await page.goto('/');
    await moveLever(page);
    await saveToLibrary(page, '劳动报酬试算');
    await page.reload();
    await expect(page.getByTestId('scenario-name')).toHaveValue('劳动报酬试算');
    await expect(page.getByRole('slider', { name: '提高劳动报酬比重政策' })).toHaveValue('1');
    await expect(page.getByTestId('draft-state')).toBeHidden();
    await page.getByTestId('open-library').click();
    const entries = page.getByTestId('library-entry');
    await expect(entries).toHaveCount(1);
    await expect(entries.first().getByTestId('entry-name')).toHaveText('劳动报酬试算');
    await expect(entries.first()).toContainText('正在编辑');
  });

  test('rename, duplicate, delete with undo, search and versions', async ({ page }) => {
    await page.goto('/');
    await moveLever(page);
    await saveToLibrary(page, 'Alpha');
    await page.getByTestId('open-library').click();
    const library = page.getByTestId('library');
    await library.getByRole('button', { name: '复制“Alpha”' }).click();
    await expect(library.getByTestId('entry-name')).toHaveText(['Alpha (copy)', 'Alpha'], { useInnerText: true });
    await library.getByRole('button', { name: '重命名“Alpha (copy)”' }).click();
    await library.getByRole('textbox', { name: '情景名称' }).fill('Beta');
    await library.getByRole('button', { name: '确定' }).click();
    await expect(library.getByTestId('entry-name').filter({ hasText: 'Beta' })).toHaveCount(1);
    await library.getByTestId('library-search').fill('bet');
    await expect(library.getByTestId('library-entry')).toHaveCount(1);
    await library.getByTestId('library-search').fill('');
    await library.getByRole('button', { name: '删除“Beta”' }).click();
    await expect(library.getByTestId('library-entry')).toHaveCount(1);
    await library.getByRole('button', { name: '撤销' }).click();
    await expect(library.getByTestId('library-entry')).toHaveCount(2);
    // Versions: the open scenario's first state and the one after the rename of its copy are listed.
    await library.getByRole('button', { name: '“Alpha”的历史版本' }).click();
    await expect(library.getByRole('region', { name: '“Alpha”的历史版本（最近 50 个）' }).getByRole('listitem')).not.toHaveCount(0);
  });

  test('every pause in editing is a version; restoring an old one brings its levers back', async ({ page }) => {
    await page.goto('/');
    await saveToLibrary(page, 'Versions');
    // One edit, typed (ten key presses on the slider are ten edits, and on a loaded machine a
    // press can come after the pause that makes a version).
    const box = page.getByRole('spinbutton', { name: '提高劳动报酬比重政策', exact: true });
    await box.fill('1');
    await box.press('Enter');
    await expect(page.getByTestId('headline')).toContainText('7.16万元');
    // Library scenarios save (and version) once edits pause.
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
    await page.getByTestId('open-library').click();
    const library = page.getByTestId('library');
    await library.getByRole('button', { name: '“Versions”的历史版本' }).click();
    const versions = library.getByRole('region', { name: '“Versions”的历史版本（最近 50 个）' }).getByRole('listitem');
    await expect(versions).toHaveCount(2);
    await expect(versions.first()).toContainText('1 项调整');
    await expect(versions.last()).toContainText('0 项调整');
    await versions.last().getByRole('button', { name: /^恢复/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('slider', { name: '提高劳动报酬比重政策' })).toHaveValue('0');
    await expect(page.getByTestId('headline')).toContainText('7.10万元');
  });

  test('export → import in a fresh browser profile gives the same scenario; names stay text', async ({ page, browser }) => {
    await page.goto('/');
    await moveLever(page);
    await saveToLibrary(page, '<b>导出</b> test');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出当前情景' }).click();
    const download = await downloadPromise;
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 3, name: '<b>导出</b> test', overrides: { labour_share_policy: 1 } });

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto('/');
    await other.getByTestId('open-library').click();
    await other.getByTestId('import-input').setInputFiles([file, join(FIXTURES, 'invalid/out_of_range.json')]);
    const report = other.getByTestId('import-report');
    await expect(report).toContainText('已导入 1 个情景');
    await expect(report).toContainText('out_of_range.json：未导入');
    await expect(report).toContainText('overrides.');
    const entry = other.getByTestId('library-entry');
    await expect(entry).toHaveCount(1);
    await expect(entry.getByTestId('entry-name')).toHaveText('<b>导出</b> test');
    await expect(other.getByTestId('library').locator('b')).toHaveCount(0);
    await entry.getByRole('button', { name: '打开“<b>导出</b> test”' }).click();
    await other.keyboard.press('Escape');
    await expect(other.getByRole('slider', { name: '提高劳动报酬比重政策' })).toHaveValue('1');
    await fresh.close();
  });

  test('files dropped on the library are imported', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('open-library').click();
    const text = readFileSync(join(FIXTURES, 'v1-levers.json'), 'utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await page.getByTestId('library').dispatchEvent('drop', { dataTransfer });
    await expect(page.getByTestId('import-report')).toContainText('dropped.json：已导入 1 个情景');
    await expect(page.getByTestId('entry-name')).toHaveText('dropped');
  });

  test('a name clash on import makes a copy; a v1 file still imports', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('open-library').click();
    const input = page.getByTestId('import-input');
    await input.setInputFiles(join(FIXTURES, 'v2-named.json'));
    await expect(page.getByTestId('library-entry')).toHaveCount(1);
    await input.setInputFiles([join(FIXTURES, 'v2-named.json'), join(FIXTURES, 'v1-levers.json')]);
    await expect(page.getByTestId('library-entry')).toHaveCount(3);
    await expect(page.getByTestId('entry-name').filter({ hasText: '（副本）' })).toHaveCount(1);
    await expect(page.getByTestId('entry-name').filter({ hasText: 'v1-levers' })).toHaveCount(1);
  });

  test('a link round-trips the scenario into a fresh profile, as an unsaved draft', async ({ page, browser }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await moveLever(page);
    await page.getByRole('button', { name: 'English (switch the page to English)' }).click();
    await page.getByTestId('copy-link').click();
    // Headless Chromium may block the clipboard: the link is then shown for a manual copy.
    const manual = page.getByTestId('link-text');
    const link = (await manual.count()) > 0 ? await manual.inputValue() : await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#s=/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByTestId('link-notice')).toContainText('opened from a link');
    await expect(other.getByRole('slider', { name: 'Labour-share policy' })).toHaveValue('1');
    await expect(other.getByTestId('draft-state')).toBeVisible();
    expect(other.url()).not.toContain('#s=');
    // A tampered link is refused with a reason and the app keeps working.
    await other.goto(link.replace(/#s=.*/, '#s=AAAAnot-a-scenario'));
    await expect(other.getByTestId('link-notice')).toContainText('cannot be read');
    // One character of the payload changed: the checksum refuses it.
    const at = link.indexOf('#s=') + 10;
    const damaged = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    await other.goto(damaged);
    await expect(other.getByTestId('link-notice')).toContainText('cannot be read');
    await fresh.close();
  });

  test('an old link without a checksum still opens, with a notice that damage cannot be ruled out', async ({ page }) => {
    // Format 1, written out by hand: base64url(deflate-raw(JSON)) and no ".<checksum>".
    // (The link sets the language, so each language is checked through a link of its own.)
    for (const [language, opened, unchecked] of [
      ['zh', '已从链接打开情景', '不带校验码的旧式链接'],
      ['en', 'opened from a link', 'an old link without a checksum'],
    ] as const) {
      const json = JSON.stringify({ v: 1, m: '1.0.0', l: language, o: { dibao_uplift: 20 }, n: `old ${language}` });
      // A fresh load for each link (a change of hash alone would open it in the page already there).
      await page.goto('about:blank');
      await page.goto(`/#s=${deflateRawSync(Buffer.from(json, 'utf8')).toString('base64url')}`);
      const notice = page.getByTestId('link-notice');
      await expect(notice).toContainText(opened);
      await expect(notice).toContainText(unchecked);
      await expect(page.getByTestId('scenario-name')).toHaveValue(`old ${language}`);
    }
  });

  test('two tabs: both lists stay current; the same scenario edited in both merges both edits, with a notice', async ({ page, context }) => {
    test.setTimeout(90_000); // two pages, each computing, on a small machine
    await page.goto('/');
    await saveToLibrary(page, 'Shared');
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByTestId('scenario-name')).toHaveValue('Shared');
    await second.getByTestId('open-library').click();
    await expect(second.getByTestId('library-entry')).toHaveCount(1);
    // A scenario saved in the first tab appears in the second's open library without a reload.
    await page.getByTestId('open-library').click();
    await page.getByTestId('library').getByRole('button', { name: '新建情景' }).click();
    await expect(second.getByTestId('library-entry')).toHaveCount(2);
    await second.keyboard.press('Escape');
    // Both tabs edit "Shared": the second sees the first's save; its own later save (of another setting) merges both.
    await page.getByTestId('library').getByRole('button', { name: '打开“Shared”' }).click();
    await page.keyboard.press('Escape');
    await moveLever(page);
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
    await expect(second.getByTestId('other-tab-notice')).toContainText('另一个标签页保存了此情景的新版本');
    await second.locator('summary', { hasText: '情景备注' }).click();
    await second.getByTestId('scenario-notes').fill('second tab note');
    await second.getByTestId('scenario-notes').blur();
    await expect(second.getByTestId('other-tab-notice')).toContainText('已与本页的修改合并保存');
    await expect(second.getByRole('slider', { name: '提高劳动报酬比重政策' })).toHaveValue('1');
  });

  test('a corrupt stored record is listed with export raw and delete, never dropped', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline')).toContainText('万元');
    await putStoredRecord(page, { id: 'broken-1', doc: { schemaVersion: 2, overrides: { dibao_uplift: 'lots' } }, updatedAt: 1 });
    // As if written in an earlier session: the next start reads it.
    await page.reload();
    await page.getByTestId('open-library').click();
    const corrupt = page.getByTestId('corrupt-records');
    await expect(corrupt).toContainText('broken-1');
    await expect(corrupt).toContainText('overrides.dibao_uplift');
    const downloadPromise = page.waitForEvent('download');
    await corrupt.getByRole('button', { name: '导出原始数据' }).click();
    const raw = JSON.parse(readFileSync(await (await downloadPromise).path(), 'utf8'));
    expect(raw).toEqual({ schemaVersion: 2, overrides: { dibao_uplift: 'lots' } });
    await corrupt.getByRole('button', { name: '删除此记录' }).click();
    await expect(page.getByTestId('corrupt-records')).toBeHidden();
  });

  test('without IndexedDB the user is told, work continues in memory and can be exported', async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByTestId('memory-notice')).toContainText('仅保存在内存中');
    await moveLever(page);
    await saveToLibrary(page, 'In memory');
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('memory-notice').getByRole('button', { name: '导出全部情景' }).click();
    const exported = JSON.parse(readFileSync(await (await downloadPromise).path(), 'utf8'));
    expect(exported).toMatchObject({ name: 'In memory', overrides: { labour_share_policy: 1 } });
    await page.getByTestId('open-library').click();
    await expect(page.getByTestId('library-entry')).toHaveCount(1);
    await context.close();
  });

  test('the built app carries a Content-Security-Policy without unsafe-eval (WebAssembly only) or inline scripts', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    const response = await page.goto('/');
    const html = (await response?.text()) ?? '';
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp?.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
    expect(csp?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    await moveLever(page);
    expect(violations).toEqual([]);
  });
});
