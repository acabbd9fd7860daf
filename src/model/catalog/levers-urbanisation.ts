/** Policy levers of urbanisation and hukou: the pace of hukou reform and migrant citizenisation. */
import { A, B } from './builders';
import type { ParameterDef } from './types';

/** The urbanisation and hukou levers, in display order. */
export const URBANISATION_LEVERS = [
  {
    id: 'hukou_pace',
    kind: 'lever',
    group: 'urbanisation',
    label: B('户籍制度改革：城镇化加速', 'Hukou reform: faster urbanisation'),
    description: B(
      '加在城镇化逻辑斯蒂增速上的量；全面放开约为0.005/年（城镇化率每年约多0.1个百分点）。',
      'Added to the logistic rate of urbanisation; full relaxation is about 0.005 a year (about +0.1 points of urbanisation a year).',
    ),
    unit: 'per_year',
    default: 0,
    min: 0,
    max: 0.02,
    step: 0.001,
    timeVarying: true,
    source: A('模型说明 §7.4（An & Yan 2024）。', 'Model notes §7.4 (An & Yan 2024).'),
  },
  {
    id: 'hukou_citizenisation',
    kind: 'lever',
    group: 'urbanisation',
    label: B('农业转移人口市民化比例', 'Migrants granted urban benefits'),
    description: B(
      '约1360万农业转移人口中累计享受城镇基本公共服务的比例。',
      'Cumulative share of the about 13.6 million rural migrant workers who receive urban public services and benefits.',
    ),
    unit: 'percent',
    default: 0,
    min: 0,
    max: 100,
    step: 1,
    timeVarying: true,
    source: A('政策杠杆；人均收益与成本见假设（模型说明 §7.4）。', 'Policy lever; benefit and cost per person are assumptions (model notes §7.4).'),
  },
] as const satisfies readonly ParameterDef[];
