/** Policy levers of social security: dibao, the resident pension and the low-income top-up. */
import { A, B, D } from './builders';
import type { ParameterDef } from './types';

/** The social-security levers, in display order. */
export const SOCIAL_SECURITY_LEVERS = [
  {
    id: 'dibao_uplift',
    kind: 'lever',
    group: 'social_security',
    label: B('低保标准提高幅度', 'Dibao standard uplift'),
    description: B(
      '低保标准在动态调整机制之上再提高的百分比。动态调整：标准（2020年约900元/人·月）随本情景的人均可支配收入同步增长。规划另提出2025年不低于1.3万元/人·年。',
      'Dibao (minimum living allowance) standard above the dynamic adjustment, in percent. Under the dynamic adjustment the standard (about 900 yuan/person/month in 2020) grows with the scenario’s own per-capita income. A 2021 provincial plan aims at ≥ 13,000 yuan/person/year by 2025.',
    ),
    unit: 'percent',
    default: 0,
    min: 0,
    max: 100,
    step: 1,
    timeVarying: true,
    source: D('dibao_standard'),
  },
  {
    id: 'dibao_take_up_gain',
    kind: 'lever',
    group: 'social_security',
    label: B('低保应保尽保（提高覆盖率）', 'Dibao take-up gain'),
    description: B(
      '通过数字化“大救助”识别，使符合条件家庭的实际领取率提高的百分点。',
      'Percentage points added to the share of eligible households that actually receive dibao, through digital identification of those in need (the "big assistance" system).',
    ),
    unit: 'pp',
    default: 0,
    min: 0,
    max: 30,
    step: 1,
    timeVarying: true,
    source: D('dibao_parameters'),
  },
  {
    id: 'pension_uplift',
    kind: 'lever',
    group: 'social_security',
    label: B('城乡居民基础养老金提高额', 'Resident basic pension uplift'),
    description: B(
      '城乡居民基本养老保险基础养老金每人每月高于基准路径（2020年155元，2024年约238元，此后每年+5%）的金额。',
      'Monthly amount added to the urban–rural resident basic pension above its baseline path (155 yuan in 2020, about 238 in 2024, then +5 % a year).',
    ),
    unit: 'yuan_per_person_month',
    default: 0,
    min: 0,
    max: 600,
    step: 10,
    timeVarying: true,
    source: D('resident_pension_min_zhejiang'),
  },
  {
    id: 'low_income_topup',
    kind: 'lever',
    group: 'social_security',
    label: B('低收入家庭定向补助', 'Low-income household top-up'),
    description: B(
      '对人均收入低于2倍低保标准的家庭，每人每年发放的补助（领取率80%）。',
      'Yearly payment per person to households whose per-capita income is below twice the dibao line (80 % take-up).',
    ),
    unit: 'yuan_per_person_year',
    default: 0,
    min: 0,
    max: 6000,
    step: 100,
    timeVarying: true,
    source: A('政策杠杆；领取率0.8为假设（模型说明 §10 L5b）。', 'Policy lever; 0.8 take-up is an assumption (model notes §10 L5b).'),
  },
] as const satisfies readonly ParameterDef[];
