import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_HEADER_POLICY, DEV_CSP_HEADER_POLICY } from '../../vite.config';

// The policy is sent as a header by vite preview and the dev server, and by static hosts through
// the shipped sample configs; all of them must send the one policy of vite.config.ts.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('the Content-Security-Policy header', () => {
  it('is the <meta> policy plus frame-ancestors, with no eval and no inline script: WebAssembly compiles, and nothing more', () => {
    expect(CSP_HEADER_POLICY).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    const scriptSrc = /script-src ([^;]*)/.exec(CSP_HEADER_POLICY)?.[1];
    expect(scriptSrc).toBe("'self' 'wasm-unsafe-eval'");
    expect(CSP_HEADER_POLICY.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
  });

  it("differs in dev only by the HMR client's WebSocket", () => {
    expect(DEV_CSP_HEADER_POLICY.replace(' ws: wss:', '')).toBe(CSP_HEADER_POLICY);
    expect(DEV_CSP_HEADER_POLICY).toContain("connect-src 'self' ws: wss:");
  });

  it('is what the sample configs for static hosts send and the README documents', () => {
    expect(read('public/_headers')).toContain(`/*\n  Content-Security-Policy: ${CSP_HEADER_POLICY}\n`);
    expect(read('deploy/nginx.conf')).toContain(`add_header Content-Security-Policy "${CSP_HEADER_POLICY}" always;`);
    expect(read('README.md')).toContain(`\nContent-Security-Policy: ${CSP_HEADER_POLICY}\n`);
  });
});
