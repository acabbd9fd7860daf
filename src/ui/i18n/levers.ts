/**
 * Strings of the lever and assumption panels, the year-by-year schedule editor and the "what I
 * changed" summary. Both languages implement the same keys (checked by levers.spec.ts).
 */
import type { AssumptionGroup, LeverGroup, Unit } from '../../model/catalog';
import type { SchedulePreset } from '../../scenario/paths';
import type { Language } from './messages';

/** Units a number field is typed in (dimensionless units have none). */
export type TypedUnit = Exclude<Unit, 'choice' | 'ratio' | 'share' | 'elasticity'>;

export interface LeverText {
  readonly leverGroups: Readonly<Record<LeverGroup, string>>;
  readonly assumptionGroups: Readonly<Record<AssumptionGroup, string>>;
  /** The unit a number field is typed in, shown beside it and after every value of the parameter (lever-units.ts scales the number to it). */
  readonly inputUnits: Readonly<Record<TypedUnit, string>>;
  readonly resetAll: Readonly<Record<'lever' | 'assumption', string>>;
  readonly resetGroup: string;
  readonly resetGroupName: (group: string) => string;
  readonly groupChanged: (count: number) => string;
  readonly tickLegend: string;
  readonly reset: string;
  readonly resetName: (label: string) => string;
  readonly changed: string;
  readonly pathBadge: string;
  readonly pathNote: (year: number) => string;
  readonly defaultPathNote: string;
  readonly baseline: (value: string) => string;
  readonly baselineInYear: (year: number, value: string) => string;
  readonly rangeLabel: (min: string, max: string) => string;
  readonly scheduleToggle: string;
  readonly scheduleToggleName: (label: string) => string;
  readonly scheduleHeading: (label: string) => string;
  readonly yearInputName: (label: string, year: number) => string;
  /** The unit the year-by-year values are typed in. */
  readonly valuesIn: (unit: string) => string;
  readonly yearClamp: (year: number, reason: string) => string;
  readonly sparklineName: (label: string, first: string, target: string, last: string) => string;
  readonly legendBaseline: string;
  readonly baselineTag: string;
  readonly legendScenario: string;
  readonly dragHint: string;
  readonly presetHeading: string;
  readonly presetShape: string;
  readonly presetNames: Readonly<Record<SchedulePreset, string>>;
  readonly presetTarget: string;
  readonly presetStart: string;
  readonly presetEnd: string;
  readonly presetApply: string;
  readonly presetHelp: Readonly<Record<SchedulePreset, string>>;
  readonly changedHeading: string;
  readonly noChanges: string;
  readonly pathValue: (year: number, value: string) => string;
  readonly assumptionTag: string;
  /** A tracked target's trend in the list of changes: its tag, and the trend written out. */
  readonly trendTag: string;
  readonly trendValue: (start: string, startYear: number, change: string) => string;
  readonly resetEverything: string;
}

const zh: LeverText = {
  leverGroups: {
    income_distribution: '收入分配',
    labour_market: '就业与工资',
    social_security: '社会保障与救助',
    regions: '区域协调（山区26县）',
    rural: '农民农村与财产性收入',
    urbanisation: '新型城镇化与户籍',
    tax: '税收调节',
  },
  assumptionGroups: {
    macro: '宏观经济',
    distribution: '收入分布',
    urbanisation: '城镇化',
    labour: '劳动力市场',
    programmes: '政策项目参数',
    fiscal: '财政',
    measurement: '统计口径',
  },
  inputUnits: {
    yuan_per_person_year: '元/人·年',
    persons_per_household: '人/户',
    yuan_per_person_month: '元/人·月',
    yuan_per_month: '元/月',
    yuan_per_worker: '元/人',
    yuan_per_person: '元/人',
    yuan: '亿元',
    yuan_bn_per_year: '亿元/年',
    percent: '%',
    percent_per_year: '%/年',
    pp: '个百分点',
    pp_per_year: '个百分点/年',
    persons: '万人',
    persons_10k: '万人',
    persons_million: '万人',
    per_year: '/年',
  },
  resetAll: { lever: '重置全部政策杠杆', assumption: '重置全部假设' },
  resetGroup: '重置本组',
  resetGroupName: (group) => `重置本组 ${group}`,
  groupChanged: (count) => `已改动${count}项`,
  tickLegend: '滑块上的竖线为基准值。',
  reset: '重置',
  resetName: (label) => `重置 ${label}`,
  changed: '已改动',
  pathBadge: '逐年路径',
  pathNote: (year) => `按逐年路径设置，滑块显示${year}年的值；拖动滑块将使各年取同一值。`,
  defaultPathNote: '基准为逐年路径；拖动滑块将使各年取同一值。',
  baseline: (value) => `基准值：${value}`,
  baselineInYear: (year, value) => `基准值：${value}（${year}年）`,
  rangeLabel: (min, max) => `范围 ${min} 至 ${max}`,
  scheduleToggle: '逐年设置',
  scheduleToggleName: (label) => `逐年设置 ${label}`,
  scheduleHeading: (label) => `${label}：逐年路径`,
  yearInputName: (label, year) => `${label} ${year}年`,
  valuesIn: (unit) => `数值单位：${unit}`,
  yearClamp: (year, reason) => `${year}年${reason}`,
  sparklineName: (label, first, target, last) => `${label}路径：2021年 ${first}，2025年 ${target}，2035年 ${last}`,
  legendBaseline: '基准路径',
  baselineTag: '基准',
  legendScenario: '本情景',
  dragHint: '可拖动图中的点',
  presetHeading: '快速生成路径',
  presetShape: '形状',
  presetNames: { ramp: '线性递增', from_year: '自某年起', front_loaded: '前期集中' },
  presetTarget: '目标值',
  presetStart: '起始年',
  presetEnd: '达到年',
  presetApply: '应用',
  presetHelp: {
    ramp: '从起始年的基准值线性变化，到达到年取目标值，此后保持。',
    from_year: '起始年之前为基准值，自起始年起取目标值。',
    front_loaded: '起始年即实现四分之三，两年内达到目标值。',
  },
  changedHeading: '我改动了什么',
  noChanges: '未改动任何政策',
  pathValue: (year, value) => `逐年路径（${year}年 ${value}）`,
  assumptionTag: '假设',
  trendTag: '趋势假设',
  trendValue: (start, startYear, change) => `${startYear}年 ${start}，此后每年 ${change}`,
  resetEverything: '全部重置',
};

const en: LeverText = {
  leverGroups: {
    income_distribution: 'Income distribution',
    labour_market: 'Jobs and wages',
    social_security: 'Social security and assistance',
    regions: 'Regions (26 mountain counties)',
    rural: 'Rural and property income',
    urbanisation: 'Urbanisation and hukou',
    tax: 'Tax',
  },
  assumptionGroups: {
    macro: 'Macroeconomy',
    distribution: 'Income distribution',
    urbanisation: 'Urbanisation',
    labour: 'Labour market',
    programmes: 'Programme parameters',
    fiscal: 'Public finance',
    measurement: 'Measurement',
  },
  inputUnits: {
    yuan_per_person_year: 'yuan/person/year',
    persons_per_household: 'persons per household',
    yuan_per_person_month: 'yuan/person/month',
    yuan_per_month: 'yuan/month',
    yuan_per_worker: 'yuan/worker',
    yuan_per_person: 'yuan/person',
    yuan: 'bn yuan',
    yuan_bn_per_year: 'bn yuan/year',
    percent: '%',
    percent_per_year: '%/year',
    pp: 'pp',
    pp_per_year: 'pp/year',
    persons: 'million persons',
    persons_10k: 'million persons',
    persons_million: 'million persons',
    per_year: '/year',
  },
  resetAll: { lever: 'Reset all levers', assumption: 'Reset all assumptions' },
  resetGroup: 'Reset group',
  resetGroupName: (group) => `Reset group ${group}`,
  groupChanged: (count) => `${count} changed`,
  tickLegend: 'The mark on each slider is the baseline value.',
  reset: 'Reset',
  resetName: (label) => `Reset ${label}`,
  changed: 'Changed',
  pathBadge: 'Year by year',
  pathNote: (year) => `Set year by year; the slider shows the ${year} value. Moving it sets one value for every year.`,
  defaultPathNote: 'The baseline is a year-by-year path; moving the slider sets one value for every year.',
  baseline: (value) => `Baseline: ${value}`,
  baselineInYear: (year, value) => `Baseline: ${value} (${year})`,
  rangeLabel: (min, max) => `Range ${min} to ${max}`,
  scheduleToggle: 'Year by year',
  scheduleToggleName: (label) => `Year by year ${label}`,
  scheduleHeading: (label) => `${label}: year-by-year path`,
  yearInputName: (label, year) => `${label} ${year}`,
  valuesIn: (unit) => `Values in ${unit}`,
  yearClamp: (year, reason) => `${year}: ${reason}`,
  sparklineName: (label, first, target, last) => `${label} path: 2021 ${first}, 2025 ${target}, 2035 ${last}`,
  legendBaseline: 'Baseline path',
  baselineTag: 'baseline',
  legendScenario: 'This scenario',
  dragHint: 'Drag the points to edit',
  presetHeading: 'Quick path',
  presetShape: 'Shape',
  presetNames: { ramp: 'Linear ramp', from_year: 'From a start year', front_loaded: 'Front-loaded' },
  presetTarget: 'Target value',
  presetStart: 'Start year',
  presetEnd: 'Reached in',
  presetApply: 'Apply',
  presetHelp: {
    ramp: 'Moves in a straight line from the baseline in the start year to the target, then stays there.',
    from_year: 'The baseline before the start year, the target from it on.',
    front_loaded: 'Three quarters of the change in the start year, the target two years later.',
  },
  changedHeading: 'What I changed',
  noChanges: 'No changes from the baseline',
  pathValue: (year, value) => `Year-by-year path (${year}: ${value})`,
  assumptionTag: 'Assumption',
  trendTag: 'Trend',
  trendValue: (start, startYear, change) => `${start} in ${startYear}, then ${change} a year`,
  resetEverything: 'Reset everything',
};

/** The lever panels' strings by language. */
export const LEVER_TEXT: Readonly<Record<Language, LeverText>> = { zh, en };
