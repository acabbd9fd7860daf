import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatJson, simulateScenarioText } from '../../scripts/simulate-lib';

/** The command line publishes a scenario's custom indicators, computed by the same core as the app's worker. */
describe('npm run simulate with custom indicators', () => {
  const text = readFileSync(join(__dirname, '../fixtures/scenarios/v3-indicators.json'), 'utf8');
  const simulated = simulateScenarioText(text);
  if (!simulated.ok) throw new Error(simulated.error.listed.map((e) => e.message.en).join('; '));
  const { result } = simulated.value;

  it('adds "indicators" with each one\'s values: the hand arithmetic of the outputs', () => {
    const { outputs, years } = result;
    const share = result.indicators?.['rural_share'];
    expect(share?.error).toBeNull();
    years.forEach((_, i) => expect(share?.values[i]).toBe(outputs['income_per_capita_rural']![i]! / outputs['income_per_capita']![i]!));
    years.forEach((_, i) => expect(result.indicators?.['gdp_share_pc']?.values[i]).toBe(100 * outputs['income_to_gdp_pc_ratio']![i]!));
    const i2025 = years.indexOf(2025);
    const value2025 = share!.values[i2025]!;
    expect(share?.verdict).toMatchObject({ year: 2025, threshold: 0.62, value: value2025, state: value2025 >= 0.62 ? 'reached' : 'missed' });
    expect(result.indicators?.['gdp_share_pc']?.verdict).toBeUndefined();
  });

  it('writes the key last in the JSON, after the unchanged fields', () => {
    const keys = Object.keys(JSON.parse(formatJson(result)) as object);
    expect(keys).toEqual(['modelVersion', 'years', 'outputs', 'whoGains', 'indicators']);
  });
});
