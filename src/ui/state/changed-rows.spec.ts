import { describe, expect, it } from 'vitest';
import { changedRows, type ChangeSource } from './changed-rows';

function source(overrides: Record<string, number | { path: [number, number][] }>, values: Record<string, number> = {}): ChangeSource {
  return {
    changed: (kind) => Object.keys(overrides).filter((id) => (kind === 'lever' ? !id.startsWith('gdp') : id.startsWith('gdp'))),
    override: (id) => overrides[id],
    scalarValue: (id) => values[id] ?? 0,
  };
}

describe('changedRows', () => {
  it('lists levers then assumptions, scalars by value and paths by their 2025 value', () => {
    const rows = changedRows(source({ gdp_real_growth: 4, labour_share_policy: 1, dibao_uplift: { path: [[2024, 30]] } }, { dibao_uplift: 30 }), 'zh');
    expect(rows.map((r) => [r.id, r.assumption])).toEqual([
      ['labour_share_policy', false],
      ['dibao_uplift', false],
      ['gdp_real_growth', true],
    ]);
    expect(rows[0]).toMatchObject({ label: '提高劳动报酬比重政策', value: '1.0个百分点' });
    expect(rows[1]!.value).toMatch(/^逐年路径（2025年 /);
  });

  it('writes English in English', () => {
    const [row] = changedRows(source({ labour_share_policy: 1 }), 'en');
    expect(row!.value).toBe('1.0 pp');
    expect(row!.label).not.toMatch(/[\u3400-\u9fff]/);
  });
});
