/** Policy levers of rural incomes: village collectives, rural entrepreneurship and property income. */
import { A, B } from './builders';
import type { ParameterDef } from './types';

/** The rural-income levers, in display order. */
export const RURAL_LEVERS = [
  {
    id: 'collective_economy_investment',
    kind: 'lever',
    group: 'rural',
    label: B('村级集体经济投入', 'Village collective-economy investment'),
    description: B(
      '每年投入村集体经济的资金；形成的资产收益按人均分红给农村居民。',
      'Yearly funds put into village collective assets; their returns are paid out per person to rural residents.',
    ),
    unit: 'yuan_bn_per_year',
    default: 0,
    min: 0,
    max: 30,
    step: 1,
    timeVarying: true,
    source: A('政策杠杆；收益率与分红率见假设（模型说明 §10 L6a）。', 'Policy lever; return and payout are assumptions (model notes §10 L6a).'),
  },
  {
    id: 'rural_entrepreneurship',
    kind: 'lever',
    group: 'rural',
    label: B('农村创业（农创客）扶持资金', 'Rural entrepreneurship support'),
    description: B(
      '每年用于农村创业贴息等的财政资金；带来的经营净收入偏向经营收入较高的农户。',
      'Yearly fiscal support for rural entrepreneurs (interest subsidies); the business income it brings goes mostly to households that already run businesses.',
    ),
    unit: 'yuan_bn_per_year',
    default: 0,
    min: 0,
    max: 20,
    step: 0.5,
    timeVarying: true,
    source: A('政策杠杆；模型说明 §10 L6b。', 'Policy lever; model notes §10 L6b.'),
  },
  {
    id: 'property_income_urban',
    kind: 'lever',
    group: 'rural',
    label: B('城镇居民财产净收入额外增速', 'Extra growth of urban property income'),
    description: B(
      '城镇居民财产净收入每年额外增长的百分点（按现有财产收入分配，会扩大差距）。',
      'Extra yearly growth of urban residents’ net property income, in points (it goes to those who hold property, so it widens gaps).',
    ),
    unit: 'pp_per_year',
    default: 0,
    min: -3,
    max: 5,
    step: 0.1,
    timeVarying: true,
    source: A('政策杠杆；无财政成本（模型说明 §10 L7）。', 'Policy lever; no fiscal cost (model notes §10 L7).'),
  },
  {
    id: 'property_income_rural',
    kind: 'lever',
    group: 'rural',
    label: B('农村居民财产净收入额外增速（土地制度改革）', 'Extra growth of rural property income (land reform)'),
    description: B(
      '宅基地、承包地等改革带来的农村居民财产净收入每年额外增长百分点；一半按人均、一半按现有财产收入分配。',
      'Extra yearly growth of rural net property income from land reform, in points; half shared per person, half in proportion to existing property income.',
    ),
    unit: 'pp_per_year',
    default: 0,
    min: 0,
    max: 15,
    step: 0.5,
    timeVarying: true,
    source: A('政策杠杆；模型说明 §10 L7。', 'Policy lever; model notes §10 L7.'),
  },
] as const satisfies readonly ParameterDef[];
