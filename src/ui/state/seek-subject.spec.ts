import { describe, expect, it } from 'vitest';
import type { CustomIndicatorDoc } from '../../scenario/document';
import { customSubject, planSubject, seekSubject } from './seek-subject';

const SHARE: CustomIndicatorDoc = {
  id: 'rural_share',
  label: { zh: '农村收入占比', en: 'Rural share' },
  expression: 'income_per_capita_rural / income_per_capita',
  target: { comparator: '>=', threshold: 0.635, year: 2024 },
};

describe('seek subjects (what goal-seek and least-cost aim at, as the page writes it)', () => {
  it('reads a plan target’s threshold, year and unit from the plan, and none for a target judged on its path', () => {
    const band = planSubject('hh_income_200k_600k', 'en')!;
    expect(band).toMatchObject({ id: 'hh_income_200k_600k', custom: false, comparator: '>=', threshold: 45, year: 2025, thresholdUnit: '%' });
    expect(planSubject('income_to_gdp_pc_ratio', 'en')).toBeUndefined();
    expect(planSubject('rural_share', 'en')).toBeUndefined();
  });

  it('reads a custom indicator’s own target and name, and writes its values with as many digits as the verdict needs', () => {
    const share = customSubject(SHARE, 0, 'en')!;
    expect(share).toMatchObject({ id: 'rural_share', custom: true, label: 'Rural share', comparator: '>=', threshold: 0.635, year: 2024, thresholdUnit: '' });
    expect(share.formatTarget('>=', 0.635)).toBe('≥ 0.635');
    expect(share.formatValue(0.63812)).toBe('0.638');
    // 0.63496 at three significant digits reads 0.635, as if it met "≥ 0.635": it gets the digits that show it does not.
    expect(share.formatValue(0.63496, { comparator: '>=', threshold: 0.635, holds: false })).toBe('0.63496');
    expect(customSubject({ ...SHARE, unit: 'ratio' }, 0, 'zh')!.formatTarget('<=', 0.6)).toBe('≤ 0.6 ratio');
    expect(customSubject({ id: 'x', expression: 'gini' }, 0, 'en')).toBeUndefined();
  });

  it('finds a plan target first, then the scenario’s custom indicator by id', () => {
    expect(seekSubject('hh_income_200k_600k', [SHARE], 'zh')?.custom).toBe(false);
    expect(seekSubject('rural_share', [SHARE], 'zh')?.label).toBe('农村收入占比');
    expect(seekSubject('rural_share', [], 'zh')).toBeUndefined();
  });
});
