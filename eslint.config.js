// Lint rules, including the architecture's import boundaries (shared/docs/architecture.md,
// "Who may import whom"). A boundary violation fails `npm run lint` and so `npm test`.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const lib = (name, why) => ({ name, message: why });
const DEXIE_ONLY_IN_STORAGE = 'Only src/storage may import dexie.';

/** Folders of src/ that a layer must not import, as glob groups. */
const folders = (...names) => names.map((n) => `**/${n}/**`);

export default ts.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'reports/', 'test-results/', 'test-results-*/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [lib('dexie', DEXIE_ONLY_IN_STORAGE)] }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [lib('svelte', 'storage is UI-free'), lib('comlink', 'storage knows nothing of workers'), lib('chart.js', 'storage draws nothing')],
          patterns: [{ group: folders('ui', 'compute', 'model'), message: 'src/storage may import only scenario, shared and dexie.' }],
        },
      ],
    },
  },
  {
    files: ['src/model/**'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['svelte', 'dexie', 'comlink', 'chart.js'].map((n) => lib(n, 'src/model is the pure core: no UI, storage, worker or chart code.')),
          patterns: [
            { group: ['svelte/*', 'chart.js/*', 'dexie/*'], message: 'src/model is the pure core.' },
            { group: folders('ui', 'compute', 'storage', 'scenario'), message: 'src/model may import only src/shared and mathjs.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'performance', 'self', 'postMessage', 'crypto'].map(
          (name) => ({
            name,
            message: 'src/model has no DOM, clock or environment: it is a pure function of its input.',
          }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG in src/model (determinism).' },
        { object: 'Date', property: 'now', message: 'src/model has no clock (determinism).' },
        { object: 'performance', property: 'now', message: 'src/model has no clock (determinism).' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'src/model has no clock (determinism).' }],
    },
  },
  {
    files: ['src/scenario/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['svelte', 'dexie', 'comlink', 'chart.js'].map((n) => lib(n, 'src/scenario may import only model/catalog and shared.')),
          patterns: [
            { group: folders('ui', 'compute', 'storage'), message: 'src/scenario may import only model/catalog and shared.' },
            { group: ['**/model/*', '!**/model/catalog'], message: 'src/scenario may import only model/catalog from the model.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/export/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['svelte', 'dexie', 'comlink', 'chart.js'].map((n) => lib(n, 'src/export may import only model/catalog and shared.')),
          patterns: [
            { group: folders('ui', 'compute', 'storage', 'scenario'), message: 'src/export may import only model/catalog and shared.' },
            { group: ['**/model/*', '!**/model/catalog'], message: 'src/export may import only model/catalog from the model.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/compute/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [lib('dexie', DEXIE_ONLY_IN_STORAGE), lib('svelte', 'compute is UI-free'), lib('chart.js', 'compute draws nothing')],
          patterns: [
            { group: folders('ui', 'storage'), message: 'src/compute may import only scenario, model/catalog, shared and comlink.' },
            { group: ['**/model/*', '!**/model/catalog'], message: 'The model runs in the worker: src/compute may import only model/catalog.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [lib('dexie', DEXIE_ONLY_IN_STORAGE), lib('comlink', 'Only src/compute knows about workers.')],
          patterns: [
            { group: ['**/model/*', '!**/model/catalog'], message: 'src/ui may import only model/catalog from the model (results come from the worker).' },
            { group: ['**/workers/**'], message: 'Only src/compute knows about workers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/offline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['svelte', 'dexie', 'comlink', 'chart.js', 'mathjs'].map((n) =>
            lib(n, 'src/offline registers the service worker and knows nothing of the app.'),
          ),
          patterns: [
            { group: folders('ui', 'compute', 'storage', 'scenario', 'model', 'export', 'workers'), message: 'src/offline may import only src/shared.' },
          ],
        },
      ],
    },
  },
  {
    files: ['workers/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [lib('dexie', DEXIE_ONLY_IN_STORAGE), lib('svelte', 'the worker has no UI')],
          patterns: [
            { group: folders('ui', 'storage'), message: 'workers/ may import only src/model, src/scenario, the compute/*-api contracts and comlink.' },
          ],
        },
      ],
    },
  },
);
