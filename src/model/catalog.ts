/**
 * The metadata surface of the model: every parameter and output with its labels, unit, range,
 * Monte Carlo distribution and source. It holds no computation, so the UI and the scenario layer
 * may import it freely.
 */
import { CITIES, CITY_NAMES, PROJECTION_DEFAULTS, GDP_REAL_GROWTH, CPI_INFLATION, POPULATION_YEAREND } from './data/baseline';

/** A label or description in both of the app's languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** Where a default or an output comes from: a key of the baseline data file, or a stated assumption. */
export type SourceRef = { readonly dataKey: string; readonly note?: Bilingual } | { readonly assumption: Bilingual };

/** Units the formatting layer knows how to display. */
export type Unit =
  | 'yuan_per_person_year'
  | 'yuan_per_person_month'
  | 'yuan_per_month'
  | 'yuan_per_worker'
  | 'yuan_per_person'
  | 'yuan'
  | 'yuan_bn_per_year'
  | 'percent'
  | 'percent_per_year'
  | 'pp'
  | 'pp_per_year'
  | 'ratio'
  | 'share'
  | 'persons'
  | 'persons_per_household'
  | 'persons_10k'
  | 'persons_million'
  | 'per_year'
  | 'elasticity'
  | 'choice';

/** The range Monte Carlo draws a parameter from. */
export type McDistribution =
  | { readonly dist: 'uniform'; readonly min: number; readonly max: number }
  | { readonly dist: 'normal'; readonly mean: number; readonly sd: number }
  | { readonly dist: 'triangular'; readonly min: number; readonly mode: number; readonly max: number };

/** Groups of policy levers, as the plan groups them. */
export type LeverGroup = 'income_distribution' | 'labour_market' | 'social_security' | 'regions' | 'rural' | 'urbanisation' | 'tax';
/** Groups of assumptions (not policy). */
export type AssumptionGroup = 'macro' | 'distribution' | 'urbanisation' | 'labour' | 'programmes' | 'fiscal' | 'measurement';

/** One scenario input: its range, default and where the default comes from. */
export interface ParameterDef {
  readonly id: string;
  /** A policy lever (a deviation from the baseline policy path) or an assumption about the world. */
  readonly kind: 'lever' | 'assumption';
  readonly group: LeverGroup | AssumptionGroup;
  readonly label: Bilingual;
  readonly description: Bilingual;
  readonly unit: Unit;
  /** The default as one number (for a path default, its value in the first projected year). */
  readonly default: number;
  /** A year-by-year default (2021–2035) where the baseline is not constant. */
  readonly defaultPath?: Readonly<Record<number, number>>;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Whether a year-by-year path makes sense; otherwise only the first year's value is read. */
  readonly timeVarying: boolean;
  /** Labels of the values 0, 1, 2, … of a choice parameter. */
  readonly choices?: readonly Bilingual[];
  readonly source: SourceRef;
  /** The Monte Carlo range; absent for parameters that are never drawn (levers, switches). */
  readonly mc?: McDistribution;
}

/** Topics of outputs. */
export type OutputGroup = 'income' | 'distribution' | 'urbanisation' | 'macro' | 'labour' | 'poverty' | 'city' | 'fiscal';

/** One model output series. */
export interface OutputDef {
  readonly id: string;
  readonly group: OutputGroup;
  readonly label: Bilingual;
  /** What the series measures and how the model gets it. */
  readonly description: Bilingual;
  readonly unit: Unit;
  readonly source: SourceRef;
}

/**
 * What a verdict rests on: `model`, a mechanism computed from the model's own quantities and
 * calibrated on data up to 2020; `assumed-level`, a mechanism that starts from an assumed level
 * or factor (a data gap), so the verdict moves with that assumption; `trend`, a user's straight
 * line for a tracked target. Verdicts of different bases are never counted in one sum.
 */
export type TargetBasis = 'model' | 'assumed-level' | 'trend';

/** The 2025 target of a modelled output, as the plan states it, and what its verdict rests on. */
export interface TargetDef {
  readonly outputId: string;
  readonly comparator: '>=' | '>' | '<=' | '<' | 'rising';
  readonly value: number;
  readonly year: number;
  /** `model` or `assumed-level` (see TargetBasis). */
  readonly basis: Exclude<TargetBasis, 'trend'>;
  /** For an assumed level: the assumption the verdict rests on (a catalog parameter id). */
  readonly assumption?: string;
}

/** Version of the model code; a scenario records it so results can be reproduced. */
export const MODEL_VERSION = '2.0.0';

/** Default number of original households in the synthetic population (model notes §4.3). */
export const DEFAULT_HOUSEHOLDS = 16000;

/**
 * Households in a preview run (previewWorkbench): a quarter of the full sample, about three times
 * as fast, so a slider being dragged can be followed step by step.
 */
export const PREVIEW_HOUSEHOLDS = 4000;

/** Vintage of the baseline data the model is calibrated on. */
export const DATA_VINTAGE = '2020 (zhejiang-baseline v1.0, 2026-11-29)';

/** First simulated year (the calibrated base) and last projected year. */
export const BASE_YEAR = 2020;
export const HORIZON_YEAR = 2035;
/** The plan's target year. */
export const TARGET_YEAR = 2025;

export { PLAN_TARGETS, PLAN_SECTIONS, type PlanTarget, type PlanComparator } from './plan-targets';
/** The 11 prefecture-level cities in the model's order (household selector index = position here), and their names. */
export { CITIES, CITY_NAMES, type CityId } from './data/baseline';
export type * from './results';

const A = (zh: string, en: string): SourceRef => ({ assumption: { zh, en } });
const D = (dataKey: string): SourceRef => ({ dataKey });
const B = (zh: string, en: string): Bilingual => ({ zh, en });

/** Expands period defaults ("2026-2030": v) and observed years into a 2021–2035 path. */
function pathOf(observed: Readonly<Record<number, number>>, periods: Readonly<Record<string, number>>): Record<number, number> {
  const out: Record<number, number> = { ...observed };
  for (const [period, value] of Object.entries(periods)) {
    const [from, to] = period.split('-').map(Number) as [number, number | undefined];
    for (let y = from; y <= (to ?? from); y++) out[y] ??= value;
  }
  return out;
}

const populationGrowthObserved: Record<number, number> = {};
for (let y = 2021; y <= 2024; y++) populationGrowthObserved[y] = Math.round((POPULATION_YEAREND[y]! / POPULATION_YEAREND[y - 1]! - 1) * 1e4) / 1e2;

/** Every scenario input: policy levers first, then assumptions. */
export const PARAMETERS: readonly ParameterDef[] = [
  // ── Income distribution ───────────────────────────────────────────────────────────────
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
    source: A('政策杠杆；无增量时为基准。公共部门承担新增工资的10%（假设）。', 'Policy lever; zero is the baseline. The public sector pays 10 % of the extra wages (assumption s_pub).'),
  },
  {
    id: 'labour_share_incidence',
    kind: 'lever',
    group: 'income_distribution',
    label: B('新增劳动报酬的分配方式', 'Incidence of extra labour pay'),
    description: B('0＝按工资额同比例；1＝偏向低收入者（权重 1−收入位次）。', '0 = in proportion to wages; 1 = tilted to the low paid (weight 1 − income rank).'),
    unit: 'choice',
    default: 0,
    min: 0,
    max: 1,
    step: 1,
    timeVarying: false,
    choices: [B('中性', 'Neutral'), B('偏向低收入', 'Pro-low-income')],
    source: A('模型说明 §10 L2。', 'Model notes §10 L2.'),
  },
  // ── Labour market ─────────────────────────────────────────────────────────────────────
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
  // ── Social security ───────────────────────────────────────────────────────────────────
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
    description: B('通过数字化“大救助”识别，使符合条件家庭的实际领取率提高的百分点。', 'Percentage points added to the share of eligible households that actually receive dibao, through digital identification of those in need (the "big assistance" system).'),
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
    description: B('对人均收入低于2倍低保标准的家庭，每人每年发放的补助（领取率80%）。', 'Yearly payment per person to households whose per-capita income is below twice the dibao line (80 % take-up).'),
    unit: 'yuan_per_person_year',
    default: 0,
    min: 0,
    max: 6000,
    step: 100,
    timeVarying: true,
    source: A('政策杠杆；领取率0.8为假设（模型说明 §10 L5b）。', 'Policy lever; 0.8 take-up is an assumption (model notes §10 L5b).'),
  },
  // ── Regions and the 26 mountain counties ──────────────────────────────────────────────
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
    description: B('直接按人均发放给山区县收入较低的40%居民（漏损10%）。', 'Paid per person to the lower-income 40 % of mountain-county residents (10 % leakage).'),
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
    description: B('转化为山区县收入较低60%居民的工资（传导率0.8）；其余用于产业投资。', 'Turned into wages of the lower-income 60 % of mountain-county residents (pass-through 0.8); the rest is investment.'),
    unit: 'share',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.05,
    timeVarying: false,
    source: A('模型说明 §10 L5。', 'Model notes §10 L5.'),
  },
  // ── Rural incomes ─────────────────────────────────────────────────────────────────────
  {
    id: 'collective_economy_investment',
    kind: 'lever',
    group: 'rural',
    label: B('村级集体经济投入', 'Village collective-economy investment'),
    description: B('每年投入村集体经济的资金；形成的资产收益按人均分红给农村居民。', 'Yearly funds put into village collective assets; their returns are paid out per person to rural residents.'),
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
    description: B('每年用于农村创业贴息等的财政资金；带来的经营净收入偏向经营收入较高的农户。', 'Yearly fiscal support for rural entrepreneurs (interest subsidies); the business income it brings goes mostly to households that already run businesses.'),
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
    description: B('城镇居民财产净收入每年额外增长的百分点（按现有财产收入分配，会扩大差距）。', 'Extra yearly growth of urban residents’ net property income, in points (it goes to those who hold property, so it widens gaps).'),
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
    description: B('宅基地、承包地等改革带来的农村居民财产净收入每年额外增长百分点；一半按人均、一半按现有财产收入分配。', 'Extra yearly growth of rural net property income from land reform, in points; half shared per person, half in proportion to existing property income.'),
    unit: 'pp_per_year',
    default: 0,
    min: 0,
    max: 15,
    step: 0.5,
    timeVarying: true,
    source: A('政策杠杆；模型说明 §10 L7。', 'Policy lever; model notes §10 L7.'),
  },
  // ── Urbanisation and hukou ────────────────────────────────────────────────────────────
  {
    id: 'hukou_pace',
    kind: 'lever',
    group: 'urbanisation',
    label: B('户籍制度改革：城镇化加速', 'Hukou reform: faster urbanisation'),
    description: B('加在城镇化逻辑斯蒂增速上的量；全面放开约为0.005/年（城镇化率每年约多0.1个百分点）。', 'Added to the logistic rate of urbanisation; full relaxation is about 0.005 a year (about +0.1 points of urbanisation a year).'),
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
    description: B('约1360万农业转移人口中累计享受城镇基本公共服务的比例。', 'Cumulative share of the about 13.6 million rural migrant workers who receive urban public services and benefits.'),
    unit: 'percent',
    default: 0,
    min: 0,
    max: 100,
    step: 1,
    timeVarying: true,
    source: A('政策杠杆；人均收益与成本见假设（模型说明 §7.4）。', 'Policy lever; benefit and cost per person are assumptions (model notes §7.4).'),
  },
  // ── Tax ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'pit_top_rate_change',
    kind: 'lever',
    group: 'tax',
    label: B('高收入者个人所得税平均税率调整', 'PIT change for the top 5 %'),
    description: B('对收入最高5%家庭的工资与财产收入平均税率的变化（百分点；含应税收入弹性）。地方分成40%。', 'Change in the average personal income tax rate on wages and property income of the top 5 % of households, in points (with the taxable-income elasticity). The province keeps 40 %.'),
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
    description: B('0＝不返还；1＝按人均发给低收入家庭（2倍低保线以下）；2＝发给城乡居民养老金领取者。', '0 = kept; 1 = paid per person to low-income households (below twice the dibao line); 2 = paid to resident-pension recipients.'),
    unit: 'choice',
    default: 0,
    min: 0,
    max: 2,
    step: 1,
    timeVarying: false,
    choices: [B('不返还', 'Kept'), B('低收入家庭', 'Low-income households'), B('养老金领取者', 'Pension recipients')],
    source: A('模型说明 §10 L9。', 'Model notes §10 L9.'),
  },

  // ── Assumptions: macro ───────────────────────────────────────────────────────────────
  {
    id: 'gdp_real_growth',
    kind: 'assumption',
    group: 'macro',
    label: B('实际GDP增速', 'Real GDP growth'),
    description: B('2021–2024年为实际值，此后为假设路径（2025年5.5%，2026–30年5.0%，2031–35年4.3%）；对应默认人口路径，人口增速不同时按劳动产出弹性调整。', 'Observed for 2021–2024, then the assumed path (5.5 % in 2025, 5.0 % 2026–30, 4.3 % 2031–35); it holds at the default population path and moves with the output elasticity of labour when population growth differs.'),
    unit: 'percent_per_year',
    default: GDP_REAL_GROWTH[2021]!,
    defaultPath: pathOf(GDP_REAL_GROWTH, PROJECTION_DEFAULTS.gdpGrowth),
    min: -5,
    max: 12,
    step: 0.1,
    timeVarying: true,
    source: D('gdp_real_growth'),
    mc: { dist: 'normal', mean: 0, sd: 1.0 },
  },
  {
    id: 'cpi_inflation',
    kind: 'assumption',
    group: 'macro',
    label: B('居民消费价格涨幅', 'CPI inflation'),
    description: B('2021–2024年为实际值，此后为假设路径。', 'Observed for 2021–2024, then the assumed path.'),
    unit: 'percent_per_year',
    default: CPI_INFLATION[2021]!,
    defaultPath: pathOf(CPI_INFLATION, PROJECTION_DEFAULTS.cpi),
    min: -3,
    max: 8,
    step: 0.1,
    timeVarying: true,
    source: D('cpi_inflation'),
    mc: { dist: 'normal', mean: 0, sd: 0.7 },
  },
  {
    id: 'population_growth',
    kind: 'assumption',
    group: 'macro',
    label: B('常住人口增速', 'Resident population growth'),
    description: B('2021–2024年由年末常住人口计算，此后为假设路径。', 'From year-end resident population for 2021–2024, then the assumed path.'),
    unit: 'percent_per_year',
    default: populationGrowthObserved[2021]!,
    defaultPath: pathOf(populationGrowthObserved, PROJECTION_DEFAULTS.populationGrowth),
    min: -2,
    max: 3,
    step: 0.05,
    timeVarying: true,
    source: D('population_yearend'),
    mc: { dist: 'uniform', min: -0.2, max: 0.3 },
  },
  {
    id: 'income_gdp_elasticity',
    kind: 'assumption',
    group: 'macro',
    label: B('居民收入对人均GDP的弹性', 'Income elasticity to GDP per capita'),
    description: B('1＝居民收入与经济增长同步（规划原则）。', '1 = incomes grow in step with the economy (the plan’s principle).'),
    unit: 'elasticity',
    default: 1,
    min: 0.6,
    max: 1.4,
    step: 0.01,
    timeVarying: false,
    source: A('“居民收入增长和经济增长基本同步”原则（模型说明 §8）。', 'The principle that income grows in step with the economy (model notes §8).'),
    mc: { dist: 'triangular', min: 0.85, mode: 1, max: 1.1 },
  },
  {
    id: 'income_growth_shock',
    kind: 'assumption',
    group: 'macro',
    label: B('居民收入增速冲击', 'Income growth shock'),
    description: B('加在居民人均收入实际增速上的百分点（残差）。', 'Points added to real per-capita income growth (a residual).'),
    unit: 'pp_per_year',
    default: 0,
    min: -3,
    max: 3,
    step: 0.1,
    timeVarying: true,
    source: A('模型说明 §8，默认0。', 'Model notes §8; zero by default.'),
    mc: { dist: 'normal', mean: 0, sd: 0.5 },
  },
  {
    id: 'labour_share_drift',
    kind: 'assumption',
    group: 'macro',
    label: B('劳动报酬比重基准年变化', 'Baseline labour-share drift'),
    description: B(
      '无新政策时劳动报酬占GDP比重每年的变化：基准情形下居民工资总额按名义GDP和这一比重增长，其余收入随人均GDP增长。默认取2018–20年的速度（+0.25个百分点/年；2011–18年为+1.14）。',
      'Yearly change of the labour share without new policy: on the baseline the households’ wage bill grows with nominal GDP and this share, the other incomes with GDP per capita. The default is the 2018–20 pace (+0.25 points a year; +1.14 over 2011–18).',
    ),
    unit: 'pp_per_year',
    default: 0.25,
    min: -0.5,
    max: 1.2,
    step: 0.05,
    timeVarying: true,
    source: D('labour_share_gdp_add'),
    mc: { dist: 'normal', mean: 0.25, sd: 0.3 },
  },
  {
    id: 'gdp_labour_elasticity',
    kind: 'assumption',
    group: 'macro',
    label: B('产出对劳动投入的弹性', 'Output elasticity of labour'),
    description: B(
      '实际GDP增速路径对应默认人口路径；人口增速偏离默认值时，GDP增速按 (1+g)·((1+n)/(1+n默认))^α 调整（柯布—道格拉斯，α取2020年劳动报酬比重）。',
      'The real-growth path holds at the default population path; when population growth departs from it, real growth becomes (1 + g)·((1 + n)/(1 + n_default))^α (Cobb–Douglas, α the 2020 labour share).',
    ),
    unit: 'elasticity',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.01,
    timeVarying: false,
    source: { dataKey: 'labour_share_gdp', note: B('柯布—道格拉斯下劳动的产出弹性等于劳动报酬比重（2020年49.7%）。', 'Under Cobb–Douglas the output elasticity of labour equals the labour share (49.7 % in 2020).') },
    mc: { dist: 'uniform', min: 0.4, max: 0.6 },
  },
  {
    id: 'revenue_buoyancy',
    kind: 'assumption',
    group: 'fiscal',
    label: B('财政收入对名义GDP的弹性', 'Revenue buoyancy'),
    description: B('一般公共预算收入增速÷名义GDP增速（2015–20年约1.0，2020–23年约0.7）。', 'Budget revenue growth ÷ nominal GDP growth (about 1.0 over 2015–20, 0.7 over 2020–23).'),
    unit: 'elasticity',
    default: 0.85,
    min: 0.4,
    max: 1.3,
    step: 0.01,
    timeVarying: false,
    source: D('general_budget_revenue'),
    mc: { dist: 'uniform', min: 0.6, max: 1.1 },
  },
  {
    id: 'fiscal_financing',
    kind: 'assumption',
    group: 'fiscal',
    label: B('财政支出的资金来源', 'Financing of fiscal levers'),
    description: B(
      '0＝举债（不影响居民收入）；1＝按可支配收入同比例向全体家庭征税，筹集当年净财政成本（在低保和个税之后征收）。',
      '0 = borrowing (household incomes unaffected); 1 = a proportional tax on every household’s disposable income that raises the year’s net fiscal cost (levied after the dibao and the PIT).',
    ),
    unit: 'choice',
    default: 0,
    min: 0,
    max: 1,
    step: 1,
    timeVarying: false,
    choices: [B('举债', 'Borrowing'), B('居民比例税', 'Proportional household tax')],
    source: A('假设：每项财政杠杆都须说明资金来源；默认举债，居民收入不变。', 'Assumption: every fiscal lever states how it is financed; by default borrowing, which leaves household incomes unchanged.'),
  },
  // ── Assumptions: distribution ─────────────────────────────────────────────────────────
  {
    id: 'sigma_urban',
    kind: 'assumption',
    group: 'distribution',
    label: B('城镇收入离散度（对数标准差）', 'Urban income dispersion (log s.d.)'),
    description: B(
      '城镇居民人均收入对数标准差。与农村一起拟合：2021年20–60万元群体占比30.6%（按其公布精度）与城乡内部五等份高低收入组之比（福建2020年，仅作形状参考）。',
      'Log standard deviation of urban per-capita income. Fitted with the rural one to the 2021 share of the 200k–600k band (30.6 %, held to its published precision) and the within-area top ÷ bottom quintile ratios (Fujian 2020, shape only).',
    ),
    unit: 'ratio',
    default: 0.47,
    min: 0.3,
    max: 0.7,
    step: 0.01,
    timeVarying: false,
    source: { dataKey: 'quintile_proxy_fujian', note: B('2015–2020年数据拟合（scripts/fit.ts；docs/model.md“拟合报告”）。', 'Fitted on 2015–2020 (scripts/fit.ts; docs/model.md, Fit report).') },
    mc: { dist: 'normal', mean: 0.47, sd: 0.03 },
  },
  {
    id: 'sigma_rural',
    kind: 'assumption',
    group: 'distribution',
    label: B('农村收入离散度（对数标准差）', 'Rural income dispersion (log s.d.)'),
    description: B('农村居民人均收入对数标准差（与城镇一起拟合，见上）。', 'Log standard deviation of rural per-capita income (fitted with the urban one, see there).'),
    unit: 'ratio',
    default: 0.54,
    min: 0.3,
    max: 0.7,
    step: 0.01,
    timeVarying: false,
    source: { dataKey: 'quintile_proxy_fujian', note: B('2015–2020年数据拟合（scripts/fit.ts；docs/model.md“拟合报告”）。', 'Fitted on 2015–2020 (scripts/fit.ts; docs/model.md, Fit report).') },
    mc: { dist: 'normal', mean: 0.54, sd: 0.03 },
  },
  {
    id: 'urban_rural_growth_gap',
    kind: 'assumption',
    group: 'distribution',
    label: B('农村相对城镇收入增速差', 'Rural–urban growth differential'),
    description: B(
      '农村居民收入增速高出城镇的百分点（按人数中性分摊），扣除模型自身的进城人口构成效应：在2015→2020年回溯模拟上与进城选择性一起拟合（2020年权重0.75）。2016–20年农村8.6%、城镇7.5%。',
      'Points by which rural income grows faster than urban (person-neutral), net of the model’s own mover composition effect: fitted jointly with mover selection on the 2015 → 2020 back-cast (2020 weighted 0.75). 2016–20: rural 8.6 %, urban 7.5 % a year.',
    ),
    unit: 'pp_per_year',
    default: 0.99,
    min: -1,
    max: 3,
    step: 0.05,
    timeVarying: true,
    source: { dataKey: 'income_growth_13th_fyp_average', note: B('2015–2020年数据拟合（scripts/fit.ts；docs/model.md“拟合报告”）。', 'Fitted on 2015–2020 (scripts/fit.ts; docs/model.md, Fit report).') },
    mc: { dist: 'normal', mean: 0.99, sd: 0.4 },
  },
  {
    id: 'city_convergence',
    kind: 'assumption',
    group: 'distribution',
    label: B('设区市收入收敛速度', 'City income convergence rate'),
    description: B('各市收入对数偏离全省的年收敛率（β收敛）；2013–20年最高最低倍差路径隐含约0.019。', 'Yearly rate at which each city’s log gap to the province closes (β-convergence); the 2013–20 max/min path implies about 0.019.'),
    unit: 'per_year',
    default: 0.025,
    min: 0,
    max: 0.08,
    step: 0.001,
    timeVarying: false,
    source: D('city_convergence_evidence'),
    mc: { dist: 'triangular', min: 0.01, mode: 0.025, max: 0.05 },
  },
  {
    id: 'mountain_growth_premium',
    kind: 'assumption',
    group: 'distribution',
    label: B('山区县收入增速溢价', 'Mountain-county growth premium'),
    description: B('现有山区政策下山区县收入增速高出所在城市的百分点。', 'Points by which mountain-county incomes grow faster than their city under existing policy.'),
    unit: 'pp_per_year',
    default: 0.5,
    min: -1,
    max: 2,
    step: 0.1,
    timeVarying: true,
    source: A('模型说明 §9（待2015–20年山区县数据拟合）。', 'Model notes §9 (to be fitted on 2015–20 county data).'),
    mc: { dist: 'normal', mean: 0.5, sd: 0.3 },
  },
  {
    id: 'mountain_income_factor',
    kind: 'assumption',
    group: 'distribution',
    label: B('山区县相对所在市收入', 'Mountain-county income relative to its city'),
    description: B('温州、金华、台州、杭州所辖山区县人均收入与本市同口径之比；苍南县2020年为0.76。', 'Per-capita income of the mountain counties of Wenzhou, Jinhua, Taizhou and Hangzhou relative to their city; Cangnan was 0.76 in 2020.'),
    unit: 'ratio',
    default: 0.76,
    min: 0.6,
    max: 1,
    step: 0.01,
    timeVarying: false,
    source: D('county_income_2020'),
    mc: { dist: 'uniform', min: 0.68, max: 0.85 },
  },
  {
    id: 'eco_income_factor',
    kind: 'assumption',
    group: 'distribution',
    label: B('重点生态功能区县相对山区县收入', 'Ecological-function counties relative to mountain counties'),
    description: B('11个重点生态功能区县人均收入与所在山区县层之比（无数据，假设）。', 'Per-capita income of the 11 key ecological-function counties relative to their mountain stratum (no data: assumption).'),
    unit: 'ratio',
    default: 0.9,
    min: 0.7,
    max: 1.1,
    step: 0.01,
    timeVarying: false,
    source: A('无2020年数据（数据缺口）；假设生态县略低于山区县平均。', 'No 2020 data (a known gap); assumed a little below the mountain-county average.'),
    mc: { dist: 'uniform', min: 0.8, max: 1.0 },
  },
  {
    id: 'vulnerable_share_scale',
    kind: 'assumption',
    group: 'distribution',
    label: B('困难群体规模系数', 'Vulnerable-group size factor'),
    description: B('乘在困难群体比例（农村1.5%、城镇0.4%）上的系数。', 'Multiplies the vulnerable shares (rural 1.5 %, urban 0.4 %).'),
    unit: 'ratio',
    default: 1,
    min: 0.5,
    max: 2,
    step: 0.05,
    timeVarying: false,
    source: D('dibao_parameters'),
    mc: { dist: 'uniform', min: 0.7, max: 1.3 },
  },
  // ── Assumptions: urbanisation ────────────────────────────────────────────────────────
  {
    id: 'urbanisation_ceiling',
    kind: 'assumption',
    group: 'urbanisation',
    label: B('城镇化率上限', 'Urbanisation ceiling'),
    description: B('逻辑斯蒂曲线的饱和值；增速由2010、2020年两次普查拟合。', 'Saturation level of the logistic curve; its rate is fitted to the 2010 and 2020 censuses.'),
    unit: 'percent',
    default: 90,
    min: 80,
    max: 98,
    step: 0.5,
    timeVarying: false,
    source: D('urbanisation_dynamics_census_2010_2020'),
    mc: { dist: 'uniform', min: 85, max: 95 },
  },
  {
    id: 'urbanisation_rate_shift',
    kind: 'assumption',
    group: 'urbanisation',
    label: B('城镇化速度偏差', 'Urbanisation pace deviation'),
    description: B('加在拟合的逻辑斯蒂增速上的偏差（不含户籍改革）。', 'Deviation added to the fitted logistic rate (apart from hukou reform).'),
    unit: 'per_year',
    default: 0,
    min: -0.03,
    max: 0.03,
    step: 0.001,
    timeVarying: false,
    source: A('模型说明 §13：N(0, 0.01)。', 'Model notes §13: N(0, 0.01).'),
    mc: { dist: 'normal', mean: 0, sd: 0.01 },
  },
  {
    id: 'survey_weight_slope',
    kind: 'assumption',
    group: 'urbanisation',
    label: B('调查城镇权重对城镇化率的斜率', 'Survey urban weight per point of urbanisation'),
    description: B('城镇化率每提高1个百分点，收入调查中城镇人口权重提高的百分点（2017–20年约0.5）。', 'Points of survey urban weight per point of urbanisation (about 0.5 over 2017–20).'),
    unit: 'ratio',
    default: 0.5,
    min: 0.2,
    max: 1,
    step: 0.05,
    timeVarying: false,
    source: D('survey_urban_weight'),
    mc: { dist: 'uniform', min: 0.35, max: 0.8 },
  },
  {
    id: 'mover_selection',
    kind: 'assumption',
    group: 'urbanisation',
    label: B('进城人口的收入选择性', 'Income selection of movers'),
    description: B(
      '进城农村人口按收入被选中的倾向（0＝随机，正值＝较高收入者更易进城）。与城乡增速差一起拟合，但识别很弱：仅靠回溯数据会推到区间上端，拟合加入了模型说明的先验（0.3，标准差0.375）。',
      'How strongly rural movers are selected by income (0 = at random, positive = the better-off move first). Fitted jointly with the urban–rural gap but weakly identified: the back-cast alone pushes it to the top of the range, so the fit adds the notes’ prior (0.3, s.d. 0.375).',
    ),
    unit: 'ratio',
    default: 0.36,
    min: -0.5,
    max: 1.5,
    step: 0.05,
    timeVarying: false,
    source: { dataKey: 'survey_urban_weight', note: B('2015–2020年数据拟合（scripts/fit.ts；docs/model.md“拟合报告”），识别弱；模型说明 §7.3。', 'Fitted on 2015–2020 (scripts/fit.ts; docs/model.md, Fit report)), weakly identified; model notes §7.3.') },
    mc: { dist: 'uniform', min: -0.3, max: 1.0 },
  },
  {
    id: 'in_place_share',
    kind: 'assumption',
    group: 'urbanisation',
    label: B('就地城镇化比例', 'Share urbanised in place'),
    description: B('新增城镇人口中就地转为城镇（撤村建居、城中村）的比例，其收入提升5%；其余为迁移，收入提升见下。', 'Share of new urban residents reclassified in place (income +5 %); the rest migrate, with the uplift below.'),
    unit: 'share',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.05,
    timeVarying: false,
    source: A('模型说明 §7.3。', 'Model notes §7.3.'),
    mc: { dist: 'uniform', min: 0.3, max: 0.8 },
  },
  {
    id: 'migrant_uplift',
    kind: 'assumption',
    group: 'urbanisation',
    label: B('迁移进城的收入提升', 'Income uplift of migrants'),
    description: B('迁入城镇后人均收入相对原来的提升比例。', 'Rise in per-capita income on migrating to a town, as a share.'),
    unit: 'share',
    default: 0.3,
    min: 0,
    max: 1,
    step: 0.05,
    timeVarying: false,
    source: A('模型说明 §7.3。', 'Model notes §7.3.'),
    mc: { dist: 'uniform', min: 0.1, max: 0.6 },
  },
  {
    id: 'citizen_benefit',
    kind: 'assumption',
    group: 'urbanisation',
    label: B('市民化人均收益', 'Benefit per new citizen'),
    description: B('获得城镇公共服务的农业转移人口每人每年增加的可支配收入。', 'Yearly disposable income gained by each migrant given urban services.'),
    unit: 'yuan_per_person_year',
    default: 2000,
    min: 0,
    max: 6000,
    step: 100,
    timeVarying: false,
    source: A('模型说明 §7.4。', 'Model notes §7.4.'),
    mc: { dist: 'uniform', min: 500, max: 4000 },
  },
  {
    id: 'citizen_cost',
    kind: 'assumption',
    group: 'urbanisation',
    label: B('市民化人均财政成本', 'Fiscal cost per new citizen'),
    description: B('每名市民化人口每年的公共服务财政成本（国研中心估计约8万元/20年）。', 'Yearly public-service cost of each new citizen (the DRC estimates about 80,000 yuan over 20 years).'),
    unit: 'yuan_per_person_year',
    default: 5000,
    min: 1000,
    max: 15000,
    step: 500,
    timeVarying: false,
    source: A('模型说明 §7.4。', 'Model notes §7.4.'),
    mc: { dist: 'uniform', min: 3000, max: 10000 },
  },
  // ── Assumptions: labour market ───────────────────────────────────────────────────────
  {
    id: 'min_wage_pass_through',
    kind: 'assumption',
    group: 'labour',
    label: B('最低工资传导率', 'Minimum-wage pass-through'),
    description: B('最低工资上调转化为低于标准工人工资增长的比例（扣除不合规）。', 'Share of a minimum-wage rise that reaches workers paid at or below it (net of non-compliance).'),
    unit: 'share',
    default: 0.41,
    min: 0.1,
    max: 0.9,
    step: 0.01,
    timeVarying: false,
    source: D('min_wage_defaults'),
    mc: { dist: 'triangular', min: 0.25, mode: 0.41, max: 0.6 },
  },
  {
    id: 'min_wage_spillover',
    kind: 'assumption',
    group: 'labour',
    label: B('最低工资溢出效应', 'Minimum-wage spillover'),
    description: B('对工资略高于标准（1–1.3倍）工人的溢出比例。', 'Spillover to workers paid just above the minimum (1–1.3 times).'),
    unit: 'share',
    default: 0.05,
    min: 0,
    max: 0.3,
    step: 0.01,
    timeVarying: false,
    source: A('模型说明 §10 L1（Fang, Gunderson & Lin 2020）。', 'Model notes §10 L1 (Fang, Gunderson & Lin 2020).'),
    mc: { dist: 'uniform', min: 0, max: 0.15 },
  },
  {
    id: 'min_wage_employment_elasticity',
    kind: 'assumption',
    group: 'labour',
    label: B('最低工资就业弹性', 'Employment elasticity of the minimum wage'),
    description: B('受影响工人工资总额对最低工资的就业弹性（负值＝就业减少）。', 'Employment elasticity of affected workers’ wages to the minimum wage (negative = job losses).'),
    unit: 'elasticity',
    default: -0.1,
    min: -0.4,
    max: 0,
    step: 0.01,
    timeVarying: false,
    source: D('min_wage_defaults'),
    mc: { dist: 'triangular', min: -0.25, mode: -0.1, max: 0 },
  },
  {
    id: 'household_capital_income_share',
    kind: 'assumption',
    group: 'labour',
    label: B('居民在资本收入中的份额', 'Households’ share of capital income'),
    description: B(
      '劳动报酬比重政策中由企业支付的新增工资来自资本收入；居民按此比例减少经营净收入和财产净收入（按调查口径折算，与工资相同）。',
      'Extra wages that firms pay under the labour-share policy come out of capital income; households lose this share of it from their business and property income (in survey terms, as wages are).',
    ),
    unit: 'share',
    default: 0.28,
    min: 0,
    max: 0.6,
    step: 0.01,
    timeVarying: false,
    source: A(
      '假设，依据国家统计局资金流量表（实物交易）：住户部门营业盈余（含混合收入）加财产收入净额占全部营业盈余（含折旧）的比重，2004年0.276、2007年0.294、2008年0.270（《中国统计年鉴》2007年表3-28、2010年表2-33/2-34）。',
      'Assumption resting on the NBS flow-of-funds accounts (physical transactions): the household sector’s operating surplus and mixed income plus its net property income, over all sectors’ gross operating surplus, was 0.276 in 2004, 0.294 in 2007 and 0.270 in 2008 (China Statistical Yearbook 2007 table 3-28, 2010 tables 2-33 and 2-34).',
    ),
    mc: { dist: 'uniform', min: 0.2, max: 0.36 },
  },
  {
    id: 'okun_coefficient',
    kind: 'assumption',
    group: 'labour',
    label: B('失业率对增长偏差的系数', 'Unemployment response to growth'),
    description: B('GDP增速低于基准路径1个百分点时城镇调查失业率上升的百分点。', 'Points by which urban unemployment rises when GDP growth is one point below its default path.'),
    unit: 'ratio',
    default: 0.2,
    min: 0,
    max: 0.6,
    step: 0.01,
    timeVarying: false,
    source: A('模型说明 §8。', 'Model notes §8.'),
    mc: { dist: 'uniform', min: 0.1, max: 0.4 },
  },
  {
    id: 'unemployment_2020',
    kind: 'assumption',
    group: 'labour',
    label: B('2020年城镇调查失业率', 'Urban surveyed unemployment 2020'),
    description: B('浙江2020年数值未找到；全国2020年12月为5.2%，年均5.6%。', 'The Zhejiang 2020 figure was not found; nationally it was 5.2 % in December 2020 (5.6 % on average).'),
    unit: 'percent',
    default: 5.0,
    min: 3,
    max: 7,
    step: 0.1,
    timeVarying: false,
    source: D('labour_market_2020_national_context'),
    mc: { dist: 'uniform', min: 4.5, max: 5.4 },
  },
  {
    id: 'potential_growth',
    kind: 'assumption',
    group: 'labour',
    label: B('潜在增长率', 'Potential growth'),
    description: B(
      '奥肯定律中与实际增速比较的潜在GDP增速：2021–25年取规划期预期的5.5%，此后与默认增长路径相同。实际增速低于它时失业率上升。',
      'Potential GDP growth that Okun’s law compares actual growth with: 5.5 % over the plan period 2021–25 (the expected pace), then the default growth path. Unemployment rises when growth falls short of it.',
    ),
    unit: 'percent_per_year',
    default: 5.5,
    defaultPath: pathOf({ 2021: 5.5, 2022: 5.5, 2023: 5.5, 2024: 5.5 }, PROJECTION_DEFAULTS.gdpGrowth),
    min: 2,
    max: 9,
    step: 0.1,
    timeVarying: true,
    source: D('macro_projection_defaults'),
    mc: { dist: 'normal', mean: 0, sd: 0.5 },
  },
  {
    id: 'urban_job_replacement_rate',
    kind: 'assumption',
    group: 'labour',
    label: B('城镇岗位更替率', 'Urban job replacement rate'),
    description: B(
      '每年因退休、迁出等空出并重新补充的城镇岗位占城镇就业的比例；城镇新增就业＝城镇就业增量＋更替。浙江2020年城镇新增就业数未找到（数据缺口），约1/40（40年职业生涯）为假设。',
      'Share of urban jobs vacated each year (retirements, moves) and filled again; new urban jobs = growth of urban employment + replacement. Zhejiang’s 2020 new urban jobs were not found (a data gap); about 1/40 (a 40-year working life) is an assumption.',
    ),
    unit: 'percent_per_year',
    default: 2.5,
    min: 0.5,
    max: 5,
    step: 0.1,
    timeVarying: false,
    source: A('假设：40年职业生涯的更替（模型说明 §8；2020年浙江数值为数据缺口）。', 'Assumption: replacement over a 40-year working life (model notes §8; the Zhejiang 2020 figure is a data gap).'),
    mc: { dist: 'uniform', min: 1.5, max: 3.5 },
  },
  {
    id: 'agri_productivity_2020',
    kind: 'assumption',
    group: 'labour',
    label: B('2020年农业劳动生产率', 'Agricultural labour productivity 2020'),
    description: B('2020年数值未找到（数据缺口）；暂设4.4万元/人，找到公报数值后替换。', 'No 2020 figure was found (a known gap); 44,000 yuan per worker until the bulletin value is found.'),
    unit: 'yuan_per_worker',
    default: 44000,
    min: 30000,
    max: 70000,
    step: 500,
    timeVarying: false,
    source: A('数据缺口（模型说明 §18 第12项）；临时假设。', 'Data gap (model notes §18 item 12); interim assumption.'),
    mc: { dist: 'uniform', min: 38000, max: 50000 },
  },
  {
    id: 'agri_labour_decline',
    kind: 'assumption',
    group: 'labour',
    label: B('农业就业人数年降幅', 'Yearly decline of farm employment'),
    description: B('农业从业人员每年减少的比例（不含户籍改革带来的额外转移）。', 'Yearly fall in farm employment, in percent (before extra moves from hukou reform).'),
    unit: 'percent_per_year',
    default: 3,
    min: 0,
    max: 8,
    step: 0.1,
    timeVarying: false,
    source: A('假设；农业就业占比2020年5.4%。', 'Assumption; farm jobs were 5.4 % of employment in 2020.'),
    mc: { dist: 'uniform', min: 2, max: 4 },
  },
  // ── Assumptions: programmes ──────────────────────────────────────────────────────────
  {
    id: 'dibao_take_up',
    kind: 'assumption',
    group: 'programmes',
    label: B('低保领取率（基准）', 'Dibao take-up (baseline)'),
    description: B(
      '收入低于低保线的家庭中实际领取低保的比例（也代表收入以外的资格条件）。拟合使2020年低保人数为60万人。',
      'Share of households below the dibao line that receive dibao (standing also for the conditions other than income). Fitted so that the 2020 caseload is 0.6 million.',
    ),
    unit: 'share',
    default: 0.38,
    min: 0.1,
    max: 0.95,
    step: 0.01,
    timeVarying: false,
    source: { dataKey: 'dibao_recipients', note: B('按2020年低保人数拟合（scripts/fit.ts；docs/model.md“拟合报告”）。', 'Fitted to the 2020 caseload (scripts/fit.ts; docs/model.md, Fit report).') },
    mc: { dist: 'uniform', min: 0.3, max: 0.46 },
  },
  {
    id: 'dibao_inclusion_error',
    kind: 'assumption',
    group: 'programmes',
    label: B('低保错保率', 'Dibao inclusion error'),
    description: B('收入在1–1.5倍低保线之间的家庭中领取部分低保（0.3倍标准）的比例。', 'Share of households between 1 and 1.5 times the dibao line that receive a partial benefit (0.3 times the standard).'),
    unit: 'share',
    default: 0.03,
    min: 0,
    max: 0.15,
    step: 0.01,
    timeVarying: false,
    source: D('dibao_parameters'),
    mc: { dist: 'uniform', min: 0, max: 0.08 },
  },
  {
    id: 'pension_recipients',
    kind: 'assumption',
    group: 'programmes',
    label: B('城乡居民养老金领取人数（2020）', 'Resident-pension recipients (2020)'),
    description: B('2020年城乡居民基本养老保险领取待遇人数，此后每年+2%。', 'Recipients of the resident basic pension in 2020, then +2 % a year.'),
    unit: 'persons_million',
    default: 5.5,
    min: 3,
    max: 9,
    step: 0.1,
    timeVarying: false,
    source: D('resident_pension_parameters'),
    mc: { dist: 'uniform', min: 4.5, max: 7.0 },
  },
  {
    id: 'pension_crowd_out',
    kind: 'assumption',
    group: 'programmes',
    label: B('养老金对家庭转移的挤出', 'Crowding-out of family support'),
    description: B('养老金增加额中被子女赡养减少所抵消的比例。', 'Share of a pension rise offset by less support from children.'),
    unit: 'share',
    default: 0.1,
    min: 0,
    max: 0.5,
    step: 0.01,
    timeVarying: false,
    source: D('resident_pension_parameters'),
    mc: { dist: 'uniform', min: 0, max: 0.3 },
  },
  {
    id: 'mountain_capital_return',
    kind: 'assumption',
    group: 'programmes',
    label: B('山区产业投资回报率', 'Return on mountain-county investment'),
    description: B('山区投资形成资本的年回报率，一半成为当地居民收入。', 'Yearly return on capital built in the mountain counties; half becomes local residents’ income.'),
    unit: 'share',
    default: 0.08,
    min: 0.02,
    max: 0.15,
    step: 0.005,
    timeVarying: false,
    source: A('模型说明 §10 L5。', 'Model notes §10 L5.'),
    mc: { dist: 'uniform', min: 0.04, max: 0.12 },
  },
  {
    id: 'collective_return',
    kind: 'assumption',
    group: 'programmes',
    label: B('村集体资产回报率', 'Return on collective assets'),
    description: B('村集体经济资产的年回报率；其中50%分红给农村居民。', 'Yearly return on village collective assets; half is paid out to rural residents.'),
    unit: 'share',
    default: 0.06,
    min: 0.01,
    max: 0.15,
    step: 0.005,
    timeVarying: false,
    source: A('模型说明 §10 L6a。', 'Model notes §10 L6a.'),
    mc: { dist: 'uniform', min: 0.03, max: 0.1 },
  },
  {
    id: 'entrepreneurship_return',
    kind: 'assumption',
    group: 'programmes',
    label: B('创业扶持的收入回报', 'Income return of entrepreneurship support'),
    description: B('每元扶持资金每年带来的经营净收入（逐年折旧10%）。', 'Business income a year per yuan of support (depreciating 10 % a year).'),
    unit: 'share',
    default: 0.1,
    min: 0,
    max: 0.4,
    step: 0.01,
    timeVarying: false,
    source: A('模型说明 §10 L6b。', 'Model notes §10 L6b.'),
    mc: { dist: 'uniform', min: 0.05, max: 0.2 },
  },
  {
    id: 'taxable_income_elasticity',
    kind: 'assumption',
    group: 'programmes',
    label: B('应税收入弹性', 'Elasticity of taxable income'),
    description: B('应税收入对净税率（1−税率）的弹性。', 'Elasticity of taxable income to the net-of-tax rate.'),
    unit: 'elasticity',
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.01,
    timeVarying: false,
    source: A('模型说明 §10 L9（Saez, Slemrod & Giertz 2012）。', 'Model notes §10 L9 (Saez, Slemrod & Giertz 2012).'),
    mc: { dist: 'uniform', min: 0.1, max: 0.5 },
  },
  // ── Measurement ──────────────────────────────────────────────────────────────────────
  {
    id: 'band_definition',
    kind: 'assumption',
    group: 'measurement',
    label: B('家庭收入群体口径', 'Household-band definition'),
    description: B(
      '0＝标准三口之家（人均收入×3，按人数计，国家统计局口径，默认）；1＝实际户规模，按户数计；2＝实际户规模，按人数计。',
      '0 = the standard three-person household (per-capita income × 3, counted over persons; NBS convention, default); 1 = actual household size, counted over households; 2 = actual size, counted over persons.',
    ),
    unit: 'choice',
    default: 0,
    min: 0,
    max: 2,
    step: 1,
    timeVarying: false,
    choices: [B('标准三口之家', 'Standard 3-person'), B('实际户规模·按户', 'Actual size, households'), B('实际户规模·按人', 'Actual size, persons')],
    source: D('band_per_capita_thresholds'),
  },
  {
    id: 'band_size_multiplier',
    kind: 'assumption',
    group: 'measurement',
    label: B('标准家庭人数', 'Standard household size'),
    description: B('“标准三口之家”口径中人均收入乘以的户人数。', 'Household size by which per-capita income is multiplied under the standard-household definition.'),
    unit: 'persons_per_household',
    default: 3,
    min: 2.6,
    max: 3.2,
    step: 0.05,
    timeVarying: false,
    source: D('band_size_multiplier'),
    mc: { dist: 'uniform', min: 2.8, max: 3.2 },
  },
];

const byId = new Map(PARAMETERS.map((p) => [p.id, p]));

/**
 * Parameters earlier model versions had and this one has not, with the version that dropped them:
 * a scenario that still sets one loads, and the setting is ignored (the parser drops it).
 */
export const RETIRED_PARAMETERS: Readonly<Record<string, { readonly since: string; readonly reason: Bilingual }>> = {
  new_urban_jobs_base: {
    since: '2.0.0',
    reason: B('城镇新增就业改由城镇就业增量与岗位更替计算（见“城镇岗位更替率”）。', 'New urban jobs are computed from urban employment growth and job replacement (see “urban job replacement rate”).'),
  },
};

/** Looks a parameter up by id. */
export function findParameter(id: string): ParameterDef | undefined {
  return byId.get(id);
}

/** The policy levers whose fiscal cost is reported, in display order. */
export const FISCAL_LEVERS = [
  { id: 'labour_share', label: B('劳动报酬比重政策（公共部门）', 'Labour-share policy (public sector)') },
  { id: 'dibao', label: B('低保提标扩面', 'Dibao standard and take-up') },
  { id: 'pension', label: B('居民基础养老金', 'Resident basic pension') },
  { id: 'low_income_topup', label: B('低收入家庭补助', 'Low-income top-up') },
  { id: 'mountain', label: B('山区26县转移支付', 'Mountain-county transfers') },
  { id: 'collective', label: B('村集体经济', 'Village collective economy') },
  { id: 'entrepreneurship', label: B('农村创业扶持', 'Rural entrepreneurship') },
  { id: 'hukou', label: B('农业转移人口市民化', 'Migrant citizenisation') },
  { id: 'pit', label: B('个人所得税调整（含返还）', 'Personal income tax (net of recycling)') },
  { id: 'dibao_savings', label: B('其他政策引起的低保支出变化', 'Dibao spending change from other policies') },
  { id: 'min_wage', label: B('最低工资（无财政成本）', 'Minimum wage (no fiscal cost)') },
] as const;

/** Id of a row of the fiscal table. */
export type FiscalLeverId = (typeof FISCAL_LEVERS)[number]['id'];

const MODEL = A('模型输出。', 'Model output.');

const coreOutputs: OutputDef[] = [
  { id: 'income_per_capita', group: 'income', label: B('全体居民人均可支配收入', 'Per-capita disposable income'), description: B('全体常住居民人均可支配收入（名义），按调查城镇权重加权。', 'Per-capita disposable income of all residents, current prices, weighted by the survey urban share.'), unit: 'yuan_per_person_year', source: D('income_pc_province') },
  { id: 'income_per_capita_urban', group: 'income', label: B('城镇居民人均可支配收入', 'Urban per-capita disposable income'), description: B('城镇常住居民人均可支配收入（名义）。', 'Per-capita disposable income of urban residents, current prices.'), unit: 'yuan_per_person_year', source: D('income_pc_province') },
  { id: 'income_per_capita_rural', group: 'income', label: B('农村居民人均可支配收入', 'Rural per-capita disposable income'), description: B('农村常住居民人均可支配收入（名义）。', 'Per-capita disposable income of rural residents, current prices.'), unit: 'yuan_per_person_year', source: D('income_pc_province') },
  { id: 'income_per_capita_real', group: 'income', label: B('人均可支配收入（2020年价格）', 'Per-capita disposable income (2020 prices)'), description: B('按居民消费价格指数折算到2020年价格的人均可支配收入。', 'Per-capita disposable income deflated by the consumer price index to 2020 prices.'), unit: 'yuan_per_person_year', source: D('cpi_inflation') },
  { id: 'urban_rural_income_ratio', group: 'income', label: B('城乡居民收入倍差', 'Urban/rural income ratio'), description: B('城镇与农村居民人均可支配收入之比。', 'Urban per-capita income divided by rural per-capita income.'), unit: 'ratio', source: D('urban_rural_income_ratio') },
  { id: 'city_income_max_min_ratio', group: 'city', label: B('设区市收入最高最低倍差', 'Max/min ratio of city incomes'), description: B('11个设区市人均可支配收入的最高值与最低值之比。', 'Highest divided by lowest per-capita income of the 11 prefecture-level cities.'), unit: 'ratio', source: D('city_income_max_min_ratio') },
  { id: 'mountain_counties_income_ratio', group: 'city', label: B('山区26县与全省收入之比', '26 mountain counties ÷ province income'), description: B('山区26县居民人均可支配收入与全省之比。', 'Per-capita income of the 26 mountain counties divided by the provincial figure.'), unit: 'ratio', source: D('mountain_counties_26_census_2020') },
  { id: 'eco_counties_income_ratio', group: 'city', label: B('全省与11个生态功能区县收入倍差', 'Province ÷ 11 ecological-function counties income'), description: B('全省人均可支配收入与11个重点生态功能区县之比（县名部分未核实，示意性）。', 'Provincial per-capita income divided by that of the 11 key ecological-function counties (partly unverified list: indicative).'), unit: 'ratio', source: D('ecological_function_counties') },
  { id: 'urbanization_rate', group: 'urbanisation', label: B('常住人口城镇化率', 'Urbanisation rate'), description: B('常住人口城镇化率，逻辑斯蒂曲线从2020年普查值出发。', 'Resident urbanisation rate, a logistic curve from the 2020 census.'), unit: 'percent', source: D('census_urbanisation_rate') },
  { id: 'survey_urban_weight', group: 'urbanisation', label: B('收入调查城镇权重', 'Survey urban weight'), description: B('收入调查中城镇人口的权重（不同于城镇化率）。', 'Weight of urban residents in the income survey (not the urbanisation rate).'), unit: 'share', source: D('survey_urban_weight') },
  { id: 'labour_share_gdp', group: 'macro', label: B('劳动报酬占GDP比重', 'Labour share of GDP'), description: B('居民工资总额（含各项政策带来的工资变化）占名义GDP的比重，按2020年官方值49.7%校准；GDP按经济普查修订前口径。', 'The households’ wage bill (with every lever’s wage changes) over nominal GDP, calibrated to the official 49.7 % of 2020; GDP on the pre-revision basis.'), unit: 'percent', source: D('labour_share_gdp') },
  { id: 'income_to_gdp_pc_ratio', group: 'macro', label: B('人均可支配收入与人均GDP之比', 'Income ÷ GDP per capita'), description: B('人均可支配收入与人均地区生产总值之比（按经济普查修订前口径，避免2023年断点）。', 'Per-capita income divided by GDP per capita (on the pre-revision GDP basis, avoiding the 2023 break).'), unit: 'ratio', source: D('income_to_gdp_per_capita_ratio') },
  { id: 'gdp_nominal', group: 'macro', label: B('地区生产总值（名义）', 'GDP (nominal)'), description: B('名义地区生产总值；2023年起按第五次经济普查上调3.7%。', 'Nominal GDP; from 2023 raised 3.7 % for the fifth economic census.'), unit: 'yuan', source: D('gdp_nominal') },
  { id: 'gdp_per_capita', group: 'macro', label: B('人均地区生产总值', 'GDP per capita'), description: B('名义人均地区生产总值。', 'Nominal GDP per resident.'), unit: 'yuan_per_person', source: D('gdp_nominal') },
  { id: 'population', group: 'macro', label: B('常住人口', 'Resident population'), description: B('年末常住人口。', 'Year-end resident population.'), unit: 'persons_10k', source: D('population_yearend') },
  { id: 'budget_revenue', group: 'fiscal', label: B('一般公共预算收入', 'General budget revenue'), description: B('一般公共预算收入，随名义GDP按弹性增长。', 'General public budget revenue, growing with nominal GDP at the buoyancy assumed.'), unit: 'yuan', source: D('general_budget_revenue') },
  { id: 'price_index', group: 'macro', label: B('居民消费价格指数（2020=1）', 'Consumer price index (2020 = 1)'), description: B('居民消费价格指数，2020年为1。', 'Consumer price index, 2020 = 1.'), unit: 'ratio', source: D('cpi_inflation') },
  { id: 'hh_income_100k_500k', group: 'distribution', label: B('家庭年可支配收入10–50万元群体比例', 'Households with 100k–500k yuan a year'), description: B('家庭年可支配收入在10–50万元之间的群体比例（默认按标准三口之家口径、按人数计）。', 'Share in the 100k–500k yuan household-income band (default: standard three-person household, counted over persons).'), unit: 'percent', source: D('household_band_share') },
  { id: 'hh_income_200k_600k', group: 'distribution', label: B('家庭年可支配收入20–60万元群体比例', 'Households with 200k–600k yuan a year'), description: B('家庭年可支配收入在20–60万元之间的群体比例（口径同上）。', 'Share in the 200k–600k yuan household-income band (same definition).'), unit: 'percent', source: D('household_band_share') },
  { id: 'gini', group: 'distribution', label: B('基尼系数（人均可支配收入）', 'Gini of per-capita income'), description: B('按人加权的人均可支配收入基尼系数。', 'Person-weighted Gini coefficient of per-capita disposable income.'), unit: 'ratio', source: MODEL },
  { id: 'quintile_ratio_q5_q1', group: 'distribution', label: B('高收入组与低收入组收入之比', 'Top ÷ bottom quintile income'), description: B('按户五等份分组，高收入组与低收入组人均收入之比。', 'Top-quintile per-capita income divided by bottom-quintile, households grouped in fifths.'), unit: 'ratio', source: MODEL },
  ...(['q1', 'q2', 'q3', 'q4', 'q5'] as const).map(
    (q, i): OutputDef => ({
      id: `quintile_${q}`,
      group: 'distribution',
      label: B(`五等份第${i + 1}组人均可支配收入`, `Quintile ${i + 1} per-capita income`),
      description: B(`把全部家庭按人均收入排序、每组20%的户，第${i + 1}组的人均收入。`, `Households ranked by per-capita income in fifths; per-capita income of group ${i + 1}.`),
      unit: 'yuan_per_person_year',
      source: MODEL,
    }),
  ),
  { id: 'dibao_standard', group: 'poverty', label: B('低保标准（全省平均）', 'Dibao standard (province)'), description: B('全省平均低保标准（元/人·月）：随本情景人均可支配收入同步增长（动态调整），加上提标幅度。', 'Provincial average dibao standard (yuan per person a month): grows with the scenario’s own per-capita income (dynamic adjustment), plus any uplift.'), unit: 'yuan_per_person_month', source: D('dibao_standard') },
  { id: 'dibao_growth_vs_income_growth', group: 'poverty', label: B('低保标准增幅减人均收入增幅（2020年起）', 'Dibao growth minus income growth since 2020'), description: B('2020年以来低保标准的累计增幅减去人均可支配收入的累计增幅（百分点）：规划“低保标准增幅不低于人均可支配收入增幅”按规划期判断。', 'Growth of the dibao standard since 2020 minus that of per-capita income over the same span, in points: the plan’s “dibao growth not below income growth”, judged over the plan period.'), unit: 'pp', source: D('dibao_standard') },
  { id: 'dibao_recipients', group: 'poverty', label: B('低保对象人数', 'Dibao recipients'), description: B('领取低保的人数。', 'Persons receiving dibao.'), unit: 'persons', source: D('dibao_recipients') },
  { id: 'persons_below_dibao', group: 'poverty', label: B('收入低于低保标准人数', 'Persons below the dibao line'), description: B('人均收入低于基准低保标准的人数（转移支付后）。', 'Persons with per-capita income below the baseline dibao line, after transfers.'), unit: 'persons', source: MODEL },
  { id: 'persons_below_1_5_dibao', group: 'poverty', label: B('收入低于1.5倍低保标准人数', 'Persons below 1.5 × the dibao line'), description: B('人均收入低于1.5倍基准低保标准的人数。', 'Persons below 1.5 times the baseline dibao line.'), unit: 'persons', source: MODEL },
  { id: 'persons_below_2_dibao', group: 'poverty', label: B('收入低于2倍低保标准人数', 'Persons below 2 × the dibao line'), description: B('人均收入低于2倍基准低保标准的人数。', 'Persons below twice the baseline dibao line.'), unit: 'persons', source: MODEL },
  { id: 'pension_base', group: 'poverty', label: B('居民基础养老金', 'Resident basic pension'), description: B('城乡居民基础养老金（元/月）：基准路径加上提高额。', 'Resident basic pension (yuan a month): baseline path plus any uplift.'), unit: 'yuan_per_person_month', source: D('resident_pension_min_zhejiang') },
  { id: 'min_wage_tier1', group: 'labour', label: B('一档月最低工资', 'Tier-1 monthly minimum wage'), description: B('一档月最低工资标准：已公布标准加上上调幅度。', 'Tier-1 monthly minimum wage: the enacted path plus any uplift.'), unit: 'yuan_per_month', source: D('min_wage_monthly') },
  { id: 'urban_unemployment_rate', group: 'labour', label: B('城镇调查失业率', 'Urban surveyed unemployment'), description: B('城镇调查失业率：奥肯定律（实际增速相对潜在增速）加上最低工资造成的城镇失业；2020年起点为假设（浙江数值未找到）。', 'Urban surveyed unemployment: Okun’s law (actual against potential growth) plus the urban jobs the minimum wage costs; it starts from an assumed 2020 level (the Zhejiang figure was not found).'), unit: 'percent', source: D('labour_market_2020_national_context') },
  { id: 'new_urban_jobs_cumulative', group: 'labour', label: B('累计城镇新增就业（2021年起）', 'Cumulative new urban jobs since 2021'), description: B('2021年起累计城镇新增就业：城镇就业增量（城镇化、人口、失业率）加上岗位更替（更替率为假设）。', 'New urban jobs since 2021, cumulative: growth of urban employment (urbanisation, population, unemployment) plus the replacement of vacated jobs (an assumed rate).'), unit: 'persons_10k', source: D('labour_market_2020_national_context') },
  { id: 'agri_labour_productivity', group: 'labour', label: B('农业劳动生产率', 'Agricultural labour productivity'), description: B('农业增加值除以农业从业人员（2020年起点为假设，简化代理）。', 'Agricultural value added per farm worker (assumed 2020 level; a light proxy).'), unit: 'yuan_per_worker', source: A('数据缺口；由假设起点推算。', 'Data gap; projected from an assumed 2020 level.') },
  { id: 'financing_levy', group: 'fiscal', label: B('居民比例税筹资额', 'Proportional household tax raised'), description: B('财政来源为居民比例税时，当年按可支配收入同比例向全体家庭征收的金额（等于当年净财政成本；举债时为0）。', 'When fiscal levers are financed by a proportional household tax: the amount levied in the year on every household in proportion to its disposable income (the year’s net fiscal cost; 0 under borrowing).'), unit: 'yuan', source: MODEL },
  { id: 'employer_cost_min_wage', group: 'labour', label: B('最低工资上调的企业成本', 'Employer cost of the minimum-wage uplift'), description: B('最低工资上调给企业带来的工资及社保成本（非财政成本）。', 'Wage and social-insurance cost to employers of the minimum-wage uplift (not a fiscal cost).'), unit: 'yuan', source: MODEL },
];

const cityOutputs: OutputDef[] = CITIES.map((c) => ({
  id: `city_income_${c}`,
  group: 'city',
  label: B(`${CITY_NAMES[c].zh}市居民人均可支配收入`, `${CITY_NAMES[c].en} per-capita disposable income`),
  description: B(`${CITY_NAMES[c].zh}市常住居民人均可支配收入（城镇与农村按调查权重加权）。`, `Per-capita disposable income of ${CITY_NAMES[c].en} residents (urban and rural weighted by the survey share).`),
  unit: 'yuan_per_person_year',
  source: D('city_income_2020_approx'),
}));

const FISCAL_DESCRIPTION = B('相对基准政策路径的年度财政支出增量（负值为增收或节支）。', 'Extra yearly public spending relative to the baseline policy path (negative: extra revenue or savings).');

const fiscalOutputs: OutputDef[] = [...FISCAL_LEVERS, { id: 'total', label: B('合计', 'Total') }].flatMap(({ id, label }) => [
  { id: `fiscal_cost_${id}`, group: 'fiscal' as const, label: B(`财政成本：${label.zh}`, `Fiscal cost: ${label.en}`), description: FISCAL_DESCRIPTION, unit: 'yuan' as const, source: MODEL },
  { id: `fiscal_cost_${id}_pct_revenue`, group: 'fiscal' as const, label: B(`财政成本占预算收入：${label.zh}`, `Fiscal cost, % of revenue: ${label.en}`), description: B('当年财政成本占一般公共预算收入的百分比。', 'The year’s fiscal cost as a percentage of general budget revenue.'), unit: 'percent' as const, source: MODEL },
  { id: `fiscal_cost_${id}_pct_gdp`, group: 'fiscal' as const, label: B(`财政成本占GDP：${label.zh}`, `Fiscal cost, % of GDP: ${label.en}`), description: B('当年财政成本占地区生产总值的百分比。', 'The year’s fiscal cost as a percentage of GDP.'), unit: 'percent' as const, source: MODEL },
  { id: `fiscal_cost_${id}_cumulative`, group: 'fiscal' as const, label: B(`累计财政成本（2021年起）：${label.zh}`, `Cumulative fiscal cost since 2021: ${label.en}`), description: B('2021年至当年财政成本之和（2025年即2021–2025年累计）。', 'Fiscal cost summed from 2021 to the year (in 2025: the 2021–2025 total).'), unit: 'yuan' as const, source: MODEL },
]);

/** Every model output series. */
export const OUTPUTS: readonly OutputDef[] = [...coreOutputs, ...cityOutputs, ...fiscalOutputs];

const outputsById = new Map(OUTPUTS.map((o) => [o.id, o]));

/** Looks an output up by id. */
export function findOutput(id: string): OutputDef | undefined {
  return outputsById.get(id);
}

/** The plan's 2025 targets for modelled outputs (plan-targets.json, kind "modeled"), with the basis of each verdict. */
export const TARGETS: readonly TargetDef[] = [
  { outputId: 'income_per_capita', comparator: '>=', value: 75000, year: 2025, basis: 'model' },
  { outputId: 'labour_share_gdp', comparator: '>', value: 50, year: 2025, basis: 'model' },
  { outputId: 'income_to_gdp_pc_ratio', comparator: 'rising', value: 0, year: 2025, basis: 'model' },
  { outputId: 'hh_income_100k_500k', comparator: '>=', value: 80, year: 2025, basis: 'model' },
  { outputId: 'hh_income_200k_600k', comparator: '>=', value: 45, year: 2025, basis: 'model' },
  { outputId: 'urbanization_rate', comparator: '>=', value: 75, year: 2025, basis: 'model' },
  { outputId: 'urban_rural_income_ratio', comparator: '<=', value: 1.9, year: 2025, basis: 'model' },
  { outputId: 'city_income_max_min_ratio', comparator: '<=', value: 1.55, year: 2025, basis: 'model' },
  { outputId: 'dibao_growth_vs_income_growth', comparator: '>=', value: 0, year: 2025, basis: 'model' },
  { outputId: 'new_urban_jobs_cumulative', comparator: '>=', value: 500, year: 2025, basis: 'assumed-level', assumption: 'urban_job_replacement_rate' },
  { outputId: 'urban_unemployment_rate', comparator: '<', value: 5.5, year: 2025, basis: 'assumed-level', assumption: 'unemployment_2020' },
  { outputId: 'agri_labour_productivity', comparator: '>=', value: 55000, year: 2025, basis: 'assumed-level', assumption: 'agri_productivity_2020' },
  { outputId: 'eco_counties_income_ratio', comparator: '<=', value: 1.5, year: 2025, basis: 'assumed-level', assumption: 'eco_income_factor' },
];
