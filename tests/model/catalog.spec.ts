import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUTS, PARAMETERS, TARGETS, type SourceRef } from '../../src/model/catalog';
import { run } from '../../src/model/index';

const dataDir = join(import.meta.dirname, '..', '..', 'src', 'model', 'data', 'sources');
const baselineData = JSON.parse(readFileSync(join(dataDir, 'zhejiang-baseline.json'), 'utf8')) as {
  series: Record<string, unknown>;
  reference: Record<string, unknown>;
};
const planTargets = JSON.parse(readFileSync(join(dataDir, 'plan-targets.json'), 'utf8')) as {
  targets: { id: string; kind: string; comparator: string; value: number | null }[];
};
const CJK = /[\u4e00-\u9fff]/;

function checkSource(source: SourceRef, where: string): void {
  if ('dataKey' in source) {
    expect(
      baselineData.series[source.dataKey] ?? baselineData.reference[source.dataKey],
      `${where}: data key ${source.dataKey} exists in zhejiang-baseline.json`,
    ).toBeDefined();
  } else {
    expect(source.assumption.zh.trim(), `${where}: assumption in Chinese`).not.toBe('');
    expect(source.assumption.en.trim(), `${where}: assumption in English`).not.toBe('');
  }
}

describe('parameter catalog', () => {
  it('has unique ids', () => {
    expect(new Set(PARAMETERS.map((p) => p.id)).size).toBe(PARAMETERS.length);
  });

  it.each(PARAMETERS.map((p) => [p.id, p] as const))('%s: unit, range, default, source, labels and Monte Carlo range are sound', (id, p) => {
    expect(p.unit, id).toBeTruthy();
    expect(p.min).toBeLessThan(p.max);
    expect(p.step).toBeGreaterThan(0);
    expect(p.default).toBeGreaterThanOrEqual(p.min);
    expect(p.default).toBeLessThanOrEqual(p.max);
    for (const [year, value] of Object.entries(p.defaultPath ?? {})) {
      expect(value, `${id} ${year}`).toBeGreaterThanOrEqual(p.min);
      expect(value, `${id} ${year}`).toBeLessThanOrEqual(p.max);
    }
    checkSource(p.source, id);
    for (const text of [p.label, p.description]) {
      expect(text.zh, id).toMatch(CJK);
      expect(text.en.trim(), id).not.toBe('');
      expect(text.en, id).not.toMatch(CJK);
    }
    if (p.unit === 'choice') expect(p.choices?.length, id).toBe(p.max - p.min + 1);
    if (p.kind === 'lever') expect(p.mc, `${id}: levers are never drawn`).toBeUndefined();
    if (p.mc?.dist === 'uniform' || p.mc?.dist === 'triangular') {
      // Path parameters draw a deviation around their path; scalars draw within their range.
      if (!p.defaultPath) {
        expect(p.mc.min).toBeGreaterThanOrEqual(p.min);
        expect(p.mc.max).toBeLessThanOrEqual(p.max);
      }
    }
    if (p.mc?.dist === 'normal') expect(p.mc.sd).toBeGreaterThan(0);
  });
});

describe('output catalog', () => {
  it('has unique ids, a unit, a source, and a label and description in both languages', () => {
    expect(new Set(OUTPUTS.map((o) => o.id)).size).toBe(OUTPUTS.length);
    for (const o of OUTPUTS) {
      expect(o.unit, o.id).toBeTruthy();
      checkSource(o.source, o.id);
      for (const text of [o.label, o.description]) {
        expect(text.zh, o.id).toMatch(CJK);
        expect(text.en.trim(), o.id).not.toBe('');
        expect(text.en, o.id).not.toMatch(CJK);
      }
    }
  });

  it('lists exactly what a run computes', () => {
    const result = run({ overrides: {} }, { households: 4000 });
    expect(Object.keys(result.outputs).sort()).toEqual(OUTPUTS.map((o) => o.id).sort());
  });

  it('models every plan target marked "modeled", with the plan’s comparator and value', () => {
    const modelled = planTargets.targets.filter((t) => t.kind === 'modeled');
    expect(TARGETS.map((t) => t.outputId).sort()).toEqual(modelled.map((t) => t.id).sort());
    for (const t of modelled) {
      const ours = TARGETS.find((x) => x.outputId === t.id)!;
      expect(ours.comparator, t.id).toBe(t.comparator);
      if (t.value !== null) expect(ours.value, t.id).toBe(t.value);
      expect(
        OUTPUTS.some((o) => o.id === t.id),
        t.id,
      ).toBe(true);
    }
    expect(
      TARGETS.map((t) => t.outputId),
      'in the plan’s order',
    ).toEqual(modelled.map((t) => t.id));
  });

  it('rests every assumed-level verdict on a named catalog parameter, and no model verdict on one', () => {
    for (const t of TARGETS) {
      if (t.basis === 'assumed-level')
        expect(
          PARAMETERS.some((p) => p.id === t.assumption),
          t.outputId,
        ).toBe(true);
      else expect(t.assumption, t.outputId).toBeUndefined();
    }
  });
});
