/** Policy levers of the labour market: the minimum wage. */
import { B, D } from './builders';
import type { ParameterDef } from './types';

/** The labour-market levers, in display order. */
export const LABOUR_MARKET_LEVERS = [
  {
    id: 'min_wage_uplift',
    kind: 'lever',
    group: 'labour_market',
    label: B('最低工资标准上调幅度', 'Minimum-wage uplift'),
    description: B(
      '一档月最低工资标准高于基准路径（2021年8月2280元、2024年1月2490元、此后每三年+9%）的百分比；二、三档按现行比例跟随。',
      'Tier-1 monthly minimum wage above its baseline path (2,280 yuan from Aug 2021, 2,490 from Jan 2024, then +9 % every three years), in percent; tiers 2 and 3 follow at their current ratios.',
    ),
    unit: 'percent',
    default: 0,
    min: 0,
    max: 40,
    step: 1,
    timeVarying: true,
    source: D('min_wage_monthly'),
  },
] as const satisfies readonly ParameterDef[];
