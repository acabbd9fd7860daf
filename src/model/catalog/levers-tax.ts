/** Policy levers of personal income tax: the rate change and how its revenue is recycled. */
import { A, B } from './builders';
import type { ParameterDef } from './types';

/** The tax levers, in display order. */
export const TAX_LEVERS = [
  {
    id: 'pit_top_rate_change',
    kind: 'lever',
    group: 'tax',
    label: B('高收入者个人所得税平均税率调整', 'PIT change for the top 5 %'),
    description: B(
      '对收入最高5%家庭的工资与财产收入平均税率的变化（百分点；含应税收入弹性）。地方分成40%。',
      'Change in the average personal income tax rate on wages and property income of the top 5 % of households, in points (with the taxable-income elasticity). The province keeps 40 %.',
    ),
    unit: 'pp',
    default: 0,
    min: -5,
    max: 10,
    step: 0.5,
    timeVarying: true,
    source: A('模型说明 §10 L9（Saez, Slemrod & Giertz 2012）。', 'Model notes §10 L9 (Saez, Slemrod & Giertz 2012).'),
  },
  {
    id: 'pit_recycling',
    kind: 'lever',
    group: 'tax',
    label: B('新增个税收入的用途', 'Use of extra PIT revenue'),
    description: B(
      '0＝不返还；1＝按人均发给低收入家庭（2倍低保线以下）；2＝发给城乡居民养老金领取者。',
      '0 = kept; 1 = paid per person to low-income households (below twice the dibao line); 2 = paid to resident-pension recipients.',
    ),
    unit: 'choice',
    default: 0,
    min: 0,
    max: 2,
    step: 1,
    timeVarying: false,
    choices: [B('不返还', 'Kept'), B('低收入家庭', 'Low-income households'), B('养老金领取者', 'Pension recipients')],
    source: A('模型说明 §10 L9。', 'Model notes §10 L9.'),
  },
] as const satisfies readonly ParameterDef[];
