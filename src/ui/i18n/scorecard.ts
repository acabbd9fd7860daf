/** Strings of the scorecard and the fiscal panel, in both languages (identical keys; a spec checks). */
import type { TargetBasis, TargetState } from '../../model/catalog';
import type { Language } from './messages';

export interface ScorecardText {
  // ── Scorecard ───────────────────────────────────────────────────────────────────────
  readonly caption: string;
  readonly colTarget: string;
  readonly colValue: string;
  readonly colThreshold: string;
  readonly colGap: string;
  readonly colStatus: string;
  readonly colFirstYear: string;
  readonly colBasis: string;
  readonly states: Readonly<Record<TargetState, { readonly icon: string; readonly text: string; readonly description: string }>>;
  readonly rising: string;
  readonly risingSince: (start: string) => string;
  readonly notByHorizon: string;
  readonly noValue: string;
  readonly legend: string;
  readonly trendMark: string;
  readonly trendMarkDescription: string;
  readonly userTrendMark: string;
  readonly sectionFilter: string;
  readonly allSections: string;
  readonly sortLabel: string;
  readonly sortPlan: string;
  readonly sortGap: string;
  readonly kindFilter: string;
  readonly kindAll: string;
  readonly kindModeled: string;
  readonly kindTracked: string;
  /** The summary: one group per basis that has verdicts (never one sum), then the rows without a verdict. */
  readonly summary: (groups: readonly string[], notProjected: number, noData: number, shown: number, total: number) => string;
  /** A basis's verdict counts, e.g. "模型：已达标 7 · 接近 2 · 未达标 2". */
  readonly basisGroup: (basis: TargetBasis, counts: Readonly<Record<'reached' | 'within_reach' | 'missed', number>>) => string;
  readonly basisFilter: string;
  readonly basisAll: string;
  readonly basisNoneOption: string;
  /** A basis's name and meaning ("none": no verdict). */
  readonly basis: Readonly<Record<TargetBasis | 'none', { readonly text: string; readonly description: string }>>;
  readonly assumedOn: (assumption: string) => string;
  /** The assumption named under an assumed-level basis in print ("假设：…"). */
  readonly assumedOnShort: (assumption: string) => string;
  /** A target not projected: its latest official value and year ("2019年 79.2年"), the year as officialYear writes it. */
  readonly officialValue: (value: string, year: string) => string;
  readonly officialYear: (year: number) => string;
  readonly enterTrend: string;
  readonly noRows: string;
  readonly computing: string;
  readonly openChart: string;
  readonly edit: string;
  readonly enterValue: string;
  /** The trend button's name: its visible text first (label in name), then the target. */
  readonly editTrendFor: (action: string, label: string) => string;
  readonly trendLegend: (label: string) => string;
  readonly startValue: string;
  readonly startYear: string;
  readonly changePerYear: string;
  readonly apply: string;
  readonly resetToOfficial: string;
  readonly clearTrend: string;
  readonly close: string;
  readonly officialBaseline: (value: string, year: number) => string;
  readonly noBaseline: string;
  readonly usingUserTrend: string;
  readonly badStart: string;
  /** A share (a percentage of a whole) entered outside 0–100 %. */
  readonly badShareStart: string;
  readonly badYear: (min: number, max: number) => string;
  readonly badChange: string;
  readonly inUnit: (unit: string) => string;
  // ── Fiscal panel ────────────────────────────────────────────────────────────────────
  readonly fiscalHeading: string;
  readonly fiscalCaption: (unit: string) => string;
  readonly fiscalShowAs: string;
  readonly fiscalYuan: string;
  readonly fiscalPctRevenue: string;
  readonly fiscalYuanUnit: string;
  readonly fiscalPctUnit: string;
  readonly fiscalItem: string;
  readonly fiscalCumulative: (unit: string) => string;
  readonly fiscalTotal: string;
  readonly fiscalMinWage: (cost: string, year: number) => string;
  readonly fiscalNegativeNote: string;
  readonly fiscalNoCost: string;
  readonly fiscalShowAll: (hidden: number) => string;
  readonly fiscalShowNonZero: string;
  readonly fiscalNote: string;
  /** How the fiscal levers are financed (the fiscal_financing assumption). */
  readonly fiscalFinancedBorrowing: string;
  readonly fiscalFinancedTax: (levy: string, year: number) => string;
}

const zh: ScorecardText = {
  caption: '2025年规划目标：2025年值、目标值、差距、状态及判断依据、首次达标年份',
  colTarget: '指标',
  colValue: '2025年值',
  colThreshold: '目标值',
  colGap: '差距',
  colStatus: '状态',
  colFirstYear: '首次达标',
  colBasis: '依据',
  states: {
    reached: { icon: '✓', text: '已达标', description: '2025年达到目标' },
    within_reach: { icon: '◐', text: '接近', description: '2025年未达到，但2027年前达到' },
    missed: { icon: '✗', text: '未达标', description: '2025年未达到，2027年前也未达到' },
    not_projected: { icon: '…', text: '未预测', description: '有2020年前的官方数值，但未输入趋势假设：不判断是否达标' },
    no_data: { icon: '–', text: '无数据', description: '没有数值：请为该指标输入趋势假设' },
  },
  rising: '持续提高',
  risingSince: (start) => `持续提高（2020年 ${start}）`,
  notByHorizon: '2035年前未达',
  noValue: '–',
  legend:
    '依据：“模型”为模型机制测算；“假设水平”为基于假设起点或系数的模型机制；“趋势”为你输入的趋势。三者分开计数。“未预测”：有官方数值但未输入趋势。“接近”：2025年未达到、2027年前达到。首次达标列中“—”表示2035年前未达标。点击模型指标可查看其轨迹图。',
  trendMark: '趋势假设',
  trendMarkDescription: '非模型指标：只有输入趋势假设后才有预测值',
  userTrendMark: '（自设）',
  sectionFilter: '规划章节',
  allSections: '全部',
  sortLabel: '排序',
  sortPlan: '按规划顺序',
  sortGap: '按差距（最差在前）',
  kindFilter: '指标类型',
  kindAll: '全部',
  kindModeled: '模型测算',
  kindTracked: '趋势跟踪',
  summary: (groups, notProjected, noData, shown, total) =>
    `${[...groups, `未预测 ${notProjected} · 无数据 ${noData}`].join(' ｜ ')}${shown === total ? `（共 ${total} 项）` : `（显示 ${shown} / ${total} 项）`}`,
  basisGroup: (basis, c) =>
    `${{ model: '模型', 'assumed-level': '假设水平', trend: '趋势' }[basis]}：已达标 ${c.reached} · 接近 ${c.within_reach} · 未达标 ${c.missed}`,
  basisFilter: '判断依据',
  basisAll: '全部',
  basisNoneOption: '未预测或无数据',
  basis: {
    model: { text: '模型', description: '模型测算：由模型机制根据2020年及以前的数据计算' },
    'assumed-level': { text: '假设水平', description: '模型机制，但起点水平或系数为假设：结论随该假设变化' },
    trend: { text: '趋势', description: '你输入的趋势假设，不是模型测算' },
    none: { text: '—', description: '未作判断：没有预测值' },
  },
  assumedOn: (assumption) => `基于假设水平：${assumption}（结论随该假设变化）`,
  assumedOnShort: (assumption) => `假设：${assumption}`,
  officialValue: (value, year) => `${year} ${value}`,
  officialYear: (year) => `${year}年`,
  enterTrend: '输入趋势',
  noRows: '没有符合筛选条件的指标。',
  computing: '计算中…',
  openChart: '在“目标轨迹”中查看该指标的图表',
  edit: '编辑',
  enterValue: '输入数值',
  editTrendFor: (action, label) => `${action}：${label}`,
  trendLegend: (label) => `趋势假设：${label}`,
  startValue: '起始值',
  startYear: '起始年份',
  changePerYear: '每年变化',
  apply: '应用',
  resetToOfficial: '清除趋势（不预测）',
  clearTrend: '清除',
  close: '收起',
  officialBaseline: (value, year) => `官方数值：${year}年 ${value}。输入趋势并应用后才作预测。`,
  noBaseline: '暂无官方基数：请输入起始值、起始年份和每年变化。',
  usingUserTrend: '正在使用你设定的趋势。',
  badStart: '起始值必须是数字。',
  badShareStart: '起始值是比例，必须在 0% 至 100% 之间。',
  badYear: (min, max) => `起始年份必须是 ${min} 至 ${max} 之间的整数年份。`,
  badChange: '每年变化必须是数字（可为负数或0）。',
  inUnit: (unit) => `单位：${unit}`,
  fiscalHeading: '新增财政成本（相对基准情景）',
  fiscalCaption: (unit) => `各项政策的新增财政成本，2021–2025年（${unit}）`,
  fiscalShowAs: '显示单位',
  fiscalYuan: '亿元',
  fiscalPctRevenue: '占预算收入%',
  fiscalYuanUnit: '亿元',
  fiscalPctUnit: '占一般公共预算收入的百分比',
  fiscalItem: '项目',
  fiscalCumulative: (unit) => `累计 2021–2025（${unit}）`,
  fiscalTotal: '合计',
  fiscalMinWage: (cost, year) => `无财政成本（${year}年企业成本 ${cost}）`,
  fiscalNegativeNote: '带减号的负值表示财政增收或节支，例如个人所得税调整和其他政策带来的低保节支。',
  fiscalNoCost: '基准情景无新增财政支出：当前情景相对基准情景没有新增财政成本。',
  fiscalShowAll: (hidden) => `显示全部（另有 ${hidden} 项为零）`,
  fiscalShowNonZero: '只显示非零项',
  fiscalNote: '模型输出；正值为新增支出。',
  fiscalFinancedBorrowing: '财政来源：举债（不影响居民收入）',
  fiscalFinancedTax: (levy, year) => `财政来源：居民比例税（每户按可支配收入的相同比例缴纳，筹集当年净财政成本；${year}年 ${levy}）`,
};

const en: ScorecardText = {
  caption: '2025 plan targets: 2025 value, target, gap, status with its basis, and first year reached',
  colTarget: 'Indicator',
  colValue: '2025 value',
  colThreshold: 'Target',
  colGap: 'Gap',
  colStatus: 'Status',
  colFirstYear: 'First reached',
  colBasis: 'Basis',
  states: {
    reached: { icon: '✓', text: 'Reached', description: 'Target met in 2025' },
    within_reach: { icon: '◐', text: 'Within reach', description: 'Missed in 2025 but met by 2027' },
    missed: { icon: '✗', text: 'Missed', description: 'Missed in 2025 and not met by 2027' },
    not_projected: { icon: '…', text: 'Not projected', description: 'An official value up to 2020 but no trend entered: no verdict' },
    no_data: { icon: '–', text: 'No data', description: 'No value: enter a trend assumption for this target' },
  },
  rising: 'keeps rising',
  risingSince: (start) => `keeps rising (2020: ${start})`,
  notByHorizon: 'not by 2035',
  noValue: '–',
  legend:
    'Basis: “Model”, computed by a model mechanism; “Assumed level”, a model mechanism on an assumed starting level or factor; “Trend (user)”, a trend you entered. They are counted apart. “Not projected”: an official value but no trend entered. “Within reach”: missed in 2025, met by 2027. “—” under first reached: not met by 2035. Click a modelled target to see its trajectory.',
  trendMark: 'trend assumption',
  trendMarkDescription: 'Not modelled: projected only from a trend you enter',
  userTrendMark: '(yours)',
  sectionFilter: 'Plan section',
  allSections: 'All',
  sortLabel: 'Sort',
  sortPlan: 'Plan order',
  sortGap: 'Gap (worst first)',
  kindFilter: 'Kind',
  kindAll: 'All',
  kindModeled: 'Modelled',
  kindTracked: 'Tracked',
  summary: (groups, notProjected, noData, shown, total) =>
    `${[...groups, `not projected ${notProjected} · no data ${noData}`].join(' | ')}${shown === total ? ` (${total} targets)` : ` (showing ${shown} of ${total})`}`,
  basisGroup: (basis, c) =>
    `${{ model: 'Model', 'assumed-level': 'Assumed level', trend: 'Trend (user)' }[basis]}: reached ${c.reached} · within reach ${c.within_reach} · missed ${c.missed}`,
  basisFilter: 'Basis',
  basisAll: 'All',
  basisNoneOption: 'Not projected or no data',
  basis: {
    model: { text: 'Model', description: 'Computed by a model mechanism from data up to 2020' },
    'assumed-level': { text: 'Assumed level', description: 'A model mechanism on an assumed starting level or factor: the verdict moves with that assumption' },
    trend: { text: 'Trend (user)', description: 'Your trend assumption, not a model result' },
    none: { text: '—', description: 'No verdict: nothing projected' },
  },
  assumedOn: (assumption) => `Rests on an assumed level: ${assumption} (the verdict moves with it)`,
  assumedOnShort: (assumption) => `assumes: ${assumption}`,
  officialValue: (value, year) => `${value} ${year}`,
  officialYear: (year) => `(${year})`,
  enterTrend: 'Enter a trend',
  noRows: 'No target matches the filters.',
  computing: 'Computing…',
  openChart: 'Show this indicator in the target trajectories chart',
  edit: 'Edit',
  enterValue: 'Enter a value',
  editTrendFor: (action, label) => `${action}: ${label}`,
  trendLegend: (label) => `Trend assumption: ${label}`,
  startValue: 'Start value',
  startYear: 'Start year',
  changePerYear: 'Change per year',
  apply: 'Apply',
  resetToOfficial: 'Clear the trend (not projected)',
  clearTrend: 'Clear',
  close: 'Close',
  officialBaseline: (value, year) => `Official value: ${value} in ${year}. Not projected until you apply a trend.`,
  noBaseline: 'No official baseline yet: enter a start value, start year and yearly change.',
  usingUserTrend: 'Your own trend is in use.',
  badStart: 'The start value must be a number.',
  badShareStart: 'The start value is a share: it must be from 0 % to 100 %.',
  badYear: (min, max) => `The start year must be a whole year from ${min} to ${max}.`,
  badChange: 'The change per year must be a number (negative or 0 allowed).',
  inUnit: (unit) => `Unit: ${unit}`,
  fiscalHeading: 'Extra fiscal cost (relative to the baseline)',
  fiscalCaption: (unit) => `Extra fiscal cost of each policy, 2021–2025 (${unit})`,
  fiscalShowAs: 'Show as',
  fiscalYuan: 'bn yuan',
  fiscalPctRevenue: '% of budget revenue',
  fiscalYuanUnit: 'bn yuan',
  fiscalPctUnit: '% of general budget revenue',
  fiscalItem: 'Item',
  fiscalCumulative: (unit) => `Cumulative 2021–2025 (${unit})`,
  fiscalTotal: 'Total',
  fiscalMinWage: (cost, year) => `no fiscal cost (employer cost ${cost} in ${year})`,
  fiscalNegativeNote:
    'Negative values, shown with a minus sign, are revenue gains or savings, such as personal income tax changes and dibao savings from other policies.',
  fiscalNoCost: 'No extra fiscal cost in the baseline: this scenario adds no fiscal cost over the baseline.',
  fiscalShowAll: (hidden) => `Show all (${hidden} more at zero)`,
  fiscalShowNonZero: 'Show non-zero rows only',
  fiscalNote: 'Model output; positive values are extra spending.',
  fiscalFinancedBorrowing: 'Financed by: borrowing (household incomes unaffected)',
  fiscalFinancedTax: (levy, year) =>
    `Financed by: a proportional household tax (every household pays the same share of its disposable income, raising the year’s net fiscal cost; ${levy} in ${year})`,
};

/** The scorecard's and fiscal panel's strings by language. */
export const SCORECARD_TEXT: Readonly<Record<Language, ScorecardText>> = { zh, en };
