import { expect, test } from './fixtures';

// The Content-Security-Policy reaches the model worker: a <meta> policy covers only the page, so
// `vite preview` (like the sample host configs) sends it as a header, which the worker's own
// script response carries too. script-src admits WebAssembly ('wasm-unsafe-eval', for the least-cost
// package's LP solver) and nothing more: eval and new Function stay refused.
test.describe('the Content-Security-Policy in the worker realm', () => {
  test('eval inside the model worker is refused, and the app still computes', async ({ page }) => {
    const scripts: { url: string; csp: string | undefined }[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push({ url: response.url(), csp: response.headers()['content-security-policy'] });
    });
    const response = await page.goto('/');
    const headerPolicy = response?.headers()['content-security-policy'] ?? '';
    expect(/script-src ([^;]*)/.exec(headerPolicy)?.[1]).toBe("'self' 'wasm-unsafe-eval'");
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    expect(headerPolicy.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');

    // The app works: the baseline headline comes from the model worker.
    await expect(page.getByTestId('headline')).toContainText('城乡收入倍差 1.88');

    const workers = page.workers();
    expect(workers.length).toBeGreaterThan(0);
    for (const worker of workers) {
      // The worker script's own response carries the policy.
      expect(scripts.find((s) => s.url === worker.url())?.csp, worker.url()).toBe(headerPolicy);
      // Playwright evaluates through the DevTools protocol, which lets the evaluated expression
      // itself eval; so the attempts run later, from a timer, as the worker's own code would.
      await worker.evaluate(() => {
        const scope = self as unknown as { cspProbe?: Record<string, string> };
        setTimeout(() => {
          const attempts: Record<string, string> = {};
          for (const [label, attempt] of [
            ['eval', () => (0, eval)('1 + 1') as unknown],
            ['Function', () => new Function('return 1 + 1')() as unknown],
          ] as const) {
            try {
              attempts[label] = `ran: ${String(attempt())}`;
            } catch (error) {
              attempts[label] = error instanceof Error ? error.name : String(error);
            }
          }
          // The smallest WebAssembly module (magic number and version): it compiles under the policy.
          WebAssembly.compile(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])).then(
            () => (scope.cspProbe = { ...attempts, WebAssembly: 'compiled' }),
            (error: unknown) => (scope.cspProbe = { ...attempts, WebAssembly: error instanceof Error ? error.name : String(error) }),
          );
        }, 0);
      });
      await expect.poll(() => worker.evaluate(() => (self as unknown as { cspProbe?: Record<string, string> }).cspProbe !== undefined)).toBe(true);
      const outcome = await worker.evaluate(() => (self as unknown as { cspProbe?: Record<string, string> }).cspProbe);
      expect(outcome, worker.url()).toEqual({ eval: 'EvalError', Function: 'EvalError', WebAssembly: 'compiled' });
    }

    // And still computes after the refused evals: a preset moves the headline.
    await page.getByLabel('预设情景').selectOption({ label: '转移支付主导' });
    await expect(page.getByTestId('headline')).toContainText('城乡收入倍差 1.80');
  });
});
