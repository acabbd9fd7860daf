import { describe, expect, it } from 'vitest';
import type { WhoGainsGroup } from '../../model/catalog';
import { povertyRows, whoGainsSentences, whoGainsSpec } from './who-gains-spec';

const group: WhoGainsGroup = {
  decileBaselineMean: [10000, 20000, 30000, 40000, 50000, 60000, 70000, 80000, 90000, 100000],
  decileChange: [1000, 100, 0, 0, 0, 0, 0, 0, 0, -2000],
  decilePercentChange: [10, 0.5, 0, 0, 0, 0, 0, 0, 0, -2],
  meanChange: -90,
  percentChange: -0.16363636,
  gainShare: 10,
  loseShare: 10,
  noChangeShare: 80,
  baselineBelow: [1200, 3400, 5600],
  scenarioBelow: [1000, 3400, 5700],
  belowChange: [-200, 0, 100],
};

describe('who-gains view spec', () => {
  it('draws the decile changes as the result holds them, in yuan or per cent, labelled in the chosen language', () => {
    const yuan = whoGainsSpec({ year: 2025, group, mode: 'yuan', cut: '全省', language: 'zh' });
    expect(yuan.series[0]!.values).toEqual(group.decileChange);
    expect(yuan.labels[0]).toBe('第1组');
    expect(yuan.title).toBe('2025年全省各收入十分位组人均可支配收入变化');
    expect(yuan.formatValue(1000)).toBe('+1,000元');
    expect(yuan.formatValue(-2000)).toBe('−2,000元');
    const percent = whoGainsSpec({ year: 2025, group, mode: 'percent', cut: 'Rural', language: 'en' });
    expect(percent.series[0]!.values).toEqual(group.decilePercentChange);
    expect(percent.labels[9]).toBe('10');
    expect(percent.formatValue(0.5)).toBe('+0.50%');
    expect(percent.formatValue(0)).toBe('0.00%');
  });

  it('states the shares of gainers and losers and the mean change, and lists the poverty counts with their change', () => {
    const en = whoGainsSentences(2025, group, 'en');
    expect(en.shares).toBe('In 2025, 10.0% of persons gain more than 1 %, 10.0% lose more than 1 % and 80.0% see a change of 1 % or less.');
    expect(en.mean).toBe('Mean change in per-capita disposable income: −90 yuan (−0.16%).');
    const rows = povertyRows(group, 'zh');
    expect(rows.map((r) => r.label)).toEqual(['低于1倍低保标准', '低于1.5倍低保标准', '低于2倍低保标准']);
    expect(rows.map((r) => [r.baseline, r.scenario, r.change])).toEqual([
      ['1,200', '1,000', '−200'],
      ['3,400', '3,400', '0'],
      ['5,600', '5,700', '+100'],
    ]);
  });
});
