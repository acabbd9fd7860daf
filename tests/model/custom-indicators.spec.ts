import { describe, expect, it } from 'vitest';
import { runWorkbench, previewWorkbench } from '../../src/model/index';
import { drawSample, MC_TARGETS, summarise, type DrawChunk } from '../../src/model/uncertainty';
import { YEAR_COUNT, YEARS } from '../../src/model/params';

/**
 * Custom indicators on real runs: the model computes them after the run, from the run's own
 * outputs, so an indicator's value is the arithmetic of those outputs (done by hand here), and a
 * custom target's verdict and its P(met) follow.
 */
describe('custom indicators in a workbench run', () => {
  const indicators = [
    { id: 'rural_share', expression: 'income_per_capita_rural / income_per_capita', target: { comparator: '>=' as const, threshold: 0.5, year: 2025 } },
    { id: 'gap', expression: 'income_per_capita_urban - income_per_capita_rural' },
  ];
  const result = runWorkbench({ overrides: { dibao_uplift: 30 }, indicators });

  it('equals the hand ratio of the two outputs in every year, for the scenario and both baselines', () => {
    const [share, gap] = result.custom!;
    for (const [run, values] of [
      [result.scenario, share!.scenario],
      [result.modifiedBaseline, share!.modifiedBaseline],
      [result.baseline, share!.baseline],
    ] as const) {
      run.years.forEach((_, i) => expect(values[i]).toBe(run.outputs['income_per_capita_rural']![i]! / run.outputs['income_per_capita']![i]!));
    }
    result.scenario.years.forEach((_, i) =>
      expect(gap!.scenario[i]).toBe(result.scenario.outputs['income_per_capita_urban']![i]! - result.scenario.outputs['income_per_capita_rural']![i]!),
    );
    expect(share!.error).toBeNull();
    expect(gap!.verdict).toBeUndefined();
  });

  it("judges the custom target on the scenario's 2025 value", () => {
    const i2025 = result.scenario.years.indexOf(2025);
    const hand = result.scenario.outputs['income_per_capita_rural']![i2025]! / result.scenario.outputs['income_per_capita']![i2025]!;
    const verdict = result.custom![0]!.verdict!;
    expect(verdict.value).toBe(hand);
    expect(verdict.gap).toBe(hand - 0.5);
    expect(verdict.state).toBe(hand >= 0.5 ? 'reached' : 'missed');
  });

  it('is absent from a run without indicators, and present in a preview', () => {
    expect(runWorkbench({ overrides: {} }).custom).toBeUndefined();
    const preview = previewWorkbench({ overrides: { dibao_uplift: 30 }, indicators });
    expect(preview.custom?.map((c) => c.id)).toEqual(['rural_share', 'gap']);
  });

  it('reports a bad expression with the indicator and leaves its values empty', () => {
    const bad = runWorkbench({ overrides: {}, indicators: [{ id: 'typo', expression: 'income_per_capita_rural / income_per_capita_rurl' }] });
    expect(bad.custom![0]).toMatchObject({ id: 'typo', error: { kind: 'unknown-name', name: 'income_per_capita_rurl', position: 26 } });
    expect(bad.custom![0]!.scenario.every((v) => v === null)).toBe(true);
  });
});

describe('P(met) of custom targets in Monte Carlo', () => {
  it('counts the draws whose indicator meets the target in its year', () => {
    // Four draws of two kept outputs: income_per_capita = 1000 · (draw + 1) and gini = 0.5 in
    // every year, so income_per_capita * gini is 500, 1000, 1500, 2000.
    const draws = 4;
    const outputIds = ['income_per_capita', 'gini'];
    const scenario = new Float64Array(draws * outputIds.length * YEAR_COUNT);
    for (let d = 0; d < draws; d++) {
      scenario.fill(1000 * (d + 1), (d * 2 + 0) * YEAR_COUNT, (d * 2 + 1) * YEAR_COUNT);
      scenario.fill(0.5, (d * 2 + 1) * YEAR_COUNT, (d * 2 + 2) * YEAR_COUNT);
    }
    const chunk: DrawChunk = { from: 0, to: draws, outputIds, scenario, baseline: scenario.slice(), met: new Uint8Array(draws * MC_TARGETS.length) };
    const summary = summarise(
      {},
      drawSample(1, draws),
      [chunk],
      [
        { id: 'at_least_1000', expression: 'income_per_capita * gini', target: { comparator: '>=', threshold: 1000, year: 2025 } },
        { id: 'below_600', expression: 'income_per_capita * gini', target: { comparator: '<', threshold: 600, year: 2030 } },
        { id: 'not_kept', expression: 'income_per_capita_rural / income_per_capita', target: { comparator: '>', threshold: 0, year: 2025 } },
        { id: 'no_target', expression: 'gini' },
      ],
    );
    expect(summary.customPMet).toEqual({ at_least_1000: 3 / 4, below_600: 1 / 4, not_kept: null });
    expect(YEARS).toContain(2030);
  });

  it('adds nothing without custom targets', () => {
    const draws = 1;
    const chunk: DrawChunk = {
      from: 0,
      to: 1,
      outputIds: ['gini'],
      scenario: new Float64Array(YEAR_COUNT).fill(0.3),
      baseline: new Float64Array(YEAR_COUNT).fill(0.3),
      met: new Uint8Array(MC_TARGETS.length),
    };
    expect(summarise({}, drawSample(1, draws), [chunk]).customPMet).toBeUndefined();
  });
});
