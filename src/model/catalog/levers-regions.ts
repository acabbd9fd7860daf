/** Policy levers of regional balance: transfers to the 26 mountain counties and how they are spent. */
import { A, B, D } from './builders';
import type { ParameterDef } from './types';

/** The regional levers, in display order. */
export const REGIONAL_LEVERS = [
  {
    id: 'mountain_transfer',
    kind: 'lever',
    group: 'regions',
    label: B('山区26县新增转移支付', 'Extra transfers to the 26 mountain counties'),
    description: B(
      '在现有投入之外，每年新增投向山区26县的资金；按下方比例分为直接补助、就业帮扶与产业投资。',
      'Yearly funds for the 26 mountain counties beyond current programmes, split into direct support, jobs and investment by the shares below.',
    ),
    unit: 'yuan_bn_per_year',
    default: 0,
    min: 0,
    max: 60,
    step: 1,
    timeVarying: true,
    source: D('mountain_counties_26_census_2020'),
  },
  {
    id: 'mountain_share_direct',
    kind: 'lever',
    group: 'regions',
    label: B('山区资金中直接补助比例', 'Mountain funds: share paid directly'),
    description: B(
      '直接按人均发放给山区县收入较低的40%居民（漏损10%）。',
      'Paid per person to the lower-income 40 % of mountain-county residents (10 % leakage).',
    ),
    unit: 'share',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    timeVarying: false,
    source: A('模型说明 §10 L5：直接/就业/投资 0.3/0.2/0.5。', 'Model notes §10 L5: direct / jobs / investment 0.3 / 0.2 / 0.5.'),
  },
  {
    id: 'mountain_share_jobs',
    kind: 'lever',
    group: 'regions',
    label: B('山区资金中就业帮扶比例', 'Mountain funds: share for jobs'),
    description: B(
      '转化为山区县收入较低60%居民的工资（传导率0.8）；其余用于产业投资。',
      'Turned into wages of the lower-income 60 % of mountain-county residents (pass-through 0.8); the rest is investment.',
    ),
    unit: 'share',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.05,
    timeVarying: false,
    source: A('模型说明 §10 L5。', 'Model notes §10 L5.'),
  },
] as const satisfies readonly ParameterDef[];
