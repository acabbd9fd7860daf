import { describe, expect, it } from 'vitest';
import { changedRows, type ChangeSource } from './changed-rows';

function source(
  overrides: Record<string, number | { path: [number, number][] }>,
  values: Record<string, number> = {},
  tracked: Record<string, { start: number; startYear: number; change: number }> = {},
): ChangeSource {
  return {
    scenario: { tracked },
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

  it('lists the trends entered for tracked targets after the parameters, in plan order, with start, year and yearly change', () => {
    const trends = {
      kindergarten_inclusive_share: { start: 90, startYear: 2021, change: 0.5 },
      life_expectancy: { start: 79.2, startYear: 2020, change: 0.2 },
    };
    const zh = changedRows(source({ labour_share_policy: 1 }, {}, trends), 'zh');
    expect(zh.map((r) => [r.id, r.trend])).toEqual([
      ['labour_share_policy', false],
      ['kindergarten_inclusive_share', true],
      ['life_expectancy', true],
    ]);
    expect(zh[1]).toMatchObject({ label: '普惠性幼儿园在园幼儿占比', value: '2021年 90.0%，此后每年 +0.5个百分点', assumption: false });
    expect(zh[2]!.value).toBe('2020年 79.2年，此后每年 +0.2年');
    const en = changedRows(source({}, {}, { life_expectancy: { start: 79.2, startYear: 2020, change: -0.1 } }), 'en');
    expect(en[0]!.value).toMatch(/^79\.2 years in 2020, then \u22120\.1 years? a year$/);
  });
});
