import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries of shared/docs/architecture.md, enforced by eslint.config.js: lint a
// snippet as if it lived in a given folder and check which rule fires.
const eslint = new ESLint();

async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture boundaries', () => {
  it('stops src/ui from importing dexie, comlink or model internals', async () => {
    expect(await violations('src/ui/x.ts', "import { Dexie } from 'dexie';\nexport const a = Dexie;")).toContain('no-restricted-imports');
    expect(await violations('src/ui/x.ts', "import { wrap } from 'comlink';\nexport const a = wrap;")).toContain('no-restricted-imports');
    expect(await violations('src/ui/x.ts', "import { run } from '../model/index';\nexport const a = run;")).toContain('no-restricted-imports');
    expect(await violations('src/ui/x.ts', "import { PARAMETERS } from '../model/catalog';\nexport const a = PARAMETERS;")).toEqual([]);
  });

  it('lets only src/storage import dexie', async () => {
    expect(await violations('src/storage/x.ts', "import { Dexie } from 'dexie';\nexport const a = Dexie;")).toEqual([]);
    expect(await violations('src/compute/x.ts', "import { Dexie } from 'dexie';\nexport const a = Dexie;")).toContain('no-restricted-imports');
    expect(await violations('src/scenario/x.ts', "import { Dexie } from 'dexie';\nexport const a = Dexie;")).toContain('no-restricted-imports');
  });

  it('keeps src/model free of DOM, UI libraries, randomness and the clock', async () => {
    for (const lib of ['svelte', 'dexie', 'comlink', 'chart.js']) {
      expect(await violations('src/model/x.ts', `import * as m from '${lib}';\nexport const a = m;`), lib).toContain('no-restricted-imports');
    }
    expect(await violations('src/model/x.ts', 'export const a = Math.random();')).toContain('no-restricted-properties');
    expect(await violations('src/model/x.ts', 'export const a = Date.now();')).toContain('no-restricted-properties');
    expect(await violations('src/model/x.ts', 'export const a = new Date();')).toContain('no-restricted-syntax');
    expect(await violations('src/model/x.ts', 'export const a = document.title;')).toContain('no-restricted-globals');
    expect(await violations('src/model/x.ts', "import { erf } from 'mathjs';\nexport const a = erf(1);")).toEqual([]);
  });

  it('keeps src/export (the CSV shared by app and command line) to model/catalog and shared: no UI, no model run', async () => {
    expect(await violations('src/export/x.ts', "import { OUTPUTS } from '../model/catalog';\nexport const a = OUTPUTS;")).toEqual([]);
    expect(await violations('src/export/x.ts', "import { EXPORT_TEXT } from '../ui/i18n/exports';\nexport const a = EXPORT_TEXT;")).toContain(
      'no-restricted-imports',
    );
    expect(await violations('src/export/x.ts', "import { run } from '../model/index';\nexport const a = run;")).toContain('no-restricted-imports');
    expect(await violations('src/export/x.ts', "import * as s from 'svelte';\nexport const a = s;")).toContain('no-restricted-imports');
  });

  it('keeps src/offline (the service worker registration) apart from the app: no UI, storage, compute or model', async () => {
    expect(await violations('src/offline/x.ts', "import { isRecord } from '../shared/record';\nexport const a = isRecord;")).toEqual([]);
    expect(await violations('src/offline/x.ts', "import { MESSAGES } from '../ui/i18n/messages';\nexport const a = MESSAGES;")).toContain(
      'no-restricted-imports',
    );
    expect(await violations('src/offline/x.ts', "import { ModelClient } from '../compute/model-client';\nexport const a = ModelClient;")).toContain(
      'no-restricted-imports',
    );
    expect(await violations('src/offline/x.ts', "import * as s from 'svelte';\nexport const a = s;")).toContain('no-restricted-imports');
  });

  it('keeps the model out of the main thread: src/compute may not import model/index', async () => {
    expect(await violations('src/compute/x.ts', "import { run } from '../model/index';\nexport const a = run;")).toContain('no-restricted-imports');
  });
});
