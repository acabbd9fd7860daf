import { describe, expect, it } from 'vitest';
import { findParameter, PARAMETERS } from '../../src/model/catalog';
import { previewWorkbench, runWorkbench, WARM_UP_STEPS, warmUpStep, type WorkbenchResult } from '../../src/model/index';
import type { OverrideValue } from '../../src/model/params';

/**
 * The preview a slider drag shows (a 4,000-household sample, added as a change to the full
 * default run) must be close enough to the exact run that the numbers do not jump when the
 * slider rests. Lever and assumption scenarios across the plan's groups.
 */
const SCENARIOS: Record<string, Record<string, OverrideValue>> = {
  'labour share +2 pp': { labour_share_policy: 2 },
  'dibao +100 %': { dibao_uplift: 100 },
  'pension +300 yuan': { pension_uplift: 300 },
  'minimum wage +40 %': { min_wage_uplift: 40 },
  'mountain transfer +100': { mountain_transfer: 100 },
  'top PIT rate +5, recycled': { pit_top_rate_change: 5, pit_recycling: 1 },
  'hukou pace ×2': { hukou_pace: 2 },
  'GDP growth 3 % from 2025 (an assumption)': { gdp_real_growth: { path: [[2025, 3]] } },
  'a package with an income shock': { labour_share_policy: 2, dibao_uplift: 50, income_growth_shock: -1 },
};

function modelled(result: WorkbenchResult): Map<string, number> {
  return new Map(result.scorecard.flatMap((row) => (row.kind === 'modeled' && row.value !== null ? [[row.id, row.value] as const] : [])));
}

describe('previewWorkbench (what a slider drag shows)', () => {
  it('is the exact result when nothing is changed, marked as a preview', () => {
    const exact = runWorkbench({ overrides: {} });
    const preview = previewWorkbench({ overrides: {} });
    expect(preview.preview).toBe(true);
    expect(exact.preview).toBeUndefined();
    expect(preview.scenario.outputs).toEqual(exact.scenario.outputs);
    expect(preview.scorecard).toEqual(exact.scorecard);
  });

  it('leaves "who gains" to the exact run: a changed preview carries none, an unchanged one the exact comparison', () => {
    const changed = previewWorkbench({ overrides: { dibao_uplift: 40 } });
    expect(changed.scenario.whoGains).toEqual([]);
    expect(runWorkbench({ overrides: { dibao_uplift: 40 } }).scenario.whoGains).toHaveLength(16);
    expect(previewWorkbench({ overrides: {} }).scenario.whoGains).toEqual(runWorkbench({ overrides: {} }).scenario.whoGains);
  });

  it('never moves the baseline, and keeps the modified baseline exact when only levers change', () => {
    const exact = runWorkbench({ overrides: {} });
    const preview = previewWorkbench({ overrides: { labour_share_policy: 2 } });
    expect(preview.baseline.outputs).toEqual(exact.baseline.outputs);
    expect(preview.modifiedBaseline.outputs).toEqual(exact.baseline.outputs);
  });

  for (const [name, overrides] of Object.entries(SCENARIOS)) {
    it(`puts every modelled 2025 value within 0.3 % (or 0.003 in its unit; band shares move most, by up to 0.1 pp) of the exact run: ${name}`, () => {
      const exact = modelled(runWorkbench({ overrides }));
      const preview = modelled(previewWorkbench({ overrides }));
      expect([...preview.keys()]).toEqual([...exact.keys()]);
      for (const [id, value] of exact) {
        const error = Math.abs(preview.get(id)! - value);
        expect(error, id).toBeLessThanOrEqual(Math.max(0.003 * Math.abs(value), 0.003));
      }
    });
  }

  it('moves the way the exact run moves as a lever is dragged', () => {
    const steps = [0, 1, 2, 3, 4].map((v) => ({ labour_share_policy: v }));
    const income = (r: WorkbenchResult) => modelled(r).get('income_per_capita')!;
    const exact = steps.map((o) => income(runWorkbench({ overrides: o })));
    const preview = steps.map((o) => income(previewWorkbench({ overrides: o })));
    for (let i = 1; i < steps.length; i++) {
      expect(preview[i]!).toBeGreaterThan(preview[i - 1]!);
      expect(Math.sign(preview[i]! - preview[i - 1]!)).toBe(Math.sign(exact[i]! - exact[i - 1]!));
    }
  });

  it('keeps band shares and Lorenz points non-negative', () => {
    const preview = previewWorkbench({ overrides: { dibao_uplift: 100, min_wage_uplift: 40 } });
    for (const d of preview.scenario.distributions) {
      expect(Math.min(...d.shares)).toBeGreaterThanOrEqual(0);
      expect(Math.min(...d.lorenz)).toBeGreaterThanOrEqual(0);
    }
  });

  it('is deterministic', () => {
    const overrides = { labour_share_policy: 1.5, dibao_uplift: 20 };
    expect(previewWorkbench({ overrides })).toEqual(previewWorkbench({ overrides }));
  });
});

describe('the warm-up a worker runs after the first result', () => {
  it('moves every lever, and only levers, within their ranges, so the cached default runs stay the ones in use', () => {
    const moved = new Set(WARM_UP_STEPS.flatMap((input) => Object.keys(input.overrides)));
    expect([...moved].sort()).toEqual(
      PARAMETERS.filter((p) => p.kind === 'lever')
        .map((p) => p.id)
        .sort(),
    );
    for (const input of WARM_UP_STEPS) {
      for (const [id, value] of Object.entries(input.overrides)) {
        const def = findParameter(id);
        expect(def?.kind, id).toBe('lever');
        expect(typeof value === 'number' && value >= def!.min && value <= def!.max, `${id} = ${String(value)}`).toBe(true);
      }
    }
  });

  it('runs one step at a time, says when none is left, and changes no later result', () => {
    const before = runWorkbench({ overrides: { labour_share_policy: 1 } });
    const answers = WARM_UP_STEPS.map((_, step) => warmUpStep(step));
    expect(answers.at(-1)).toBe(false);
    expect(answers.slice(0, -1).every(Boolean)).toBe(true);
    expect(warmUpStep(WARM_UP_STEPS.length)).toBe(false);
    expect(runWorkbench({ overrides: { labour_share_policy: 1 } })).toEqual(before);
  });
});
