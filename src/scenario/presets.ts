import type { Bilingual } from '../model/catalog';
import type { ScenarioOverride } from './document';

/** A ready-made scenario with a short description of the story it tells. */
export interface Preset {
  readonly id: string;
  readonly name: Bilingual;
  readonly description: Bilingual;
  readonly overrides: Readonly<Record<string, ScenarioOverride>>;
}

/** The presets offered in the workbench (the golden runs of tests/model use them too). */
export const PRESETS: readonly Preset[] = [
  {
    id: 'baseline',
    name: { zh: '基准情景', en: 'Baseline' },
    description: {
      zh: '现行政策按既定路径运行：最低工资按已公布标准，低保随收入同步提标，其余政策不变。',
      en: 'Current policy on its enacted path: minimum wages as announced, the dibao rising with incomes, nothing else new.',
    },
    overrides: {},
  },
  {
    id: 'plan-consistent',
    name: { zh: '规划一致', en: 'Plan-consistent' },
    description: {
      zh: '规划期内较可能的政策组合：低保2025年约1.3万元/年，居民养老金与最低工资适度上调，支持山区26县，放开落户并推进市民化。',
      en: 'A plausible plan-period package: dibao near 13,000 yuan a year by 2025, modest pension and minimum-wage rises, support for the 26 mountain counties, hukou relaxation and citizenisation.',
    },
    overrides: {
      dibao_uplift: {
        path: [
          [2021, 0],
          [2025, 10],
        ],
      },
      pension_uplift: {
        path: [
          [2021, 20],
          [2025, 60],
        ],
      },
      min_wage_uplift: 3,
      mountain_transfer: 10,
      hukou_pace: 0.005,
      hukou_citizenisation: {
        path: [
          [2021, 5],
          [2025, 30],
        ],
      },
      collective_economy_investment: 5,
    },
  },
  {
    id: 'transfers-led',
    name: { zh: '转移支付主导', en: 'Transfers-led' },
    description: {
      zh: '以再分配为主：大幅提高低保、养老金和低收入补助，提高高收入者个税并返还给低收入家庭。缩小城乡差距快，但财政成本高。',
      en: 'Redistribution first: much higher dibao, pensions and low-income top-ups, with a higher PIT on the top 5 % recycled to low-income households. Narrows the urban/rural gap fast, at a high fiscal cost.',
    },
    overrides: { dibao_uplift: 40, dibao_take_up_gain: 20, pension_uplift: 200, low_income_topup: 2000, pit_top_rate_change: 3, pit_recycling: 1 },
  },
  {
    id: 'wage-led',
    name: { zh: '工资增长主导', en: 'Wage-led' },
    description: {
      zh: '以初次分配为主：提高劳动报酬比重（偏向低收入）、最低工资上调15%、农村财产性收入改革和创业扶持。收入和中等收入群体增长更快，财政成本低，但由企业承担成本。',
      en: 'Primary distribution first: a higher labour share tilted to the low paid, a 15 % higher minimum wage, rural property-income reform and entrepreneurship support. Raises incomes and the middle-income bands more, at a low fiscal cost borne by employers instead.',
    },
    overrides: { labour_share_policy: 2, labour_share_incidence: 1, min_wage_uplift: 15, property_income_rural: 5, rural_entrepreneurship: 5 },
  },
];
