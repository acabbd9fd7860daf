/** Policy levers of income distribution: the labour share of GDP and who gets the extra pay. */
import { A, B } from './builders';
import type { ParameterDef } from './types';

/** The income-distribution levers, in display order. */
export const INCOME_DISTRIBUTION_LEVERS = [
  {
    id: 'labour_share_policy',
    kind: 'lever',
    group: 'income_distribution',
    label: B('提高劳动报酬比重政策', 'Labour-share policy'),
    description: B(
      '通过工资集体协商、国企工资改革等，使劳动报酬占GDP比重在基准之外再提高的百分点；新增工资按工资额（或偏向低收入）分配；企业支付的部分来自资本收入，居民按其份额减少经营和财产收入。',
      'Extra percentage points of GDP paid as labour remuneration beyond the baseline (collective bargaining, SOE pay reform); the extra wages go to wage earners in proportion to their wages (or tilted to the low paid); the part firms pay comes out of capital income, and households lose their share of it in business and property income.',
    ),
    unit: 'pp',
    default: 0,
    min: 0,
    max: 4,
    step: 0.1,
    timeVarying: true,
    source: A(
      '政策杠杆；无增量时为基准。公共部门承担新增工资的10%（假设）。',
      'Policy lever; zero is the baseline. The public sector pays 10 % of the extra wages (assumption s_pub).',
    ),
  },
  {
    id: 'labour_share_incidence',
    kind: 'lever',
    group: 'income_distribution',
    label: B('新增劳动报酬的分配方式', 'Incidence of extra labour pay'),
    description: B(
      '0＝按工资额同比例；1＝偏向低收入者（权重 1−收入位次）。',
      '0 = in proportion to wages; 1 = tilted to the low paid (weight 1 − income rank).',
    ),
    unit: 'choice',
    default: 0,
    min: 0,
    max: 1,
    step: 1,
    timeVarying: false,
    choices: [B('中性', 'Neutral'), B('偏向低收入', 'Pro-low-income')],
    source: A('模型说明 §10 L2。', 'Model notes §10 L2.'),
  },
] as const satisfies readonly ParameterDef[];
