import { describe, expect, it } from 'vitest';
import { isoDate, slugify } from '../../shared/file-name';
import { dataUrlToBlob, exportFileName } from './download';

describe('file names', () => {
  it('slugs free text: letters and digits kept, Chinese too, the rest one hyphen', () => {
    expect(slugify('My Scenario: 2025 plan!')).toBe('my-scenario-2025-plan');
    expect(slugify('提高最低工资 + 低保')).toBe('提高最低工资-低保');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('a\\b/c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j');
    expect(slugify('  --  ')).toBe('');
    expect(slugify('Ｆｕｌｌｗｉｄｔｈ１２')).toBe('fullwidth12');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
    expect(slugify(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });

  it('writes the local calendar date', () => {
    expect(isoDate(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });

  it('joins name parts with the date, falling back when every part is empty', () => {
    const date = new Date(2026, 2, 5);
    expect(exportFileName(['My plan'], 'prosperity-sandbox', 'csv', date)).toBe('my-plan-2026-03-05.csv');
    expect(exportFileName(['', 'Per-capita income'], 'prosperity-sandbox', 'png', date)).toBe('per-capita-income-2026-03-05.png');
    expect(exportFileName(['', '  '], '共富政策沙盘', 'csv', date)).toBe('共富政策沙盘-2026-03-05.csv');
  });
});

describe('dataUrlToBlob', () => {
  it('decodes a base64 data URL into bytes of its type', async () => {
    const blob = dataUrlToBlob('data:image/png;base64,iVBORw0KGgo=');
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('refuses anything but a base64 data URL', () => {
    expect(() => dataUrlToBlob('https://example.org/x.png')).toThrow();
    expect(() => dataUrlToBlob('data:text/plain,hello')).toThrow();
  });
});
