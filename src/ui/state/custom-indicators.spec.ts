import { describe, expect, it } from 'vitest';
import type { CustomIndicatorDoc } from '../../scenario/document';
import {
  customScorecardRows,
  draftOf,
  formatIndicatorValue,
  indicatorFromDraft,
  indicatorName,
  nextIndicatorId,
  significantDecimals,
  targetText,
} from './custom-indicators';

const SHARE: CustomIndicatorDoc = {
  id: 'ind_1',
  label: { zh: '农村收入占比' },
  expression: 'income_per_capita_rural / income_per_capita',
  target: { comparator: '>=', threshold: 0.6, year: 2025 },
};

describe('custom indicators on the page', () => {
  it('takes the first free id', () => {
    expect(nextIndicatorId([])).toBe('ind_1');
    expect(
      nextIndicatorId([
        { id: 'ind_1', expression: 'gini' },
        { id: 'ind_3', expression: 'gini' },
      ]),
    ).toBe('ind_2');
  });

  it('names an indicator in the language, else in the other one, else by its place', () => {
    expect(indicatorName(SHARE, 0, 'en')).toBe('农村收入占比');
    expect(indicatorName({ ...SHARE, label: { zh: '农村', en: 'Rural' } }, 0, 'en')).toBe('Rural');
    expect(indicatorName({ id: 'x', expression: 'gini' }, 2, 'en')).toBe('Custom indicator 3');
  });

  it('shows values to three significant digits, and thresholds with the digits they were given', () => {
    expect([0.61234, 12.345, 52345.6, 0].map(significantDecimals)).toEqual([3, 1, 0, 0]);
    expect(formatIndicatorValue(0.61234, 'en')).toBe('0.612');
    expect(formatIndicatorValue(52345.6, 'en', 'yuan')).toBe('52,346 yuan');
    expect(formatIndicatorValue(null, 'zh')).toBe('—');
    expect(targetText(SHARE.target!, 'en')).toBe('≥ 0.6 in 2025');
    expect(targetText(SHARE.target!, 'zh')).toBe('2025年 ≥ 0.6');
  });

  it("builds the scorecard rows from the model's verdicts, only for indicators with a target", () => {
    const rows = customScorecardRows(
      [SHARE, { id: 'ind_2', expression: 'gini' }],
      [
        {
          id: 'ind_1',
          error: null,
          scenario: [],
          modifiedBaseline: [],
          baseline: [],
          verdict: { year: 2025, comparator: '>=', threshold: 0.6, value: 0.625, gap: 0.025, state: 'reached', firstYearReached: 2023 },
        },
        { id: 'ind_2', error: null, scenario: [], modifiedBaseline: [], baseline: [] },
      ],
      'en',
      'not by 2035',
    );
    expect(rows).toEqual([
      { id: 'ind_1', name: '农村收入占比', value: '0.625', target: '≥ 0.6 in 2025', gap: '+0.025', state: 'reached', firstYear: '2023', year: 2025 },
    ]);
  });

  it('turns a draft into an indicator, keeping the other language’s name, and refuses a draft without a name or with a bad threshold', () => {
    const draft = { ...draftOf(SHARE, 'en', 0), name: 'Rural share', threshold: '0.65' };
    expect(indicatorFromDraft(draft, 'ind_1', 'en', SHARE)).toEqual({
      ok: true,
      indicator: { ...SHARE, label: { zh: '农村收入占比', en: 'Rural share' }, target: { comparator: '>=', threshold: 0.65, year: 2025 } },
    });
    expect(indicatorFromDraft({ ...draft, name: '  ' }, 'ind_1', 'en', SHARE)).toEqual({ ok: false, reason: 'name' });
    expect(indicatorFromDraft({ ...draft, threshold: 'lots' }, 'ind_1', 'en', SHARE)).toEqual({ ok: false, reason: 'threshold' });
    expect(indicatorFromDraft({ ...draft, withTarget: false, threshold: 'lots' }, 'ind_1', 'en', SHARE)).toMatchObject({ ok: true });
  });
});
