/**
 * The JSON Schema (draft 2020-12) of the scenario document, generated from the parameter catalog so
 * it can never drift from the parser's ranges. `npm run schema` writes it to
 * docs/scenario.schema.json (for researchers and editors) and public/scenario.schema.json (served
 * with the app). `parseScenario` stays the authority: the schema cannot say that path years must
 * increase, and a document's own `horizon.end` narrows the allowed path years further.
 */
import { BASE_YEAR, HORIZON_YEAR, PARAMETERS, PLAN_TARGETS, type ParameterDef } from '../model/catalog';
import {
  INDICATOR_EXPRESSION_MAX,
  INDICATOR_ID_PATTERN,
  INDICATOR_LABEL_MAX,
  INDICATOR_THRESHOLD_MAX,
  INDICATOR_UNIT_MAX,
  INDICATORS_MAX,
  SCENARIO_NAME_MAX,
  SCENARIO_SCHEMA_VERSION,
  TRACKED_FIRST_YEAR,
  TRACKED_VALUE_MAX,
} from './document';

const JSON_SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** A year that a path point or the horizon's end may name: after the base year, up to the model horizon. */
function simulatedYear(): object {
  return { type: 'integer', exclusiveMinimum: BASE_YEAR, maximum: HORIZON_YEAR };
}

function parameterSchema(def: ParameterDef): object {
  const value = { type: 'number', minimum: def.min, maximum: def.max };
  return {
    title: `${def.label.en} · ${def.label.zh}`,
    description: `${def.description.en} Unit: ${def.unit}; default ${def.default}; range ${def.min} to ${def.max}.`,
    default: def.default,
    anyOf: [
      { description: 'The same value in every simulated year.', ...value },
      {
        type: 'object',
        description: `A year-by-year path of [year, value] points; years are integers from ${BASE_YEAR + 1} to ${HORIZON_YEAR} (at most horizon.end) and must increase.`,
        required: ['path'],
        properties: {
          path: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'array',
              prefixItems: [simulatedYear(), value],
              minItems: 2,
              maxItems: 2,
            },
          },
        },
      },
    ],
  };
}

/** The JSON Schema of scenario documents of the current schema version, built from the catalog. */
export function scenarioJsonSchema(): object {
  return {
    $schema: JSON_SCHEMA_DRAFT,
    title: `Prosperity Sandbox scenario document, schema version ${SCENARIO_SCHEMA_VERSION}`,
    description:
      'A scenario is the baseline plus overrides of model parameters. Generated from the parameter catalog by `npm run schema`; do not edit by hand.',
    type: 'object',
    required: ['schemaVersion', 'overrides'],
    properties: {
      schemaVersion: {
        type: 'integer',
        minimum: 1,
        maximum: SCENARIO_SCHEMA_VERSION,
        description: `Version of this document format. The app writes ${SCENARIO_SCHEMA_VERSION} and reads every earlier version (migrated on read; see docs/scenario-format.md).`,
      },
      name: { type: 'string', maxLength: SCENARIO_NAME_MAX, description: 'Title of the scenario (plain text; empty = untitled). Added in schema version 2.' },
      modelVersion: {
        type: 'string',
        description: 'Version of the model that computes the scenario (the app writes its own). Another version still loads, with a warning.',
      },
      createdWithModel: {
        type: 'string',
        description:
          'Version of the model the scenario was first made with, when that is not modelVersion (kept when a file of another version is saved again).',
      },
      dataVintage: { type: 'string', description: 'Vintage of the baseline data the scenario was made with.' },
      horizon: {
        type: 'object',
        description: `Simulated years: starts in ${BASE_YEAR}, ends by ${HORIZON_YEAR}.`,
        required: ['start', 'end'],
        properties: {
          start: { const: BASE_YEAR },
          end: simulatedYear(),
        },
      },
      overrides: {
        type: 'object',
        description: 'Parameter id → value; parameters not listed keep their default. Use {} for the baseline.',
        additionalProperties: false,
        properties: Object.fromEntries(PARAMETERS.map((def) => [def.id, parameterSchema(def)])),
      },
      notes: { type: 'string', description: 'Free text.' },
      tracked: {
        type: 'object',
        description: 'Trends for tracked (not modelled) plan targets: target id → { start, startYear, change per year }.',
        additionalProperties: false,
        properties: Object.fromEntries(
          PLAN_TARGETS.filter((t) => t.kind === 'tracked').map((t) => [
            t.id,
            {
              type: 'object',
              description: `${t.label.en} (${t.unit}).`,
              required: ['start', 'startYear', 'change'],
              properties: {
                start: { type: 'number', minimum: -TRACKED_VALUE_MAX, maximum: TRACKED_VALUE_MAX },
                startYear: { type: 'integer', minimum: TRACKED_FIRST_YEAR, maximum: HORIZON_YEAR },
                change: { type: 'number', minimum: -TRACKED_VALUE_MAX, maximum: TRACKED_VALUE_MAX },
              },
            },
          ]),
        ),
      },
      indicators: {
        type: 'array',
        maxItems: INDICATORS_MAX,
        description:
          'Custom indicators (added in schema version 3): arithmetic over output ids, e.g. "income_per_capita_rural / income_per_capita", computed by the model after each run; each may carry a target.',
        items: {
          type: 'object',
          required: ['id', 'expression'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: INDICATOR_ID_PATTERN.source, description: 'Unique within the scenario; not the id of a model output.' },
            label: {
              type: 'object',
              additionalProperties: false,
              properties: { zh: { type: 'string', maxLength: INDICATOR_LABEL_MAX }, en: { type: 'string', maxLength: INDICATOR_LABEL_MAX } },
            },
            expression: {
              type: 'string',
              maxLength: INDICATOR_EXPRESSION_MAX,
              description: 'Numbers, output ids, + - * / ^, parentheses, and min, max, abs, sqrt, log, exp.',
            },
            unit: { type: 'string', maxLength: INDICATOR_UNIT_MAX },
            target: {
              type: 'object',
              required: ['comparator', 'threshold', 'year'],
              additionalProperties: false,
              properties: {
                comparator: { enum: ['>=', '>', '<=', '<'] },
                threshold: { type: 'number', minimum: -INDICATOR_THRESHOLD_MAX, maximum: INDICATOR_THRESHOLD_MAX },
                year: { type: 'integer', exclusiveMinimum: BASE_YEAR, maximum: HORIZON_YEAR },
              },
            },
          },
        },
      },
    },
  };
}

/** The schema as written to docs/scenario.schema.json: 2-space JSON and a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
