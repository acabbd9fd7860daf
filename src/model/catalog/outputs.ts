/** Every model output series, with its unit and source. */
import { CITIES, CITY_NAMES, type CityId } from '../data/baseline';
import { A, B, D } from './builders';
import { FISCAL_LEVERS, type FiscalLeverId } from './fiscal-levers';
import type { OutputDef } from './types';

const MODEL = A('模型输出。', 'Model output.');

const coreOutputs = [
  {
    id: 'income_per_capita',
    group: 'income',
    label: B('全体居民人均可支配收入', 'Per-capita disposable income'),
    description: B(
      '全体常住居民人均可支配收入（名义），按调查城镇权重加权。',
      'Per-capita disposable income of all residents, current prices, weighted by the survey urban share.',
    ),
    unit: 'yuan_per_person_year',
    source: D('income_pc_province'),
  },
  {
    id: 'income_per_capita_urban',
    group: 'income',
    label: B('城镇居民人均可支配收入', 'Urban per-capita disposable income'),
    description: B('城镇常住居民人均可支配收入（名义）。', 'Per-capita disposable income of urban residents, current prices.'),
    unit: 'yuan_per_person_year',
    source: D('income_pc_province'),
  },
  {
    id: 'income_per_capita_rural',
    group: 'income',
    label: B('农村居民人均可支配收入', 'Rural per-capita disposable income'),
    description: B('农村常住居民人均可支配收入（名义）。', 'Per-capita disposable income of rural residents, current prices.'),
    unit: 'yuan_per_person_year',
    source: D('income_pc_province'),
  },
  {
    id: 'income_per_capita_real',
    group: 'income',
    label: B('人均可支配收入（2020年价格）', 'Per-capita disposable income (2020 prices)'),
    description: B('按居民消费价格指数折算到2020年价格的人均可支配收入。', 'Per-capita disposable income deflated by the consumer price index to 2020 prices.'),
    unit: 'yuan_per_person_year',
    source: D('cpi_inflation'),
  },
  {
    id: 'urban_rural_income_ratio',
    group: 'income',
    label: B('城乡居民收入倍差', 'Urban/rural income ratio'),
    description: B('城镇与农村居民人均可支配收入之比。', 'Urban per-capita income divided by rural per-capita income.'),
    unit: 'ratio',
    source: D('urban_rural_income_ratio'),
  },
  {
    id: 'city_income_max_min_ratio',
    group: 'city',
    label: B('设区市收入最高最低倍差', 'Max/min ratio of city incomes'),
    description: B('11个设区市人均可支配收入的最高值与最低值之比。', 'Highest divided by lowest per-capita income of the 11 prefecture-level cities.'),
    unit: 'ratio',
    source: D('city_income_max_min_ratio'),
  },
  {
    id: 'mountain_counties_income_ratio',
    group: 'city',
    label: B('山区26县与全省收入之比', '26 mountain counties ÷ province income'),
    description: B('山区26县居民人均可支配收入与全省之比。', 'Per-capita income of the 26 mountain counties divided by the provincial figure.'),
    unit: 'ratio',
    source: D('mountain_counties_26_census_2020'),
  },
  {
    id: 'eco_counties_income_ratio',
    group: 'city',
    label: B('全省与11个生态功能区县收入倍差', 'Province ÷ 11 ecological-function counties income'),
    description: B(
      '全省人均可支配收入与11个重点生态功能区县之比（县名部分未核实，示意性）。',
      'Provincial per-capita income divided by that of the 11 key ecological-function counties (partly unverified list: indicative).',
    ),
    unit: 'ratio',
    source: D('ecological_function_counties'),
  },
  {
    id: 'urbanization_rate',
    group: 'urbanisation',
    label: B('常住人口城镇化率', 'Urbanisation rate'),
    description: B('常住人口城镇化率，逻辑斯蒂曲线从2020年普查值出发。', 'Resident urbanisation rate, a logistic curve from the 2020 census.'),
    unit: 'percent',
    source: D('census_urbanisation_rate'),
  },
  {
    id: 'survey_urban_weight',
    group: 'urbanisation',
    label: B('收入调查城镇权重', 'Survey urban weight'),
    description: B('收入调查中城镇人口的权重（不同于城镇化率）。', 'Weight of urban residents in the income survey (not the urbanisation rate).'),
    unit: 'share',
    source: D('survey_urban_weight'),
  },
  {
    id: 'labour_share_gdp',
    group: 'macro',
    label: B('劳动报酬占GDP比重', 'Labour share of GDP'),
    description: B(
      '居民工资总额（含各项政策带来的工资变化）占名义GDP的比重，按2020年官方值49.7%校准；GDP按经济普查修订前口径。',
      'The households’ wage bill (with every lever’s wage changes) over nominal GDP, calibrated to the official 49.7 % of 2020; GDP on the pre-revision basis.',
    ),
    unit: 'percent',
    source: D('labour_share_gdp'),
  },
  {
    id: 'income_to_gdp_pc_ratio',
    group: 'macro',
    label: B('人均可支配收入与人均GDP之比', 'Income ÷ GDP per capita'),
    description: B(
      '人均可支配收入与人均地区生产总值之比（按经济普查修订前口径，避免2023年断点）。',
      'Per-capita income divided by GDP per capita (on the pre-revision GDP basis, avoiding the 2023 break).',
    ),
    unit: 'ratio',
    source: D('income_to_gdp_per_capita_ratio'),
  },
  {
    id: 'gdp_nominal',
    group: 'macro',
    label: B('地区生产总值（名义）', 'GDP (nominal)'),
    description: B('名义地区生产总值；2023年起按第五次经济普查上调3.7%。', 'Nominal GDP; from 2023 raised 3.7 % for the fifth economic census.'),
    unit: 'yuan',
    source: D('gdp_nominal'),
  },
  {
    id: 'gdp_per_capita',
    group: 'macro',
    label: B('人均地区生产总值', 'GDP per capita'),
    description: B('名义人均地区生产总值。', 'Nominal GDP per resident.'),
    unit: 'yuan_per_person',
    source: D('gdp_nominal'),
  },
  {
    id: 'population',
    group: 'macro',
    label: B('常住人口', 'Resident population'),
    description: B('年末常住人口。', 'Year-end resident population.'),
    unit: 'persons_10k',
    source: D('population_yearend'),
  },
  {
    id: 'budget_revenue',
    group: 'fiscal',
    label: B('一般公共预算收入', 'General budget revenue'),
    description: B('一般公共预算收入，随名义GDP按弹性增长。', 'General public budget revenue, growing with nominal GDP at the buoyancy assumed.'),
    unit: 'yuan',
    source: D('general_budget_revenue'),
  },
  {
    id: 'price_index',
    group: 'macro',
    label: B('居民消费价格指数（2020=1）', 'Consumer price index (2020 = 1)'),
    description: B('居民消费价格指数，2020年为1。', 'Consumer price index, 2020 = 1.'),
    unit: 'ratio',
    source: D('cpi_inflation'),
  },
  {
    id: 'hh_income_100k_500k',
    group: 'distribution',
    label: B('家庭年可支配收入10–50万元群体比例', 'Households with 100k–500k yuan a year'),
    description: B(
      '家庭年可支配收入在10–50万元之间的群体比例（默认按标准三口之家口径、按人数计）。',
      'Share in the 100k–500k yuan household-income band (default: standard three-person household, counted over persons).',
    ),
    unit: 'percent',
    source: D('household_band_share'),
  },
  {
    id: 'hh_income_200k_600k',
    group: 'distribution',
    label: B('家庭年可支配收入20–60万元群体比例', 'Households with 200k–600k yuan a year'),
    description: B('家庭年可支配收入在20–60万元之间的群体比例（口径同上）。', 'Share in the 200k–600k yuan household-income band (same definition).'),
    unit: 'percent',
    source: D('household_band_share'),
  },
  {
    id: 'gini',
    group: 'distribution',
    label: B('基尼系数（人均可支配收入）', 'Gini of per-capita income'),
    description: B('按人加权的人均可支配收入基尼系数。', 'Person-weighted Gini coefficient of per-capita disposable income.'),
    unit: 'ratio',
    source: MODEL,
  },
  {
    id: 'quintile_ratio_q5_q1',
    group: 'distribution',
    label: B('高收入组与低收入组收入之比', 'Top ÷ bottom quintile income'),
    description: B(
      '按户五等份分组，高收入组与低收入组人均收入之比。',
      'Top-quintile per-capita income divided by bottom-quintile, households grouped in fifths.',
    ),
    unit: 'ratio',
    source: MODEL,
  },
  ...(['q1', 'q2', 'q3', 'q4', 'q5'] as const).map((q, i): OutputDef<`quintile_${typeof q}`> => ({
    id: `quintile_${q}` as const,
    group: 'distribution',
    label: B(`五等份第${i + 1}组人均可支配收入`, `Quintile ${i + 1} per-capita income`),
    description: B(
      `把全部家庭按人均收入排序、每组20%的户，第${i + 1}组的人均收入。`,
      `Households ranked by per-capita income in fifths; per-capita income of group ${i + 1}.`,
    ),
    unit: 'yuan_per_person_year',
    source: MODEL,
  })),
  {
    id: 'dibao_standard',
    group: 'poverty',
    label: B('低保标准（全省平均）', 'Dibao standard (province)'),
    description: B(
      '全省平均低保标准（元/人·月）：随本情景人均可支配收入同步增长（动态调整），加上提标幅度。',
      'Provincial average dibao standard (yuan per person a month): grows with the scenario’s own per-capita income (dynamic adjustment), plus any uplift.',
    ),
    unit: 'yuan_per_person_month',
    source: D('dibao_standard'),
  },
  {
    id: 'dibao_growth_vs_income_growth',
    group: 'poverty',
    label: B('低保标准增幅减人均收入增幅（2020年起）', 'Dibao growth minus income growth since 2020'),
    description: B(
      '2020年以来低保标准的累计增幅减去人均可支配收入的累计增幅（百分点）：规划“低保标准增幅不低于人均可支配收入增幅”按规划期判断。',
      'Growth of the dibao standard since 2020 minus that of per-capita income over the same span, in points: the plan’s “dibao growth not below income growth”, judged over the plan period.',
    ),
    unit: 'pp',
    source: D('dibao_standard'),
  },
  {
    id: 'dibao_recipients',
    group: 'poverty',
    label: B('低保对象人数', 'Dibao recipients'),
    description: B('领取低保的人数。', 'Persons receiving dibao.'),
    unit: 'persons',
    source: D('dibao_recipients'),
  },
  {
    id: 'persons_below_dibao',
    group: 'poverty',
    label: B('收入低于低保标准人数', 'Persons below the dibao line'),
    description: B('人均收入低于基准低保标准的人数（转移支付后）。', 'Persons with per-capita income below the baseline dibao line, after transfers.'),
    unit: 'persons',
    source: MODEL,
  },
  {
    id: 'persons_below_1_5_dibao',
    group: 'poverty',
    label: B('收入低于1.5倍低保标准人数', 'Persons below 1.5 × the dibao line'),
    description: B('人均收入低于1.5倍基准低保标准的人数。', 'Persons below 1.5 times the baseline dibao line.'),
    unit: 'persons',
    source: MODEL,
  },
  {
    id: 'persons_below_2_dibao',
    group: 'poverty',
    label: B('收入低于2倍低保标准人数', 'Persons below 2 × the dibao line'),
    description: B('人均收入低于2倍基准低保标准的人数。', 'Persons below twice the baseline dibao line.'),
    unit: 'persons',
    source: MODEL,
  },
  {
    id: 'pension_base',
    group: 'poverty',
    label: B('居民基础养老金', 'Resident basic pension'),
    description: B('城乡居民基础养老金（元/月）：基准路径加上提高额。', 'Resident basic pension (yuan a month): baseline path plus any uplift.'),
    unit: 'yuan_per_person_month',
    source: D('resident_pension_min_zhejiang'),
  },
  {
    id: 'min_wage_tier1',
    group: 'labour',
    label: B('一档月最低工资', 'Tier-1 monthly minimum wage'),
    description: B('一档月最低工资标准：已公布标准加上上调幅度。', 'Tier-1 monthly minimum wage: the enacted path plus any uplift.'),
    unit: 'yuan_per_month',
    source: D('min_wage_monthly'),
  },
  {
    id: 'urban_unemployment_rate',
    group: 'labour',
    label: B('城镇调查失业率', 'Urban surveyed unemployment'),
    description: B(
      '城镇调查失业率：奥肯定律（实际增速相对潜在增速）加上最低工资造成的城镇失业；2020年起点为假设（浙江数值未找到）。',
      'Urban surveyed unemployment: Okun’s law (actual against potential growth) plus the urban jobs the minimum wage costs; it starts from an assumed 2020 level (the Zhejiang figure was not found).',
    ),
    unit: 'percent',
    source: D('labour_market_2020_national_context'),
  },
  {
    id: 'new_urban_jobs_cumulative',
    group: 'labour',
    label: B('累计城镇新增就业（2021年起）', 'Cumulative new urban jobs since 2021'),
    description: B(
      '2021年起累计城镇新增就业：城镇就业增量（城镇化、人口、失业率）加上岗位更替（更替率为假设）。',
      'New urban jobs since 2021, cumulative: growth of urban employment (urbanisation, population, unemployment) plus the replacement of vacated jobs (an assumed rate).',
    ),
    unit: 'persons_10k',
    source: D('labour_market_2020_national_context'),
  },
  {
    id: 'agri_labour_productivity',
    group: 'labour',
    label: B('农业劳动生产率', 'Agricultural labour productivity'),
    description: B(
      '农业增加值除以农业从业人员（2020年起点为假设，简化代理）。',
      'Agricultural value added per farm worker (assumed 2020 level; a light proxy).',
    ),
    unit: 'yuan_per_worker',
    source: A('数据缺口；由假设起点推算。', 'Data gap; projected from an assumed 2020 level.'),
  },
  {
    id: 'financing_levy',
    group: 'fiscal',
    label: B('居民比例税筹资额', 'Proportional household tax raised'),
    description: B(
      '财政来源为居民比例税时，当年按可支配收入同比例向全体家庭征收的金额（等于当年净财政成本；举债时为0）。',
      'When fiscal levers are financed by a proportional household tax: the amount levied in the year on every household in proportion to its disposable income (the year’s net fiscal cost; 0 under borrowing).',
    ),
    unit: 'yuan',
    source: MODEL,
  },
  {
    id: 'employer_cost_min_wage',
    group: 'labour',
    label: B('最低工资上调的企业成本', 'Employer cost of the minimum-wage uplift'),
    description: B(
      '最低工资上调给企业带来的工资及社保成本（非财政成本）。',
      'Wage and social-insurance cost to employers of the minimum-wage uplift (not a fiscal cost).',
    ),
    unit: 'yuan',
    source: MODEL,
  },
] as const satisfies readonly OutputDef[];
const cityOutputs: readonly OutputDef<CityOutputId>[] = CITIES.map((c) => ({
  id: `city_income_${c}` as const,
  group: 'city',
  label: B(`${CITY_NAMES[c].zh}市居民人均可支配收入`, `${CITY_NAMES[c].en} per-capita disposable income`),
  description: B(
    `${CITY_NAMES[c].zh}市常住居民人均可支配收入（城镇与农村按调查权重加权）。`,
    `Per-capita disposable income of ${CITY_NAMES[c].en} residents (urban and rural weighted by the survey share).`,
  ),
  unit: 'yuan_per_person_year',
  source: D('city_income_2020_approx'),
}));

const FISCAL_DESCRIPTION = B(
  '相对基准政策路径的年度财政支出增量（负值为增收或节支）。',
  'Extra yearly public spending relative to the baseline policy path (negative: extra revenue or savings).',
);

const fiscalOutputs: readonly OutputDef<FiscalOutputId>[] = [...FISCAL_LEVERS, { id: 'total' as const, label: B('合计', 'Total') }].flatMap(({ id, label }) => [
  {
    id: `fiscal_cost_${id}` as const,
    group: 'fiscal' as const,
    label: B(`财政成本：${label.zh}`, `Fiscal cost: ${label.en}`),
    description: FISCAL_DESCRIPTION,
    unit: 'yuan' as const,
    source: MODEL,
  },
  {
    id: `fiscal_cost_${id}_pct_revenue` as const,
    group: 'fiscal' as const,
    label: B(`财政成本占预算收入：${label.zh}`, `Fiscal cost, % of revenue: ${label.en}`),
    description: B('当年财政成本占一般公共预算收入的百分比。', 'The year’s fiscal cost as a percentage of general budget revenue.'),
    unit: 'percent' as const,
    source: MODEL,
  },
  {
    id: `fiscal_cost_${id}_pct_gdp` as const,
    group: 'fiscal' as const,
    label: B(`财政成本占GDP：${label.zh}`, `Fiscal cost, % of GDP: ${label.en}`),
    description: B('当年财政成本占地区生产总值的百分比。', 'The year’s fiscal cost as a percentage of GDP.'),
    unit: 'percent' as const,
    source: MODEL,
  },
  {
    id: `fiscal_cost_${id}_cumulative` as const,
    group: 'fiscal' as const,
    label: B(`累计财政成本（2021年起）：${label.zh}`, `Cumulative fiscal cost since 2021: ${label.en}`),
    description: B('2021年至当年财政成本之和（2025年即2021–2025年累计）。', 'Fiscal cost summed from 2021 to the year (in 2025: the 2021–2025 total).'),
    unit: 'yuan' as const,
    source: MODEL,
  },
]);

/** The id of a city's income series. */
type CityOutputId = `city_income_${CityId}`;
/** The id of a fiscal-cost series: a fiscal lever or the total, in yuan, as a share, or summed since 2021. */
type FiscalOutputId = `fiscal_cost_${FiscalLeverId | 'total'}${'' | '_pct_revenue' | '_pct_gdp' | '_cumulative'}`;
/** The id of a model output series: a misspelt id fails the type-check. */
export type OutputId = (typeof coreOutputs)[number]['id'] | CityOutputId | FiscalOutputId;

/** Every model output series. */
export const OUTPUTS: readonly OutputDef<OutputId>[] = [...coreOutputs, ...cityOutputs, ...fiscalOutputs];

const outputsById: ReadonlyMap<string, OutputDef<OutputId>> = new Map(OUTPUTS.map((o) => [o.id, o]));

/** Looks an output up by id: a catalog id always finds its output; any other text finds none. */
export function findOutput(id: OutputId): OutputDef<OutputId>;
export function findOutput(id: string): OutputDef<OutputId> | undefined;
export function findOutput(id: string): OutputDef<OutputId> | undefined {
  return outputsById.get(id);
}
