import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileExpression,
  customIndicators,
  customSeries,
  evaluateExpression,
  EXPRESSION_ERROR_KINDS,
  judgeCustomTarget,
  type ExpressionError,
} from './custom';

// One fixture file per error kind (tests/fixtures/expressions/<kind>.json), each with cases whose
// position (0-based character index) was counted by hand in the expression's text.
const FIXTURES = join(__dirname, '../../../tests/fixtures/expressions');
interface Case {
  readonly expression: string;
  readonly position: number;
  readonly name?: string;
  readonly year?: number;
}
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as { kind: string; cases: Case[] });

// Two years of three outputs, chosen so that the hand computations below are exact.
const YEARS = [2020, 2021];
const OUTPUTS = { income_per_capita: [40000, 50000], income_per_capita_rural: [30000, 40000], gini: [0.25, 0.5] };

/** The problem an expression has: static (compile) or the first year's (evaluation over OUTPUTS). */
function problemOf(expression: string): ExpressionError | null {
  const compiled = compileExpression(expression);
  if (!compiled.ok) return compiled.error;
  return customSeries(compiled.value, YEARS, OUTPUTS).error;
}

describe('expression errors', () => {
  it('has a fixture for every error kind', () => {
    expect(fixtures.map((f) => f.kind).sort()).toEqual([...EXPRESSION_ERROR_KINDS].sort());
  });

  for (const { kind, cases } of fixtures) {
    it.each(cases)(`reports ${kind} for $expression at character $position`, ({ expression, position, name, year }) => {
      const error = problemOf(expression);
      expect(error).not.toBeNull();
      expect(error).toMatchObject({ kind, position });
      if (name !== undefined) {
        expect(error?.name).toBe(name);
        expect(error?.message.en).toContain(`"${name}"`);
        expect(error?.message.zh).toContain(`“${name}”`);
      }
      expect(error?.year).toBe(year);
      // Messages say where, counting characters from one.
      expect(error?.message.en).toContain(`character ${position + 1}`);
      expect(error?.message.zh).toContain(`第 ${position + 1} 个字符`);
    });
  }

  it('refuses an expression over 500 characters before parsing it', () => {
    const long = Array.from({ length: 120 }, () => 'gini').join(' + ');
    expect(long.length).toBeGreaterThan(500);
    expect(compileExpression(long)).toMatchObject({ ok: false, error: { kind: 'syntax', position: 500 } });
  });
});

describe('evaluation', () => {
  it('gives the ratio of two outputs, year by year', () => {
    const compiled = compileExpression('income_per_capita_rural / income_per_capita');
    if (!compiled.ok) throw new Error(compiled.error.message.en);
    expect(compiled.value.names).toEqual(['income_per_capita_rural', 'income_per_capita']);
    expect(customSeries(compiled.value, YEARS, OUTPUTS)).toEqual({ values: [0.75, 0.8], error: null });
  });

  it('follows the usual precedence and the allowed functions', () => {
    const value = (expression: string): number => {
      const compiled = compileExpression(expression);
      if (!compiled.ok) throw new Error(compiled.error.message.en);
      const r = evaluateExpression(compiled.value, (name) => OUTPUTS[name as keyof typeof OUTPUTS][0]!);
      if (!r.ok) throw new Error(r.error.message.en);
      return r.value;
    };
    // By hand, with gini = 0.25, income_per_capita = 40,000 and rural = 30,000 (year 2020).
    expect(value('1 + 2 * 3 ^ 2')).toBe(19);
    expect(value('-gini ^ 2')).toBe(-0.0625);
    expect(value('(income_per_capita - income_per_capita_rural) / 1000')).toBe(10);
    expect(value('max(gini, 0.5, 0.1) + min(2, 3)')).toBe(2.5);
    expect(value('abs(-4) + sqrt(16) + log(exp(2))')).toBeCloseTo(10, 12);
    expect(value('2 gini')).toBe(0.5);
    expect(value('100 * income_per_capita_rural / income_per_capita')).toBe(75);
  });

  it('gives no access to mathjs functions, constants or units', () => {
    for (const expression of ['evaluate("1")', 'import({})', 'e', 'pi * 2', 'sin(gini)', '2 cm', 'config({})']) {
      const compiled = compileExpression(expression);
      expect(compiled.ok, expression).toBe(false);
      if (!compiled.ok) expect(compiled.error.kind, expression).toBe('unknown-name');
    }
  });

  it('judges a custom target in its own year, with the first year it holds', () => {
    expect(judgeCustomTarget({ comparator: '>=', threshold: 0.8, year: 2021 }, YEARS, [0.75, 0.8])).toEqual({
      year: 2021,
      comparator: '>=',
      threshold: 0.8,
      value: 0.8,
      gap: 0.8 - 0.8,
      state: 'reached',
      firstYearReached: 2021,
    });
    expect(judgeCustomTarget({ comparator: '<', threshold: 0.7, year: 2021 }, YEARS, [0.75, 0.8])).toMatchObject({ state: 'missed', firstYearReached: null });
    expect(judgeCustomTarget({ comparator: '>', threshold: 0, year: 2021 }, YEARS, [1, null])).toMatchObject({ state: 'no_data', value: null, gap: null });
  });

  it('evaluates an indicator over the three runs and reports the first bad year, leaving that year empty', () => {
    const [ok, bad] = customIndicators(
      [
        { id: 'share', expression: 'income_per_capita_rural / income_per_capita', target: { comparator: '>=', threshold: 0.78, year: 2021 } },
        { id: 'bad', expression: 'gini / (gini - 0.5)' },
      ],
      YEARS,
      { scenario: OUTPUTS, modifiedBaseline: OUTPUTS, baseline: { ...OUTPUTS, income_per_capita: [60000, 80000] } },
    );
    expect(ok).toMatchObject({ id: 'share', error: null, scenario: [0.75, 0.8], baseline: [0.5, 0.5], verdict: { state: 'reached', value: 0.8 } });
    // gini − 0.5 is 0 in 2021 only: 2020 gives 0.25 / −0.25 = −1.
    expect(bad).toMatchObject({ id: 'bad', scenario: [-1, null], error: { kind: 'division-by-zero', year: 2021, position: 5 } });
  });
});
