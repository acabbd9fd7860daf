import { describe, expect, it } from 'vitest';
import { PLAN_TARGETS } from '../../model/catalog';
import { formatTargetGap, formatTargetValue, formatThreshold, isKnownTargetUnit, isShareUnit, MINUS, targetInput } from './target-units';

const CJK = /[\u3400-\u9fff]/;

describe('target units', () => {
  it('knows the unit of every plan target', () => {
    for (const t of PLAN_TARGETS) expect(isKnownTargetUnit(t.unit), `${t.id}: ${t.unit}`).toBe(true);
  });

  it('writes Chinese units in Chinese and none in English', () => {
    for (const t of PLAN_TARGETS) {
      const en = [
        formatTargetValue(12.5, t.unit, 'en'),
        formatThreshold(12.5, t.unit, 'en'),
        formatTargetGap(-1.25, t.unit, 'en'),
        targetInput(t.unit, 'en', t.baseline?.value ?? t.value ?? 0).label,
      ];
      for (const text of en) expect(text, t.id).not.toMatch(CJK);
    }
    expect(formatTargetValue(100, '10k persons', 'zh')).toMatch(CJK);
  });

  it('writes yuan as 万元 in Chinese and whole yuan with separators in English', () => {
    expect(formatTargetValue(69977.74, 'yuan/person/year (current prices)', 'zh')).toBe('7.00万元');
    expect(formatTargetValue(69977.74, 'yuan/person/year (current prices)', 'en')).toBe('69,978 yuan');
    expect(formatThreshold(75000, 'yuan/person/year (current prices)', 'zh')).toBe('7.5万元');
    expect(formatThreshold(75000, 'yuan/person/year (current prices)', 'en')).toBe('75,000 yuan');
  });

  it('signs gaps in the target unit, percentages as points, and never signs a zero', () => {
    expect(formatTargetGap(-5022.26, 'yuan/person/year (current prices)', 'zh')).toBe(`${MINUS}0.50万元`);
    expect(formatTargetGap(-5022.26, 'yuan/person/year (current prices)', 'en')).toBe(`${MINUS}5,022 yuan`);
    expect(formatTargetGap(1.2, '%', 'zh')).toBe('+1.2个百分点');
    expect(formatTargetGap(-0.0439, 'ratio', 'en')).toBe(`${MINUS}0.04`);
    expect(formatTargetGap(-1.3e-13, 'ratio', 'en')).toBe('0.00');
    expect(formatTargetGap(0, '10k persons', 'zh')).toBe('0.0万人');
  });

  it('writes counts of 10,000 as 万 in Chinese and in full in English', () => {
    expect(formatThreshold(500, '10k persons', 'zh')).toBe('500万人');
    expect(formatThreshold(500, '10k persons', 'en')).toBe('5 million persons');
    expect(formatThreshold(10, '10k houses', 'en')).toBe('100,000 houses');
    expect(formatThreshold(11, 'million entities', 'zh')).toBe('1,100万户');
    expect(formatThreshold(1000, '100 million yuan/year', 'en')).toBe('100 bn yuan a year');
  });

  it('types a market-entity count in the unit the scorecard shows it in: 675.2 in 万户, 6.752 in million', () => {
    const entities = PLAN_TARGETS.find((t) => t.id === 'market_entities')!;
    expect(formatTargetValue(6.752, entities.unit, 'zh')).toBe('675.2万户');
    expect(targetInput(entities.unit, 'zh', 6.752)).toEqual({ scale: 100, label: '万户' });
    expect(formatTargetValue(6.752, entities.unit, 'en')).toBe('6.75 million');
    expect(targetInput(entities.unit, 'en', 6.752)).toEqual({ scale: 1, label: 'million entities' });
  });

  it('types every trend-editable target in the unit its value is shown in, in both languages', () => {
    // The number a scorecard cell shows must be the number typed into the trend editor, rounded to
    // the cell's decimals: parse the cell and compare with the typed number.
    const shownNumber = (text: string): number =>
      Number(
        text
          .replace(MINUS, '-')
          .replace(/,/g, '')
          .match(/-?\d+(\.\d+)?/)![0],
      );
    const decimalsOf = (text: string): number => text.replace(/,/g, '').match(/\d+(?:\.(\d+))?/)![1]?.length ?? 0;
    const tracked = PLAN_TARGETS.filter((t) => t.kind === 'tracked');
    expect(tracked.length).toBeGreaterThan(40);
    for (const t of tracked) {
      const reference = t.baseline?.value ?? t.value ?? 0;
      for (const language of ['zh', 'en'] as const) {
        const input = targetInput(t.unit, language, reference);
        for (const value of [reference, reference * 1.07, t.value ?? reference]) {
          const text = formatTargetValue(value, t.unit, language);
          const typed = value * input.scale;
          expect(shownNumber(text), `${t.id} ${language}: ${text} vs typed ${typed} ${input.label}`).toBeCloseTo(typed, decimalsOf(text) - 0.3);
        }
      }
    }
  });
});

describe('isShareUnit', () => {
  it('takes the percentage units (shares of a whole, at most 100 %) and nothing else', () => {
    expect(['%', '% of households', '% of counties', '% of villages'].every(isShareUnit)).toBe(true);
    expect(['ratio', 'years', 'pp (dibao growth − income growth)', 'yuan/worker'].some(isShareUnit)).toBe(false);
  });
});
