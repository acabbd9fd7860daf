/**
 * Share links with no server: the scenario travels in the URL's hash fragment (never sent to a
 * server), as `#s=<payload>.<checksum>`, where
 *
 *   json     = UTF-8(JSON of { v, m, l, o, t?, n?, h?, i? })
 *   payload  = base64url(deflate-raw(json))
 *   checksum = CRC-32 of json, 8 lowercase hex digits
 *
 * v: the link format version (LINK_FORMAT_VERSION); m: the model version; l: the language ('zh' or
 * 'en'); o: the overrides; t: the tracked-target trends; n: the name; h: the horizon's last year
 * when it is not the model horizon; i: the custom indicators (schema 3), when there are any (an
 * older app reads such a link without them). Notes and the data vintage are not carried (links stay short;
 * the vintage follows from the model version). Raw deflate has no checksum of its own, so without
 * ours a damaged link can inflate to another valid scenario; with it, a link whose JSON does not
 * match its checksum is refused. Format-1 links (no checksum) still open, flagged as unchecked.
 * Decoding never throws, refuses oversized payloads before inflating them completely (zip bombs),
 * and validates the scenario through parseScenario.
 */
import { BASE_YEAR, DATA_VINTAGE, HORIZON_YEAR, MODEL_VERSION } from '../model/catalog';
import { crc32 } from '../shared/crc32';
import { isRecord } from '../shared/record';
import { err, ok, type Result } from '../shared/result';
import { SCENARIO_SCHEMA_VERSION, type ScenarioDoc } from './document';
import { LINK_SOURCE, fromScenarioError, importError, type ImportError } from './import-error';
import { parseScenario } from './parse';

/** The hash fragment of a share link starts with this. */
export const SCENARIO_LINK_PREFIX = '#s=';

/**
 * Version of the link payload's own format (the `v` field); a newer one is refused with "update the
 * app". 1: no checksum (still read, flagged `unchecked`); 2: `.<checksum>` after the payload, required.
 */
export const LINK_FORMAT_VERSION = 2;

/** The first link format version that carries (and therefore must carry) a checksum. */
const FIRST_CHECKSUMMED_VERSION = 2;

/** Separates the payload from its checksum; outside the base64url alphabet, so it cannot be payload. */
const CHECKSUM_SEPARATOR = '.';

/** The largest decoded (inflated) payload a link may carry: 64 KiB of JSON. */
export const LINK_MAX_DECODED_BYTES = 64 * 1024;

/**
 * The longest payload text accepted, in characters: base64url of the deflate of the largest
 * decoded payload (deflate adds at most 5 bytes per 64 KiB stored block, plus a little slack).
 */
export const LINK_MAX_PAYLOAD_CHARS = Math.ceil(((LINK_MAX_DECODED_BYTES + 64) * 4) / 3);

/** The interface languages a link can ask for. */
export type LinkLanguage = 'zh' | 'en';

/** What a share link carries, decoded and validated. */
export interface DecodedScenarioLink {
  /** The scenario (notes '', data vintage of this build). */
  readonly doc: ScenarioDoc;
  /** The language the sender used. */
  readonly language: LinkLanguage;
  /** The model version the link was made with. */
  readonly modelVersion: string;
  /** Whether that differs from this build's MODEL_VERSION (results may differ from the sender's). */
  readonly fromOtherModelVersion: boolean;
  /** True for an old (format 1) link, which has no checksum: damage to it cannot be detected. */
  readonly unchecked: boolean;
}

/** The JSON inside the payload. */
interface LinkPayload {
  v: number;
  m: string;
  l: LinkLanguage;
  o: ScenarioDoc['overrides'];
  t?: NonNullable<ScenarioDoc['tracked']>;
  n?: string;
  h?: number;
  i?: NonNullable<ScenarioDoc['indicators']>;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_VALUE = new Map<string, number>(Array.from(BASE64URL, (char, index) => [char, index]));

/** Base64url without padding. */
function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += BASE64URL[b0 >> 2]! + BASE64URL[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)]!;
    if (b1 !== undefined) out += BASE64URL[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)]!;
    if (b2 !== undefined) out += BASE64URL[b2 & 63]!;
  }
  return out;
}

/** Decodes base64url (padding optional); undefined for any character outside the alphabet or an impossible length. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  const body = text.replace(/={1,2}$/, '');
  if (body.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const char of body) {
    const value = BASE64URL_VALUE.get(char);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Runs bytes through a compression or decompression stream and collects the output, stopping (undefined) once it passes `limit` bytes. */
async function transform(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * The hash fragment `#s=<payload>` of a share link for `doc`, opened in `language`. Carries the
 * overrides, tracked trends, name, horizon end (only when not the model horizon) and the model
 * version; not the notes. Rejects with a RangeError if the JSON would exceed
 * LINK_MAX_DECODED_BYTES (no valid document comes near it).
 */
export async function encodeScenarioLink(doc: ScenarioDoc, language: LinkLanguage): Promise<string> {
  const payload: LinkPayload = { v: LINK_FORMAT_VERSION, m: doc.modelVersion, l: language, o: doc.overrides };
  if (doc.tracked !== undefined) payload.t = doc.tracked;
  if (doc.name !== '') payload.n = doc.name;
  if (doc.horizon.end !== HORIZON_YEAR) payload.h = doc.horizon.end;
  if (doc.indicators !== undefined && doc.indicators.length > 0) payload.i = doc.indicators;
  return SCENARIO_LINK_PREFIX + (await packLinkPayload(payload, 'the scenario'));
}

/**
 * `<payload>.<checksum>` of any JSON value, as a share link carries it (see the file comment); a
 * story link (story-link.ts) packs its value the same way. Rejects with a RangeError if the JSON
 * would exceed LINK_MAX_DECODED_BYTES; `what` names the value in that error.
 */
export async function packLinkPayload(value: unknown, what: string): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  if (json.byteLength > LINK_MAX_DECODED_BYTES) {
    throw new RangeError(`${what} is ${json.byteLength} bytes of JSON; links carry at most ${LINK_MAX_DECODED_BYTES}`);
  }
  const deflated = await transform(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  return toBase64Url(deflated ?? new Uint8Array()) + CHECKSUM_SEPARATOR + checksumText(json);
}

/** The checksum as written in a link: CRC-32, 8 lowercase hex digits. */
function checksumText(json: Uint8Array): string {
  return crc32(json).toString(16).padStart(8, '0');
}

/** Whether a location hash looks like a share link (`#s=…`, or `s=…` without the '#'); says nothing of its validity. */
export function isScenarioLink(hash: string): boolean {
  return typeof hash === 'string' && /^#?s=/.test(hash);
}

const garbled = (path: string, en: string, zh: string): ImportError[] => [importError('invalid_link', LINK_SOURCE, path, { en, zh })];

/** The link's JSON value and the checksum it carried (undefined for none). */
export interface PayloadValue {
  readonly value: unknown;
  readonly checksum: string | undefined;
}

/** Decodes the payload text to the link's JSON value, checking the checksum when there is one, or gives the reasons it cannot be read. */
async function payloadValue(hash: string): Promise<Result<PayloadValue, ImportError[]>> {
  if (!isScenarioLink(hash)) return err(garbled('', 'is not a scenario link (it must start with "#s=")', '不是情景链接（必须以“#s=”开头）'));
  return unpackLinkPayload(hash.replace(/^#?s=/, ''));
}

/**
 * Decodes `<payload>.<checksum>` (the part of a link after its key, see packLinkPayload) to its
 * JSON value, checking the checksum when there is one, or gives the reasons it cannot be read.
 */
export async function unpackLinkPayload(body: string): Promise<Result<PayloadValue, ImportError[]>> {
  const separatorAt = body.indexOf(CHECKSUM_SEPARATOR);
  const text = separatorAt === -1 ? body : body.slice(0, separatorAt);
  const checksum = separatorAt === -1 ? undefined : body.slice(separatorAt + 1);
  if (checksum !== undefined && !/^[0-9a-f]{8}$/.test(checksum)) {
    return err(garbled('', 'is damaged (its checksum is not 8 hexadecimal digits)', '已损坏（校验码不是 8 位十六进制数字）'));
  }
  if (text.length > LINK_MAX_PAYLOAD_CHARS) {
    return err([
      importError('too_large', LINK_SOURCE, '', {
        en: `the link is ${text.length} characters long; links over ${LINK_MAX_PAYLOAD_CHARS} are not read`,
        zh: `链接长 ${text.length} 个字符，超过 ${LINK_MAX_PAYLOAD_CHARS} 的链接不予读取`,
      }),
    ]);
  }
  if (text === '') return err(garbled('', 'is empty', '内容为空'));
  const bytes = fromBase64Url(text);
  if (bytes === undefined) return err(garbled('', 'is damaged (characters outside base64url)', '已损坏（含 base64url 以外的字符）'));
  let inflated: Uint8Array | undefined;
  try {
    inflated = await transform(bytes, new DecompressionStream('deflate-raw'), LINK_MAX_DECODED_BYTES);
  } catch {
    return err(garbled('', 'is damaged (the data cannot be decompressed)', '已损坏（数据无法解压）'));
  }
  if (inflated === undefined) {
    return err([
      importError('too_large', LINK_SOURCE, '', {
        en: `the link's scenario is over ${LINK_MAX_DECODED_BYTES} bytes; it is not read`,
        zh: `链接中的情景超过 ${LINK_MAX_DECODED_BYTES} 字节，不予读取`,
      }),
    ]);
  }
  if (checksum !== undefined && checksumText(inflated) !== checksum) {
    return err(
      garbled(
        '',
        'is damaged (its content does not match its checksum); ask the sender for the link again',
        '已损坏（内容与校验码不符），请向分享者重新索取链接',
      ),
    );
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return err(garbled('', 'is damaged (not UTF-8 text)', '已损坏（不是 UTF-8 文本）'));
  }
  try {
    return ok({ value: JSON.parse(json) as unknown, checksum });
  } catch {
    return err(garbled('', 'is damaged (not JSON)', '已损坏（不是 JSON）'));
  }
}

/** Checks the link's own fields and turns the payload into a raw scenario document for parseScenario. */
function linkFields({
  value,
  checksum,
}: PayloadValue): Result<{ raw: Record<string, unknown>; language: LinkLanguage; modelVersion: string; unchecked: boolean }, ImportError[]> {
  if (!isRecord(value)) return err(garbled('', 'is damaged (not a JSON object)', '已损坏（不是 JSON 对象）'));
  const version = value['v'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err(garbled('v', 'must be the link format version, a whole number from 1', '必须是链接格式版本（从 1 起的整数）'));
  }
  if (version > LINK_FORMAT_VERSION) {
    return err([
      importError('unsupported_version', LINK_SOURCE, 'v', {
        en: `link format ${version} is newer than this app understands (${LINK_FORMAT_VERSION}); update the app`,
        zh: `链接格式 ${version} 比本应用支持的版本（${LINK_FORMAT_VERSION}）新，请更新应用`,
      }),
    ]);
  }
  // A link of a checksummed format that lost its checksum is damaged (e.g. the '.' was altered).
  if (version >= FIRST_CHECKSUMMED_VERSION && checksum === undefined) {
    return err(garbled('', 'is damaged (its checksum is missing)', '已损坏（缺少校验码）'));
  }
  const errors: ImportError[] = [];
  const { m: modelVersion, l: language, o: overrides, t: tracked, n: name, h: horizonEnd, i: indicators } = value;
  if (typeof modelVersion !== 'string') errors.push(...garbled('m', 'must be the model version, a string', '必须是模型版本（字符串）'));
  if (language !== 'zh' && language !== 'en') errors.push(...garbled('l', 'must be "zh" or "en"', '必须是“zh”或“en”'));
  if (name !== undefined && typeof name !== 'string') errors.push(...garbled('n', 'must be the name, a string', '必须是名称（字符串）'));
  if (horizonEnd !== undefined && typeof horizonEnd !== 'number')
    errors.push(...garbled('h', "must be the horizon's last year, a number", '必须是模拟期末年份（数值）'));
  if (errors.length > 0 || typeof modelVersion !== 'string' || (language !== 'zh' && language !== 'en')) return err(errors);
  const raw: Record<string, unknown> = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    name: name ?? '',
    modelVersion,
    dataVintage: DATA_VINTAGE,
    horizon: { start: BASE_YEAR, end: horizonEnd ?? HORIZON_YEAR },
    overrides,
    notes: '',
  };
  if (tracked !== undefined) raw['tracked'] = tracked;
  if (indicators !== undefined) raw['indicators'] = indicators;
  return ok({ raw, language, modelVersion, unchecked: checksum === undefined });
}

/**
 * Decodes a share link's hash fragment (`#s=…`; the '#' may be left out) into a validated
 * scenario, the sender's language and model version. A link with a checksum opens only if its
 * content matches it; an old link without one (format 1) opens with `unchecked: true`, for the app
 * to say that damage to it cannot be detected. Never throws or rejects: a damaged link, a
 * payload over LINK_MAX_PAYLOAD_CHARS / LINK_MAX_DECODED_BYTES (checked while inflating, so a zip
 * bomb is stopped early) or an invalid scenario (unknown parameter, value out of range, …, with the
 * field path, e.g. `overrides.dibao_uplift`) gives the errors instead.
 */
export async function decodeScenarioLink(hash: string): Promise<Result<DecodedScenarioLink, ImportError[]>> {
  try {
    const value = await payloadValue(hash);
    if (!value.ok) return value;
    const fields = linkFields(value.value);
    if (!fields.ok) return fields;
    const parsed = parseScenario(fields.value.raw);
    if (!parsed.ok) return err(parsed.error.map((e) => fromScenarioError(e, LINK_SOURCE, '')));
    const { language, modelVersion, unchecked } = fields.value;
    return ok({ doc: parsed.value, language, modelVersion, fromOtherModelVersion: modelVersion !== MODEL_VERSION, unchecked });
  } catch {
    return err(garbled('', 'could not be read', '无法读取'));
  }
}
