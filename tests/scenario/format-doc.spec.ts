import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SCENARIO_NAME_MAX, SCENARIO_SCHEMA_VERSION } from '../../src/scenario/document';
import { IMPORT_ERROR_KINDS, SCENARIO_BUNDLE_FORMAT, SCENARIO_FILE_MAX_BYTES, readScenarioFiles } from '../../src/scenario/files';
import { LINK_FORMAT_VERSION, LINK_MAX_DECODED_BYTES, LINK_MAX_PAYLOAD_CHARS, decodeScenarioLink } from '../../src/scenario/link';
import { parseScenario } from '../../src/scenario/parse';

// docs/scenario-format.md must keep describing the code: its examples are valid, and its numbers
// and error kinds are the code's.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const doc = readFileSync(join(root, 'docs', 'scenario-format.md'), 'utf8');

/** The JSON block after `<!-- example: name -->`. */
function example(name: string): unknown {
  const match = new RegExp(`<!-- example: ${name} -->\\n\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!match?.[1]) throw new Error(`docs/scenario-format.md has no "${name}" example`);
  return JSON.parse(match[1]) as unknown;
}

/** Thousands grouped with a space, as the document writes them: 87 467. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

describe('docs/scenario-format.md', () => {
  it('shows a current, valid document that parses to itself', () => {
    const value = example('document');
    expect(parseScenario(value)).toEqual({ ok: true, value });
    expect((value as { schemaVersion: number }).schemaVersion).toBe(SCENARIO_SCHEMA_VERSION);
  });

  it('shows a bundle that imports', async () => {
    const text = JSON.stringify(example('bundle'));
    const [report] = await readScenarioFiles([{ name: 'example.json', size: text.length, text: async () => text }]);
    expect(report?.errors).toEqual([]);
    expect(report?.docs).toHaveLength(2);
    expect(doc).toContain(`"format": "${SCENARIO_BUNDLE_FORMAT}"`);
  });

  it('shows a link payload that opens', async () => {
    const payload = example('link');
    expect((payload as { v: number }).v).toBe(LINK_FORMAT_VERSION);
    const json = Buffer.from(JSON.stringify(payload), 'utf8');
    const hash = `#s=${deflateRawSync(json).toString('base64url')}.${crc32(json).toString(16).padStart(8, '0')}`;
    const decoded = await decodeScenarioLink(hash);
    expect(decoded.ok && decoded.value.language).toBe('zh');
    expect(decoded.ok && decoded.value.unchecked).toBe(false);
    expect(doc).toContain('the CRC-32 of `123456789` is `cbf43926`');
  });

  it('lists every import error kind in its table', () => {
    for (const kind of IMPORT_ERROR_KINDS) expect(doc, kind).toContain(`| \`${kind}\` |`);
  });

  it("states the code's limits and has a row for every schema version", () => {
    expect(doc).toContain(`**${SCENARIO_FILE_MAX_BYTES / 1024 / 1024} MB**`);
    expect(doc).toContain(`${grouped(LINK_MAX_PAYLOAD_CHARS)} characters`);
    expect(doc).toContain(`${grouped(LINK_MAX_DECODED_BYTES)} bytes`);
    expect(doc).toContain(`at most ${SCENARIO_NAME_MAX} characters`);
    expect(doc).toContain(`The app writes \`${SCENARIO_SCHEMA_VERSION}\``);
    for (let version = 1; version <= SCENARIO_SCHEMA_VERSION; version++) expect(doc).toMatch(new RegExp(`\\n\\| ${version} \\| `));
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain('(docs/scenario-format.md)');
  });
});
