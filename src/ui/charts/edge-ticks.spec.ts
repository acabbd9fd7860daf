import { describe, expect, it } from 'vitest';
import { findOutput, TARGETS } from '../../model/catalog';
import { EDGE_TICK_MAX_CHARS, edgeTicks } from './edge-ticks';

describe('small-multiple axis labels', () => {
  it('writes the income axis as bare numbers in the title unit, short enough to show whole', () => {
    // 127,248 and 52,397 yuan: 12.7 and 5.2 in 万元 (the Chinese title unit; a range of 7.5 needs one decimal), whole yuan in English.
    expect(edgeTicks(52_397, 127_248, 'yuan_per_person_year', 'zh')).toEqual({ top: '12.7', bottom: '5.2' });
    expect(edgeTicks(52_397, 127_248, 'yuan_per_person_year', 'en')).toEqual({ top: '127,248', bottom: '52,397' });
    // −0.2 to 0.3 percentage points: no "个百分点" on the tick (it is in the title).
    expect(edgeTicks(-0.2, 0.3, 'pp', 'zh')).toEqual({ top: '0.30', bottom: '-0.20' });
  });

  it('gives a slowly falling ratio the digits that show it falls', () => {
    // Income ÷ GDP per capita from 0.5245 to 0.5198: two decimals would read 0.52 at both ends.
    const { top, bottom } = edgeTicks(0.5198, 0.5245, 'ratio', 'en');
    expect(top).not.toBe(bottom);
    expect([top, bottom]).toEqual(['0.5245', '0.5198']);
  });

  it('labels the two ends of every small multiple differently and within the label column, in both languages', () => {
    const outputs = TARGETS.map((t) => ({ target: t, output: findOutput(t.outputId)! }));
    expect(outputs.length).toBeGreaterThanOrEqual(13);
    for (const { target, output } of outputs) {
      const v = target.value === 0 ? 1 : Math.abs(target.value);
      // A wide swing, a narrow one (0.1 %) and one crossing zero.
      const ranges: [number, number][] = [
        [v * 0.5, v * 1.8],
        [v, v * 1.001],
        [-v * 0.2, v * 0.3],
      ];
      for (const language of ['zh', 'en'] as const) {
        for (const [low, high] of ranges) {
          const { top, bottom } = edgeTicks(low, high, output.unit, language);
          const where = `${output.id} ${language} ${low}…${high}: ${top} / ${bottom}`;
          expect(top, where).not.toBe(bottom);
          expect(top.length, where).toBeLessThanOrEqual(EDGE_TICK_MAX_CHARS);
          expect(bottom.length, where).toBeLessThanOrEqual(EDGE_TICK_MAX_CHARS);
        }
      }
    }
  });
});
