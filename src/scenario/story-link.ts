/**
 * Story links: a whole story travels in the URL's hash fragment as `#story=<payload>.<checksum>`,
 * packed exactly as a scenario link (link.ts: base64url of deflate-raw of the JSON, CRC-32 of the
 * JSON), with its own key so that scenario links (`#s=…`) keep their format. The JSON is
 * `{ v, l, story }`: v the story link format (STORY_LINK_FORMAT_VERSION), l the sender's language,
 * story the story document (readStory checks it, embedded scenarios and all). Decoding never throws.
 */
import { isRecord } from '../shared/record';
import { err, ok, type Result } from '../shared/result';
import { LINK_SOURCE, importError, type ImportError } from './import-error';
import { packLinkPayload, unpackLinkPayload, type LinkLanguage } from './link';
import { readStory, type StoryDoc } from './story';

/** The hash fragment of a story link starts with this. */
export const STORY_LINK_PREFIX = '#story=';

/** Version of the story link's own format (the `v` field); a newer one is refused with "update the app". */
export const STORY_LINK_FORMAT_VERSION = 1;

/** What a story link carries, decoded and validated. */
export interface DecodedStoryLink {
  readonly story: StoryDoc;
  /** The language the sender used. */
  readonly language: LinkLanguage;
}

/** Whether a location hash looks like a story link (`#story=…`); says nothing of its validity. */
export function isStoryLink(hash: string): boolean {
  return typeof hash === 'string' && /^#?story=/.test(hash);
}

/** The hash fragment `#story=<payload>.<checksum>` of a link to `story`, opened in `language`. Rejects with a RangeError over the link size limit. */
export async function encodeStoryLink(story: StoryDoc, language: LinkLanguage): Promise<string> {
  return STORY_LINK_PREFIX + (await packLinkPayload({ v: STORY_LINK_FORMAT_VERSION, l: language, story }, 'the story'));
}

const garbled = (path: string, en: string, zh: string): ImportError[] => [importError('invalid_link', LINK_SOURCE, path, { en, zh })];

/**
 * Decodes a story link's hash (`#story=…`; the '#' may be left out) into a validated story and the
 * sender's language, or the problems found, each naming the field path (`story.steps[1].view`).
 */
export async function decodeStoryLink(hash: string): Promise<Result<DecodedStoryLink, ImportError[]>> {
  try {
    if (!isStoryLink(hash)) return err(garbled('', 'is not a story link (it must start with "#story=")', '不是故事链接（必须以“#story=”开头）'));
    const payload = await unpackLinkPayload(hash.replace(/^#?story=/, ''));
    if (!payload.ok) return payload;
    const value = payload.value.value;
    if (payload.value.checksum === undefined) return err(garbled('', 'is damaged (its checksum is missing)', '已损坏（缺少校验码）'));
    if (!isRecord(value)) return err(garbled('', 'is damaged (not a JSON object)', '已损坏（不是 JSON 对象）'));
    const { v: version, l: language } = value;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return err(garbled('v', 'must be the link format version, a whole number from 1', '必须是链接格式版本（从 1 起的整数）'));
    }
    if (version > STORY_LINK_FORMAT_VERSION) {
      return err([
        importError('unsupported_version', LINK_SOURCE, 'v', {
          en: `story link format ${version} is newer than this app understands (${STORY_LINK_FORMAT_VERSION}); update the app`,
          zh: `故事链接格式 ${version} 比本应用支持的版本（${STORY_LINK_FORMAT_VERSION}）新，请更新应用`,
        }),
      ]);
    }
    if (language !== 'zh' && language !== 'en') return err(garbled('l', 'must be "zh" or "en"', '必须是“zh”或“en”'));
    const story = readStory(value['story']);
    if (!story.ok) {
      return err(
        story.error.listed.map((e) =>
          importError('invalid_link', LINK_SOURCE, e.path ? `story.${e.path}` : 'story', {
            en: e.message.en.replace(/^[^:]*: /, ''),
            zh: e.message.zh.replace(/^[^：]*：/, ''),
          }),
        ),
      );
    }
    return ok({ story: story.value, language });
  } catch {
    return err(garbled('', 'could not be read', '无法读取'));
  }
}
