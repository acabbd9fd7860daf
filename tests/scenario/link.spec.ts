import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_VINTAGE, MODEL_VERSION } from '../../src/model/catalog';
import type { ScenarioDoc } from '../../src/scenario/document';
import { IMPORT_ERROR_KINDS, type ImportError, type ImportErrorKind } from '../../src/scenario/import-error';
import {
  LINK_FORMAT_VERSION,
  LINK_MAX_DECODED_BYTES,
  LINK_MAX_PAYLOAD_CHARS,
  SCENARIO_LINK_PREFIX,
  decodeScenarioLink,
  encodeScenarioLink,
  isScenarioLink,
  type DecodedScenarioLink,
} from '../../src/scenario/link';
import { emptyScenario } from '../../src/scenario/parse';
import type { Result } from '../../src/shared/result';
import { Draw, randomScenario } from './support/random-scenarios';

// The link format written out independently of link.ts (Node's zlib, base64url and CRC-32), so the
// tests pin the format itself: '#s=' + base64url(deflate-raw(UTF-8 JSON)) + '.' + CRC-32 of the JSON
// in 8 hex digits. linkOf* write the old format 1 (no checksum), checkedLinkOf* the current one.
const linkOfBytes = (bytes: Uint8Array): string => `#s=${Buffer.from(deflateRawSync(bytes)).toString('base64url')}`;
const linkOf = (payload: unknown): string => linkOfBytes(Buffer.from(JSON.stringify(payload), 'utf8'));
const checkedLinkOfBytes = (bytes: Uint8Array): string => `${linkOfBytes(bytes)}.${zlibCrc32(bytes).toString(16).padStart(8, '0')}`;
const checkedLinkOf = (payload: unknown): string => checkedLinkOfBytes(Buffer.from(JSON.stringify(payload), 'utf8'));
const payloadOf = (hash: string): unknown => JSON.parse(inflateRawSync(Buffer.from(hash.slice(3).split('.')[0]!, 'base64url')).toString('utf8'));

const doc = (fields: Partial<ScenarioDoc>): ScenarioDoc => ({ ...emptyScenario(), ...fields });

/** What a link carries of a document: everything but the notes, with this build's data vintage. */
const carried = (original: ScenarioDoc): ScenarioDoc => ({ ...original, notes: '', dataVintage: DATA_VINTAGE });

/** The errors of a rejected decode (fails the test if it was accepted). */
function errorsOf(result: Result<DecodedScenarioLink, ImportError[]>): ImportError[] {
  if (result.ok) throw new Error(`expected the link to be rejected, got ${JSON.stringify(result.value.doc)}`);
  return result.error;
}

/** Checks an error's shape: a known kind, no file, a message naming the link and the field path. */
function expectWellFormed(error: ImportError): void {
  expect(IMPORT_ERROR_KINDS).toContain(error.kind);
  expect(error.file).toBe('');
  expect(error.message.en.startsWith('Share link: ')).toBe(true);
  expect(error.message.zh.startsWith('分享链接：')).toBe(true);
  expect(error.message.en).toContain(error.path);
  expect(error.message.zh).toContain(error.path);
}

async function rejectedAs(hash: string): Promise<{ kind: ImportErrorKind; path: string }[]> {
  const errors = errorsOf(await decodeScenarioLink(hash));
  errors.forEach(expectWellFormed);
  return errors.map((e) => ({ kind: e.kind, path: e.path }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('encodeScenarioLink', () => {
  it('writes #s= + base64url(deflate-raw(JSON of { v, m, l, o, n })) + "." + its CRC-32, without the notes', async () => {
    const hash = await encodeScenarioLink(doc({ name: '丽水 push', overrides: { dibao_uplift: 20 }, notes: 'SECRET NOTES' }), 'zh');
    expect(hash.startsWith(SCENARIO_LINK_PREFIX)).toBe(true);
    expect(hash.slice(3)).toMatch(/^[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    const json = Buffer.from(JSON.stringify(payloadOf(hash)), 'utf8');
    expect(hash.split('.')[1]).toBe(zlibCrc32(json).toString(16).padStart(8, '0'));
    expect(payloadOf(hash)).toEqual({ v: LINK_FORMAT_VERSION, m: MODEL_VERSION, l: 'zh', o: { dibao_uplift: 20 }, n: '丽水 push' });
    expect(JSON.stringify(payloadOf(hash))).not.toContain('SECRET');
  });

  it('adds tracked trends and a horizon that is not the model horizon, and leaves out an empty name', async () => {
    const tracked = { life_expectancy: { start: 79.2, startYear: 2020, change: 0.2 } };
    const hash = await encodeScenarioLink(doc({ horizon: { start: 2020, end: 2025 }, tracked, modelVersion: '0.1.0' }), 'en');
    expect(payloadOf(hash)).toEqual({ v: 2, m: '0.1.0', l: 'en', o: {}, t: tracked, h: 2025 });
  });

  it('keeps links short: a typical scenario fits in a few hundred characters', async () => {
    const hash = await encodeScenarioLink(
      doc({
        name: 'Dibao and pensions',
        overrides: {
          dibao_uplift: 20,
          pension_uplift: {
            path: [
              [2022, 50],
              [2025, 200],
            ],
          },
          min_wage_uplift: 10,
        },
      }),
      'en',
    );
    expect(hash.length).toBeLessThan(300);
  });

  it('refuses (rejects with a RangeError) a document whose JSON is over the decode limit', async () => {
    const oversized = doc({ overrides: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`p${i}`, 123456.789])) });
    await expect(encodeScenarioLink(oversized, 'en')).rejects.toThrow(RangeError);
  });
});

describe('decodeScenarioLink round trip', () => {
  it('gives back the scenario, the language and the model version', async () => {
    const original = doc({
      name: '"温州" <script>alert(1)</script> 🚀',
      overrides: {
        dibao_uplift: 20,
        pension_uplift: {
          path: [
            [2022, 50],
            [2025, 200],
          ],
        },
      },
      tracked: { life_expectancy: { start: 79.2, startYear: 2020, change: 0.2 } },
      notes: 'not carried',
    });
    for (const language of ['zh', 'en'] as const) {
      const decoded = await decodeScenarioLink(await encodeScenarioLink(original, language));
      expect(decoded).toEqual({
        ok: true,
        value: { doc: carried(original), language, modelVersion: MODEL_VERSION, fromOtherModelVersion: false, unchecked: false },
      });
    }
  });

  it('flags a link made with another model version and keeps that version in the document', async () => {
    const decoded = await decodeScenarioLink(await encodeScenarioLink(doc({ modelVersion: '0.1.0', overrides: { dibao_uplift: 5 } }), 'en'));
    expect(decoded.ok && decoded.value.fromOtherModelVersion).toBe(true);
    expect(decoded.ok && decoded.value.modelVersion).toBe('0.1.0');
    expect(decoded.ok && decoded.value.doc.modelVersion).toBe('0.1.0');
  });

  it('round-trips 500 random scenarios (paths, tracked trends, horizons, hostile names)', async () => {
    const draw = new Draw(4242);
    for (let i = 0; i < 500; i++) {
      const original = randomScenario(draw);
      const language = draw.pick(['zh', 'en'] as const);
      const hash = await encodeScenarioLink(original, language);
      const decoded = await decodeScenarioLink(hash);
      expect(decoded, `scenario ${i}: ${JSON.stringify(original).slice(0, 300)}`).toEqual({
        ok: true,
        value: {
          doc: carried(original),
          language,
          modelVersion: original.modelVersion,
          fromOtherModelVersion: original.modelVersion !== MODEL_VERSION,
          unchecked: false,
        },
      });
    }
  });

  it('reads links made by another encoder of the same format, with or without the "#"', async () => {
    const hash = checkedLinkOf({ v: 2, m: MODEL_VERSION, l: 'zh', o: { dibao_uplift: { path: [[2022, 10]] } }, n: 'x' });
    for (const input of [hash, hash.slice(1)]) {
      const decoded = await decodeScenarioLink(input);
      expect(decoded.ok && decoded.value.doc).toEqual(doc({ name: 'x', overrides: { dibao_uplift: { path: [[2022, 10]] } } }));
      expect(decoded.ok && decoded.value.language).toBe('zh');
      expect(decoded.ok && decoded.value.unchecked).toBe(false);
    }
  });

  it('still opens an old link without a checksum (format 1), flagged as unchecked', async () => {
    const old = linkOf({ v: 1, m: MODEL_VERSION, l: 'en', o: { dibao_uplift: 20 }, n: 'old' });
    const decoded = await decodeScenarioLink(old);
    expect(decoded).toEqual({
      ok: true,
      value: {
        doc: doc({ name: 'old', overrides: { dibao_uplift: 20 } }),
        language: 'en',
        modelVersion: MODEL_VERSION,
        fromOtherModelVersion: false,
        unchecked: true,
      },
    });
    // A format-1 link given a correct checksum is checked like a new one.
    const checked = await decodeScenarioLink(checkedLinkOf({ v: 1, m: MODEL_VERSION, l: 'en', o: {} }));
    expect(checked.ok && checked.value.unchecked).toBe(false);
  });
});

describe('decodeScenarioLink rejects bad links with an error, never a throw', () => {
  const good = { v: 1, m: MODEL_VERSION, l: 'en', o: {} };

  it('refuses a link whose content does not match its checksum, or whose checksum is malformed or missing', async () => {
    const json = Buffer.from(
      JSON.stringify({
        v: 2,
        m: MODEL_VERSION,
        l: 'en',
        o: {
          pension_uplift: {
            path: [
              [2022, 50],
              [2025, 200],
            ],
          },
        },
      }),
      'utf8',
    );
    const valid = checkedLinkOfBytes(json);
    expect((await decodeScenarioLink(valid)).ok).toBe(true);
    const [payload, checksum] = valid.split('.') as [string, string];
    // The same payload with another JSON's checksum: the content does not match.
    const otherChecksum = zlibCrc32(Buffer.from(JSON.stringify({ v: 2, m: MODEL_VERSION, l: 'en', o: {} }), 'utf8'))
      .toString(16)
      .padStart(8, '0');
    expect(await rejectedAs(`${payload}.${otherChecksum}`)).toEqual([{ kind: 'invalid_link', path: '' }]);
    expect(errorsOf(await decodeScenarioLink(`${payload}.${otherChecksum}`))[0]?.message.en).toContain('does not match its checksum');
    for (const bad of [
      `${payload}.`,
      `${payload}.${checksum.toUpperCase()}`,
      `${payload}.${checksum}0`,
      `${payload}.${checksum.slice(1)}`,
      `${payload}.${checksum}.${checksum}`,
    ]) {
      expect(await rejectedAs(bad), bad).toEqual([{ kind: 'invalid_link', path: '' }]);
    }
    // Format 2 without its checksum: the checksum was lost, so the link is damaged.
    expect(await rejectedAs(payload)).toEqual([{ kind: 'invalid_link', path: '' }]);
    expect(errorsOf(await decodeScenarioLink(payload))[0]?.message.en).toContain('checksum is missing');
  });

  it('validates the scenario through parseScenario, naming the field path', async () => {
    expect(await rejectedAs(linkOf({ ...good, o: { not_a_parameter: 1 } }))).toEqual([{ kind: 'unknown_parameter', path: 'overrides.not_a_parameter' }]);
    expect(await rejectedAs(linkOf({ ...good, o: { dibao_uplift: 150 } }))).toEqual([{ kind: 'out_of_range', path: 'overrides.dibao_uplift' }]);
    expect(await rejectedAs(linkOf({ ...good, o: { dibao_uplift: '20' } }))).toEqual([{ kind: 'wrong_type', path: 'overrides.dibao_uplift' }]);
    expect(await rejectedAs(linkOf({ ...good, h: 2025, o: { dibao_uplift: { path: [[2030, 1]] } } }))).toEqual([
      { kind: 'year_outside_horizon', path: 'overrides.dibao_uplift.path[0]' },
    ]);
    expect(await rejectedAs(linkOf({ ...good, h: 2099 }))).toEqual([{ kind: 'out_of_range', path: 'horizon' }]);
    expect(await rejectedAs(linkOf({ ...good, t: { not_a_target: { start: 1, startYear: 2020, change: 0 } } }))).toEqual([
      { kind: 'unknown_target', path: 'tracked.not_a_target' },
    ]);
    expect(await rejectedAs(linkOf({ ...good, n: 'x'.repeat(201) }))).toEqual([{ kind: 'out_of_range', path: 'name' }]);
    expect(await rejectedAs(linkOf({ v: 1, m: MODEL_VERSION, l: 'en' }))).toEqual([{ kind: 'missing_field', path: 'overrides' }]);
    expect(await rejectedAs(linkOf({ ...good, o: [] }))).toEqual([{ kind: 'wrong_type', path: 'overrides' }]);
    const proto = linkOfBytes(Buffer.from('{"v":1,"m":"1.0.0","l":"en","o":{"__proto__":{"dibao_uplift":5}}}', 'utf8'));
    expect(await rejectedAs(proto)).toEqual([{ kind: 'unknown_parameter', path: 'overrides.__proto__' }]);
    const errors = errorsOf(await decodeScenarioLink(linkOf({ ...good, o: { dibao_uplift: 150 } })));
    expect(errors[0]?.message.en).toBe('Share link: overrides.dibao_uplift: 150 is outside the allowed range 0 to 100');
    expect(errors[0]?.message.zh).toBe('分享链接：overrides.dibao_uplift：150 超出允许范围 0 至 100');
  });

  it("checks the link's own fields", async () => {
    expect(await rejectedAs(checkedLinkOf({ ...good, v: 3 }))).toEqual([{ kind: 'unsupported_version', path: 'v' }]);
    expect(errorsOf(await decodeScenarioLink(checkedLinkOf({ ...good, v: 3 })))[0]?.message.en).toContain('update the app');
    expect(await rejectedAs(linkOf({ ...good, v: undefined }))).toEqual([{ kind: 'invalid_link', path: 'v' }]);
    expect(await rejectedAs(linkOf({ ...good, v: '1' }))).toEqual([{ kind: 'invalid_link', path: 'v' }]);
    expect(await rejectedAs(linkOf({ ...good, l: 'fr' }))).toEqual([{ kind: 'invalid_link', path: 'l' }]);
    expect(await rejectedAs(linkOf({ ...good, m: 5, n: 5, h: '2025' }))).toEqual([
      { kind: 'invalid_link', path: 'm' },
      { kind: 'invalid_link', path: 'n' },
      { kind: 'invalid_link', path: 'h' },
    ]);
    expect(await rejectedAs(linkOf([good]))).toEqual([{ kind: 'invalid_link', path: '' }]);
    expect(await rejectedAs(linkOf(null))).toEqual([{ kind: 'invalid_link', path: '' }]);
  });

  it('rejects garbage: not a link, bad characters, not deflate, not UTF-8, not JSON, truncated', async () => {
    const valid = await encodeScenarioLink(doc({ name: 'a', overrides: { dibao_uplift: 20 } }), 'en');
    const garbage = [
      '',
      '#',
      '#x=abc',
      '#s=',
      '#s=a',
      '#s=!!!!',
      '#s=abc+/def',
      '#s=%20abc',
      '#s=AAAA',
      `#s=${Buffer.from('not deflate at all').toString('base64url')}`,
      linkOfBytes(new Uint8Array([0xff, 0xfe, 0x80, 0x00])),
      linkOfBytes(Buffer.from('{"v":1,', 'utf8')),
      linkOfBytes(Buffer.from('', 'utf8')),
      valid.slice(0, Math.floor(valid.length / 2)),
    ];
    // (Bytes after the end of the deflate data are ignored by Node and refused by Chromium; either way the scenario is validated.)
    for (const hash of garbage) {
      const errors = errorsOf(await decodeScenarioLink(hash));
      expect(errors.length, hash).toBeGreaterThan(0);
      errors.forEach(expectWellFormed);
    }
    expect(await rejectedAs('#x=abc')).toEqual([{ kind: 'invalid_link', path: '' }]);
    expect(await rejectedAs('#s=abc+/def')).toEqual([{ kind: 'invalid_link', path: '' }]);
    expect(await rejectedAs(linkOfBytes(new Uint8Array([0xff, 0xfe, 0x80, 0x00])))).toEqual([{ kind: 'invalid_link', path: '' }]);
  });

  it('never throws on odd arguments', async () => {
    for (const odd of [undefined, null, 42, {}, ['#s=abc'], Symbol('s')]) {
      const result = await decodeScenarioLink(odd as unknown as string);
      expect(result.ok).toBe(false);
    }
  });

  it('survives 10,000 tampered links: each is refused with errors or decodes to the very scenario it was made from', { timeout: 120_000 }, async () => {
    const draw = new Draw(99);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/!%#.';
    // 250 random links, each tampered 40 ways: encoding is the slow half, so it is shared.
    const sources = await Promise.all(
      Array.from({ length: 250 }, async () => {
        const original = randomScenario(draw);
        return { expected: carried(original), hash: await encodeScenarioLink(original, 'en') };
      }),
    );
    const started = performance.now();
    let rejected = 0;
    for (let i = 0; i < 10_000; i++) {
      const { expected, hash } = sources[i % sources.length]!;
      const at = 3 + draw.int(hash.length - 3);
      const tampered = draw.chance(0.5)
        ? hash.slice(0, at) + draw.pick(Array.from(alphabet)) + hash.slice(at + 1)
        : hash.slice(0, at) + hash.slice(at + 1 + draw.int(8));
      const result = await decodeScenarioLink(tampered);
      if (result.ok) {
        expect(result.value.doc, `${tampered} opened as another scenario`).toEqual(expected);
      } else {
        rejected++;
        expect(result.error.length).toBeGreaterThan(0);
        result.error.forEach(expectWellFormed);
      }
    }
    console.info(
      `link fuzz: 10,000 tampered links decoded in ${Math.round(performance.now() - started)} ms, ${rejected} refused, ${10_000 - rejected} identical`,
    );
    expect(rejected).toBeGreaterThan(9_000);
  });
});

describe('a damaged link never opens as another scenario', () => {
  /** Every link with one character replaced by another of the link's alphabet (base64url, '.', hex), or deleted. */
  function oneCharacterEdits(hash: string): string[] {
    const alphabet = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.');
    const edits: string[] = [];
    for (let at = SCENARIO_LINK_PREFIX.length; at < hash.length; at++) {
      for (const char of alphabet) if (char !== hash[at]) edits.push(hash.slice(0, at) + char + hash.slice(at + 1));
      edits.push(hash.slice(0, at) + hash.slice(at + 1));
    }
    return edits;
  }

  it('refuses every one-character edit of a set of links, or decodes it to the identical scenario', { timeout: 120_000 }, async () => {
    const originals = [
      // The example: a pension path that raw deflate alone let open as [[2022,40],[2024,200]].
      doc({
        name: 'Dibao and pensions',
        overrides: {
          dibao_uplift: 20,
          pension_uplift: {
            path: [
              [2022, 50],
              [2025, 200],
            ],
          },
        },
      }),
      doc({ overrides: {} }),
      doc({
        name: '丽水',
        horizon: { start: 2020, end: 2025 },
        tracked: { life_expectancy: { start: 79.2, startYear: 2020, change: 0.2 } },
        overrides: { min_wage_uplift: 10 },
      }),
    ];
    let edits = 0;
    let refused = 0;
    for (const original of originals) {
      const hash = await encodeScenarioLink(original, 'zh');
      const expected = (await decodeScenarioLink(hash)).ok ? carried(original) : undefined;
      expect(expected).toBeDefined();
      for (const edited of oneCharacterEdits(hash)) {
        edits++;
        const result = await decodeScenarioLink(edited);
        if (result.ok) expect(result.value.doc, `${edited} opened as another scenario`).toEqual(expected);
        else refused++;
      }
    }
    console.info(`one-character edits: ${edits}, refused ${refused}, identical ${edits - refused}, different 0`);
    expect(edits).toBeGreaterThan(10_000);
    expect(refused).toBeGreaterThan(edits * 0.95);
  });
});

describe('decodeScenarioLink size limits', () => {
  const padded = (bytes: number): Uint8Array => {
    const head = JSON.stringify({ v: 1, m: MODEL_VERSION, l: 'en', o: {} });
    return Buffer.from(head.padEnd(bytes, ' '), 'utf8');
  };

  it(`reads a payload of exactly ${LINK_MAX_DECODED_BYTES} bytes and refuses one byte more`, async () => {
    expect((await decodeScenarioLink(linkOfBytes(padded(LINK_MAX_DECODED_BYTES)))).ok).toBe(true);
    expect(await rejectedAs(linkOfBytes(padded(LINK_MAX_DECODED_BYTES + 1)))).toEqual([{ kind: 'too_large', path: '' }]);
  });

  it('refuses a payload text over the length limit before decoding it', async () => {
    const decompress = vi.fn();
    vi.stubGlobal('DecompressionStream', decompress);
    expect(await rejectedAs(`#s=${'A'.repeat(LINK_MAX_PAYLOAD_CHARS + 1)}`)).toEqual([{ kind: 'too_large', path: '' }]);
    expect(decompress).not.toHaveBeenCalled();
  });

  it('stops inflating a zip bomb soon after the limit', async () => {
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const hash = `#s=${Buffer.from(bomb).toString('base64url')}`;
    expect(hash.length).toBeLessThan(LINK_MAX_PAYLOAD_CHARS);

    // Count the bytes the real DecompressionStream hands on.
    const Real = globalThis.DecompressionStream;
    let inflated = 0;
    vi.stubGlobal(
      'DecompressionStream',
      class {
        readonly writable: WritableStream<BufferSource>;
        readonly readable: ReadableStream<Uint8Array>;
        constructor(format: CompressionFormat) {
          const inner = new Real(format);
          this.writable = inner.writable;
          this.readable = inner.readable.pipeThrough(
            new TransformStream<Uint8Array, Uint8Array>({
              transform(chunk, controller) {
                inflated += chunk.byteLength;
                controller.enqueue(chunk);
              },
            }),
          );
        }
      },
    );
    expect(await rejectedAs(hash)).toEqual([{ kind: 'too_large', path: '' }]);
    expect(inflated).toBeGreaterThan(LINK_MAX_DECODED_BYTES);
    expect(inflated).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('isScenarioLink', () => {
  it('recognises #s= hashes (with or without the #) and nothing else', () => {
    expect(isScenarioLink('#s=abc')).toBe(true);
    expect(isScenarioLink('s=abc')).toBe(true);
    expect(isScenarioLink('#s=')).toBe(true);
    expect(isScenarioLink('')).toBe(false);
    expect(isScenarioLink('#')).toBe(false);
    expect(isScenarioLink('#scenario')).toBe(false);
    expect(isScenarioLink('#library')).toBe(false);
    expect(isScenarioLink('#x=1&s=abc')).toBe(false);
  });
});
