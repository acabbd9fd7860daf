/** Strings of the own-household calculator, in both languages (identical keys; a spec checks). */
import type { OwnHouseholdSource } from '../../compute/model-api';
import type { FieldProblem, OwnHouseholdField } from '../state/own-household-form';
import type { Language } from './messages';

export interface OwnHouseholdText {
  readonly heading: string;
  readonly intro: string;
  readonly privacy: string;
  readonly legend: string;
  readonly fields: Readonly<Record<OwnHouseholdField, string>>;
  readonly hints: Readonly<Partial<Record<OwnHouseholdField, string>>>;
  readonly urban: string;
  readonly rural: string;
  readonly calculate: string;
  readonly clear: string;
  readonly computing: string;
  readonly failed: string;
  readonly problems: Readonly<Record<FieldProblem, (field: string) => string>>;
  readonly errorSummary: (count: number) => string;
  readonly sentence: (year: number, change: string, percent: string, baseline: string, scenario: string) => string;
  readonly noChange: (year: number, total: string) => string;
  readonly chartTitle: string;
  readonly chartSource: string;
  readonly unit: string;
  readonly tableCaption: string;
  readonly colYear: string;
  readonly colBaseline: string;
  readonly colScenario: string;
  readonly colChange: string;
  readonly colPercent: string;
  readonly breakdownCaption: string;
  readonly sources: Readonly<Record<OwnHouseholdSource, string>>;
  readonly assumptions: string;
}

const zh: OwnHouseholdText = {
  heading: '你的家庭',
  intro: '输入你家2020年的情况，看本情景逐年如何改变你家的可支配收入（按模型对典型家庭所用的同一套规则计算）。',
  privacy: '仅在本机计算，不保存：这些数字不写入浏览器存储、情景文件或链接，也不发送到任何地方。',
  legend: '你的家庭（2020年）',
  fields: {
    city: '城市',
    area: '城乡',
    members: '家庭人口',
    pensioners: '领取城乡居民基础养老金的人数',
    wage: '工资性收入（元/年）',
    business: '经营净收入（元/年）',
    property: '财产净收入（元/年）',
    transfers: '转移净收入，不含低保（元/年）',
  },
  hints: {
    members: '1–10人',
    wage: '2020年全家合计；空着即为0',
  },
  urban: '城镇',
  rural: '农村',
  calculate: '计算',
  clear: '清空',
  computing: '正在计算…',
  failed: '计算失败：',
  problems: {
    required: (f) => `“${f}”不能为空。`,
    notNumber: (f) => `“${f}”须是数字（如 36000 或 36,000）。`,
    negative: (f) => `“${f}”不能为负数。`,
    tooLarge: (f) => `“${f}”过大：每项收入最多1000万元/年。`,
    notWhole: (f) => `“${f}”须是整数。`,
    membersRange: (f) => `“${f}”须在1到10人之间。`,
    pensionersRange: (f) => `“${f}”须在0到家庭人口之间。`,
  },
  errorSummary: (n) => `有${n}处输入需要修改，尚未计算。`,
  sentence: (year, change, percent, baseline, scenario) => `${year}年，本情景使你家的可支配收入变化${change}（${percent}）：基准${baseline}，情景${scenario}。`,
  noChange: (year, total) => `${year}年，本情景不改变你家的可支配收入（${total}）。`,
  chartTitle: '你家的年可支配收入',
  chartSource: '模型计算（你输入的家庭）',
  unit: '万元/户·年',
  tableCaption: '你家的年可支配收入：基准与情景（元/年）',
  colYear: '年份',
  colBaseline: '基准',
  colScenario: '情景',
  colChange: '变化（元）',
  colPercent: '变化（%）',
  breakdownCaption: '变化来自哪些规则（情景减基准，元/年）',
  sources: {
    wage: '工资（工资增长路径、最低工资、劳动报酬份额、山区就业）',
    business: '经营（创业扶持、山区投资收益、劳动报酬份额的资本让渡）',
    property: '财产（财产性收入增长、村集体分红、劳动报酬份额的资本让渡）',
    transfers: '转移（养老金、低收入补助、市民化、山区直补）',
    dibao: '低保（标准随收入调整）',
    taxAndLevy: '个税调整、返还与筹资税',
  },
  assumptions:
    '假设：收入为2020年全家合计；符合条件即领取低保；工资收入者人数按模型假设（每人0.6个）；住在所选城市的非山区县（衢州、丽水全域为山区县，按山区县计算）。',
};

const en: OwnHouseholdText = {
  heading: 'Your own household',
  intro:
    'Enter your household as it was in 2020 and see what the scenario changes for its disposable income, year by year (the same rules the model applies to the typical households).',
  privacy: 'Computed on this device, never stored: these figures are not written to browser storage, the scenario file or the link, and are sent nowhere.',
  legend: 'Your household (2020)',
  fields: {
    city: 'City',
    area: 'Area',
    members: 'Household members',
    pensioners: 'Members drawing the resident basic pension',
    wage: 'Wages (yuan/year)',
    business: 'Net business income (yuan/year)',
    property: 'Net property income (yuan/year)',
    transfers: 'Net transfers, without dibao (yuan/year)',
  },
  hints: {
    members: '1–10 persons',
    wage: 'whole household, 2020; empty means 0',
  },
  urban: 'Urban',
  rural: 'Rural',
  calculate: 'Calculate',
  clear: 'Clear',
  computing: 'Computing…',
  failed: 'The calculation failed: ',
  problems: {
    required: (f) => `“${f}” is required.`,
    notNumber: (f) => `“${f}” must be a number (such as 36000 or 36,000).`,
    negative: (f) => `“${f}” cannot be negative.`,
    tooLarge: (f) => `“${f}” is too large: at most 10 million yuan a year per source.`,
    notWhole: (f) => `“${f}” must be a whole number.`,
    membersRange: (f) => `“${f}” must be between 1 and 10.`,
    pensionersRange: (f) => `“${f}” must be between 0 and the household members.`,
  },
  errorSummary: (n) => `${n === 1 ? 'One entry needs' : `${n} entries need`} correcting; nothing was calculated.`,
  sentence: (year, change, percent, baseline, scenario) =>
    `In ${year} the scenario changes your household's disposable income by ${change} (${percent}): ${baseline} in the baseline, ${scenario} in the scenario.`,
  noChange: (year, total) => `In ${year} the scenario leaves your household's disposable income as it is (${total}).`,
  chartTitle: "Your household's disposable income",
  chartSource: 'model calculation (the household you entered)',
  unit: 'yuan per household a year',
  tableCaption: "Your household's disposable income, baseline and scenario (yuan a year)",
  colYear: 'Year',
  colBaseline: 'Baseline',
  colScenario: 'Scenario',
  colChange: 'Change (yuan)',
  colPercent: 'Change (%)',
  breakdownCaption: 'Which rules moved it (scenario minus baseline, yuan a year)',
  sources: {
    wage: 'Wages (wage growth path, minimum wage, labour share, mountain jobs)',
    business: 'Business (entrepreneurship support, mountain investment income, capital income ceded to the labour share)',
    property: 'Property (property income growth, village collective dividends, capital income ceded to the labour share)',
    transfers: 'Transfers (pension, low-income top-up, hukou, mountain direct support)',
    dibao: 'Dibao (standard indexed to income)',
    taxAndLevy: 'Income tax change, its recycling, financing levy',
  },
  assumptions:
    'Assumptions: incomes are 2020 household totals; the household takes up the dibao when eligible; wage earners as the model assumes (0.6 per person); it lives outside its city’s mountain counties (Quzhou and Lishui are mountain counties throughout and count as such).',
};

export const OWN_HOUSEHOLD_TEXT: Readonly<Record<Language, OwnHouseholdText>> = { zh, en };
