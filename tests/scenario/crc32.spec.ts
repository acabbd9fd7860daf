import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/shared/crc32';
import { Draw } from './support/random-scenarios';

describe('crc32', () => {
  it('gives the published check values of CRC-32/ISO-HDLC', () => {
    // "123456789" → 0xCBF43926 is the catalogue check value; the empty input → 0.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(new TextEncoder().encode('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });

  it("agrees with Node's zlib on 1,000 random byte strings", () => {
    const draw = new Draw(32);
    for (let i = 0; i < 1000; i++) {
      const bytes = Uint8Array.from({ length: draw.int(300) }, () => draw.int(256));
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    }
  });
});
