/**
 * `npm run schema`: writes the scenario document's JSON Schema, generated from the parameter
 * catalog, to docs/scenario.schema.json and public/scenario.schema.json.
 * tests/scenario/schema.spec.ts fails when the committed copies are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../src/scenario/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = scenarioJsonSchemaText();

for (const target of [join(root, 'docs', 'scenario.schema.json'), join(root, 'public', 'scenario.schema.json')]) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${relative(root, target)}`);
}
