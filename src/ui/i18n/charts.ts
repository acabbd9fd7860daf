import type { TargetDef, Unit } from '../../model/catalog';
import type { Language } from './messages';

/** How a target stands in 2025, as the scorecard reports it. */
export type ChartTargetState = 'reached' | 'within_reach' | 'missed' | 'not_projected' | 'no_data';

/** A household income component, as the typical-household view lists them. */
export type HouseholdComponent = 'wage' | 'business' | 'property' | 'transfers' | 'dibao' | 'total';

/** Every string of the chart views, in one language. Both dictionaries implement all of it. */
export interface ChartText {
  readonly baseline: string;
  readonly scenario: string;
  readonly modifiedBaseline: string;
  /** The target line's label: "目标 ≥ 7.50万元（2025年）". */
  readonly target: (comparator: TargetDef['comparator'], symbol: string, value: string, year: number) => string;
  readonly targetColumn: string;
  readonly yearAxis: string;
  readonly year: (year: number) => string;
  /** The chart's subtitle: year range, unit and source. */
  readonly subtitle: (from: number, to: number, unit: string, source: string) => string;
  /** What the fan on a trajectory shows, with its draws and seed. */
  readonly fanNote: (drawsAndSeed: string) => string;
  readonly sourceData: (key: string) => string;
  readonly units: Readonly<Record<Unit, string>>;
  readonly chartLabel: (title: string, subtitle: string) => string;
  readonly dataTable: string;
  readonly noSeries: string;
  readonly computing: string;
  readonly smallMultiplesHeading: string;
  readonly smallMultiplesHint: string;
  readonly shownAbove: string;
  /** A small multiple's unit after its title (its axis labels are numbers in it). */
  readonly axisUnit: (unit: string) => string;
  /** The legend under a chart: its group name, and the hint on each series' switch. */
  readonly legend: string;
  readonly legendToggle: string;
  readonly states: Readonly<Record<ChartTargetState, string>>;
  readonly targetFor: (comparator: TargetDef['comparator'], symbol: string, value: string, year: number) => string;
  // City view
  readonly yearSelect: string;
  readonly cityTitle: (year: number) => string;
  readonly cityAxis: string;
  readonly cityColumn: string;
  readonly citySource: string;
  readonly ratioSentence: (year: number, scenario: string, baseline: string) => string;
  readonly ratioTarget: (target: string, year: number, state: string) => string;
  // Distribution view
  readonly histogramTitle: (year: number) => string;
  readonly histogramX: string;
  readonly histogramY: string;
  readonly bandColumn: string;
  readonly bandLabel: (from: string, to: string | null) => string;
  readonly convention: string;
  readonly distributionSource: string;
  readonly range100k500k: string;
  readonly range200k600k: string;
  readonly bandShareSentence: (year: number, range: string, scenario: string, baseline: string) => string;
  readonly lorenzTitle: (year: number) => string;
  readonly lorenzX: string;
  readonly lorenzY: string;
  readonly equality: string;
  readonly giniSentence: (year: number, scenario: string, baseline: string) => string;
  // Who gains (distribution view)
  readonly whoGainsHeading: string;
  readonly whoGainsNote: string;
  /** The comparison chart's title suffix. */
  readonly compareTitle: string;
  /** Shown over the last exact comparison while a slider moves (previews leave "who gains" to the exact run). */
  readonly whoGainsUpdating: string;
  readonly whoGainsCut: string;
  readonly whoGainsShowAs: string;
  readonly whoGainsYuan: string;
  readonly whoGainsPercent: string;
  readonly whoGainsTitle: (year: number, cut: string) => string;
  readonly whoGainsX: string;
  readonly whoGainsYYuan: string;
  readonly whoGainsYPercent: string;
  readonly whoGainsSeries: string;
  readonly whoGainsSource: string;
  readonly decileColumn: string;
  readonly decileLabel: (decile: string) => string;
  readonly whoGainsShares: (year: number, gain: string, lose: string, none: string) => string;
  readonly whoGainsMean: (yuan: string, percent: string) => string;
  readonly yuanAmount: (value: string) => string;
  readonly povertyCaption: (year: number, cut: string) => string;
  readonly povertyLine: (multiple: string) => string;
  readonly povertyColumn: string;
  readonly changeColumn: string;
  // Household view
  readonly householdControls: string;
  readonly city: string;
  readonly area: string;
  readonly urban: string;
  readonly rural: string;
  readonly size: string;
  readonly sizeOption: (n: number) => string;
  readonly percentile: string;
  readonly percentileOption: (p: number) => string;
  readonly householdTitle: string;
  readonly householdSource: string;
  readonly householdUnit: string;
  readonly threshold100k: string;
  readonly threshold200k: string;
  readonly components: Readonly<Record<HouseholdComponent, string>>;
  readonly componentColumn: string;
  readonly householdTableCaption: string;
  readonly firstYearSentence: (path: string, y100k: string, y200k: string) => string;
  readonly notBy2035: string;
  readonly inYear: (year: number) => string;
}

const zh: ChartText = {
  baseline: '基准',
  scenario: '情景',
  modifiedBaseline: '基准（按当前假设）',
  target: (comparator, symbol, value, year) => (comparator === 'rising' ? `目标：逐年提高（至${year}年）` : `目标 ${symbol} ${value}（${year}年）`),
  targetColumn: '目标',
  yearAxis: '年份',
  year: (year) => `${year}年`,
  subtitle: (from, to, unit, source) => `${from === to ? from : `${from}–${to}`}年 · 单位：${unit} · 来源：${source}`,
  fanNote: (drawsAndSeed) => `阴影：P10–P90（深）、P5–P95（浅），${drawsAndSeed}`,
  sourceData: (key) => `浙江基准数据（${key}），2021年起为模型预测`,
  units: {
    yuan_per_person_year: '万元/人·年',
    persons_per_household: '人/户',
    yuan_per_person_month: '元/人·月',
    yuan_per_month: '元/月',
    yuan_per_worker: '万元/人',
    yuan_per_person: '万元/人',
    yuan: '亿元',
    yuan_bn_per_year: '亿元/年',
    percent: '%',
    percent_per_year: '%/年',
    pp: '百分点',
    pp_per_year: '百分点/年',
    ratio: '倍',
    share: '比例',
    persons: '万人',
    persons_10k: '万人',
    persons_million: '万人',
    per_year: '每年',
    elasticity: '弹性',
    choice: '选项',
  },
  chartLabel: (title, subtitle) => `图表：${title}。${subtitle}。数据见下方数据表。`,
  dataTable: '数据表',
  noSeries: '该指标没有模型轨迹（跟踪指标）。请从下方选择一个模型指标。',
  computing: '计算中…',
  smallMultiplesHeading: '模型目标一览',
  smallMultiplesHint: '（点击或按回车键放大）',
  shownAbove: '已放大',
  axisUnit: (unit) => `（${unit}）`,
  legend: '图例',
  legendToggle: '点击隐藏或显示该序列',
  states: { reached: '✓ 已达标', within_reach: '◐ 2027年前可达', missed: '✗ 未达标', not_projected: '… 未预测', no_data: '— 无数据' },
  targetFor: (comparator, symbol, value, year) => (comparator === 'rising' ? `目标：${year}年前逐年提高` : `目标：${year}年 ${symbol} ${value}`),
  yearSelect: '年份',
  cityTitle: (year) => `${year}年各设区市居民人均可支配收入`,
  cityAxis: '设区市',
  cityColumn: '设区市',
  citySource: '浙江基准数据（city_income_2020_approx），2021年起为模型预测',
  ratioSentence: (year, scenario, baseline) => `${year}年设区市居民收入最高最低倍差：情景 ${scenario}，基准 ${baseline}。`,
  ratioTarget: (target, year, state) => `规划目标：${year}年 ${target}；情景 ${state}。`,
  histogramTitle: (year) => `${year}年家庭年可支配收入分布`,
  histogramX: '家庭年可支配收入（万元）',
  histogramY: '人口占比（%）',
  bandColumn: '收入段（万元）',
  bandLabel: (from, to) => (to === null ? `≥${from}` : `${from}–${to}`),
  convention: '标准三口之家口径',
  distributionSource: '模型计算（合成家庭微观模拟）',
  range100k500k: '10–50万元',
  range200k600k: '20–60万元',
  bandShareSentence: (year, range, scenario, baseline) => `${year}年家庭年可支配收入${range}群体比例：情景 ${scenario}，基准 ${baseline}。`,
  lorenzTitle: (year) => `${year}年洛伦兹曲线（人均可支配收入）`,
  lorenzX: '人口累计占比',
  lorenzY: '收入累计占比',
  equality: '绝对平等线',
  giniSentence: (year, scenario, baseline) => `${year}年基尼系数：情景 ${scenario}，基准 ${baseline}。`,
  whoGainsHeading: '谁受益',
  compareTitle: '情景比较',
  whoGainsUpdating: '滑块移动中：下面是上一次精确计算的结果，松开滑块后更新。',
  whoGainsNote: '情景与同一假设下的基准（政策杠杆均为默认值）逐户比较；人口按基准人均可支配收入分为十个等份。',
  whoGainsCut: '人群',
  whoGainsShowAs: '显示为',
  whoGainsYuan: '元',
  whoGainsPercent: '百分比',
  whoGainsTitle: (year, cut) => `${year}年${cut}各收入十分位组人均可支配收入变化`,
  whoGainsX: '基准人均可支配收入十分位组（1 = 最低）',
  whoGainsYYuan: '元/人·年',
  whoGainsYPercent: '%',
  whoGainsSeries: '情景较基准的变化',
  whoGainsSource: '模型计算（情景与同一假设下的基准逐户比较）',
  decileColumn: '十分位组',
  decileLabel: (decile) => `第${decile}组`,
  whoGainsShares: (year, gain, lose, none) => `${year}年：收入增加超过1%的人口占 ${gain}，减少超过1%的占 ${lose}，变化不超过1%的占 ${none}。`,
  whoGainsMean: (yuan, percent) => `人均可支配收入平均变化：${yuan}（${percent}）。`,
  yuanAmount: (value) => `${value}元`,
  povertyCaption: (year, cut) => `${year}年${cut}收入低于低保标准倍数的人数（人；两者均按基准的各市低保标准）`,
  povertyLine: (multiple) => `低于${multiple}倍低保标准`,
  povertyColumn: '收入线',
  changeColumn: '变化',
  householdControls: '选择典型家庭',
  city: '城市',
  area: '城乡',
  urban: '城镇',
  rural: '农村',
  size: '家庭人口',
  sizeOption: (n) => `${n}人`,
  percentile: '收入位次（本市城镇或农村内）',
  percentileOption: (p) => `第${p}百分位`,
  householdTitle: '典型家庭年可支配收入',
  householdSource: '模型计算（所选家庭的收入路径）',
  householdUnit: '万元/户·年',
  threshold100k: '10万元',
  threshold200k: '20万元',
  components: { wage: '工资性收入', business: '经营净收入', property: '财产净收入', transfers: '转移净收入', dibao: '低保金', total: '合计' },
  componentColumn: '收入项（元/年）',
  householdTableCaption: '典型家庭年收入构成',
  firstYearSentence: (path, y100k, y200k) => `${path}：家庭年收入${y100k}达到10万元，${y200k}达到20万元。`,
  notBy2035: '到2035年仍未',
  inYear: (year) => `于${year}年`,
};

const en: ChartText = {
  baseline: 'Baseline',
  scenario: 'Scenario',
  modifiedBaseline: 'Baseline with your assumptions',
  target: (comparator, symbol, value, year) => (comparator === 'rising' ? `Target: rising every year (to ${year})` : `Target ${symbol} ${value} (${year})`),
  targetColumn: 'Target',
  yearAxis: 'Year',
  year: (year) => String(year),
  subtitle: (from, to, unit, source) => `${from === to ? from : `${from}–${to}`} · Unit: ${unit} · Source: ${source}`,
  fanNote: (drawsAndSeed) => `shaded: P10–P90 (dark), P5–P95 (light), ${drawsAndSeed}`,
  sourceData: (key) => `Zhejiang baseline data (${key}); model projection from 2021`,
  units: {
    yuan_per_person_year: 'yuan per person a year',
    persons_per_household: 'persons per household',
    yuan_per_person_month: 'yuan per person a month',
    yuan_per_month: 'yuan a month',
    yuan_per_worker: 'yuan per worker',
    yuan_per_person: 'yuan per person',
    yuan: 'bn yuan',
    yuan_bn_per_year: 'bn yuan a year',
    percent: '%',
    percent_per_year: '% a year',
    pp: 'percentage points',
    pp_per_year: 'percentage points a year',
    ratio: 'ratio',
    share: 'share',
    persons: 'million persons',
    persons_10k: 'million persons',
    persons_million: 'million persons',
    per_year: 'per year',
    elasticity: 'elasticity',
    choice: 'option',
  },
  chartLabel: (title, subtitle) => `Chart: ${title}. ${subtitle}. The data table below has the numbers.`,
  dataTable: 'Data table',
  noSeries: 'This indicator has no model path (it is tracked). Choose a modelled indicator below.',
  computing: 'Computing…',
  smallMultiplesHeading: 'Modelled targets at a glance',
  smallMultiplesHint: '(click or press Enter to enlarge)',
  shownAbove: 'shown above',
  axisUnit: (unit) => ` (${unit})`,
  legend: 'Legend',
  legendToggle: 'Click to hide or show this series',
  states: { reached: '✓ reached', within_reach: '◐ within reach by 2027', missed: '✗ missed', not_projected: '… not projected', no_data: '— no data' },
  targetFor: (comparator, symbol, value, year) => (comparator === 'rising' ? `Target: rising every year to ${year}` : `Target: ${symbol} ${value} in ${year}`),
  yearSelect: 'Year',
  cityTitle: (year) => `Per-capita disposable income by city, ${year}`,
  cityAxis: 'City',
  cityColumn: 'City',
  citySource: 'Zhejiang baseline data (city_income_2020_approx); model projection from 2021',
  ratioSentence: (year, scenario, baseline) =>
    `In ${year} the ratio of the highest to the lowest city income is ${scenario} in the scenario and ${baseline} in the baseline.`,
  ratioTarget: (target, year, state) => `Plan target: ${target} in ${year}; scenario ${state}.`,
  histogramTitle: (year) => `Household disposable income distribution, ${year}`,
  histogramX: 'Household disposable income (thousand yuan a year)',
  histogramY: '% of persons',
  bandColumn: 'Band (thousand yuan)',
  bandLabel: (from, to) => (to === null ? `≥${from}` : `${from}–${to}`),
  convention: 'standard three-person household convention',
  distributionSource: 'model calculation (synthetic-household microsimulation)',
  range100k500k: '100k–500k yuan',
  range200k600k: '200k–600k yuan',
  bandShareSentence: (year, range, scenario, baseline) =>
    `In ${year}, households with ${range} a year: ${scenario} in the scenario, ${baseline} in the baseline.`,
  lorenzTitle: (year) => `Lorenz curve of per-capita disposable income, ${year}`,
  lorenzX: 'Cumulative share of population',
  lorenzY: 'Cumulative share of income',
  equality: 'Line of equality',
  giniSentence: (year, scenario, baseline) => `Gini coefficient in ${year}: ${scenario} in the scenario, ${baseline} in the baseline.`,
  whoGainsHeading: 'Who gains',
  compareTitle: 'scenarios compared',
  whoGainsUpdating: 'A slider is moving: below is the last exact result, updated when the slider rests.',
  whoGainsNote:
    'The scenario compared household by household with the baseline under the same assumptions (every lever at its default); persons in ten equal groups by baseline per-capita disposable income.',
  whoGainsCut: 'Population',
  whoGainsShowAs: 'Show as',
  whoGainsYuan: 'Yuan',
  whoGainsPercent: 'Per cent',
  whoGainsTitle: (year, cut) => `Change in per-capita disposable income by income decile, ${cut}, ${year}`,
  whoGainsX: 'Decile of baseline per-capita disposable income (1 = lowest)',
  whoGainsYYuan: 'yuan per person a year',
  whoGainsYPercent: '%',
  whoGainsSeries: 'Change, scenario vs baseline',
  whoGainsSource: 'model calculation (scenario vs the baseline under the same assumptions, household by household)',
  decileColumn: 'Decile',
  decileLabel: (decile) => decile,
  whoGainsShares: (year, gain, lose, none) =>
    `In ${year}, ${gain} of persons gain more than 1 %, ${lose} lose more than 1 % and ${none} see a change of 1 % or less.`,
  whoGainsMean: (yuan, percent) => `Mean change in per-capita disposable income: ${yuan} (${percent}).`,
  yuanAmount: (value) => `${value} yuan`,
  povertyCaption: (year, cut) => `Persons below multiples of the dibao line, ${cut}, ${year} (persons; both against the baseline's line in each city)`,
  povertyLine: (multiple) => `Below ${multiple} × the dibao line`,
  povertyColumn: 'Income line',
  changeColumn: 'Change',
  householdControls: 'Choose a typical household',
  city: 'City',
  area: 'Area',
  urban: 'Urban',
  rural: 'Rural',
  size: 'Household size',
  sizeOption: (n) => (n === 1 ? '1 person' : `${n} persons`),
  percentile: 'Income position (within the city, urban or rural)',
  percentileOption: (p) => `${p}th percentile`,
  householdTitle: 'Disposable income of a typical household',
  householdSource: 'model calculation (income path of the chosen household)',
  householdUnit: 'yuan per household a year',
  threshold100k: '100,000 yuan',
  threshold200k: '200,000 yuan',
  components: { wage: 'Wages', business: 'Business income', property: 'Property income', transfers: 'Net transfers', dibao: 'Dibao', total: 'Total' },
  componentColumn: 'Income (yuan a year)',
  householdTableCaption: 'Income of the typical household by source',
  firstYearSentence: (path, y100k, y200k) => `${path}: the household reaches 100,000 yuan a year ${y100k} and 200,000 yuan ${y200k}.`,
  notBy2035: 'not by 2035',
  inYear: (year) => `in ${year}`,
};

/** The chart views' strings in both languages. */
export const CHART_TEXT: Readonly<Record<Language, ChartText>> = { zh, en };
