/** Strings of the custom indicators panel and their scorecard rows, in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface IndicatorsText {
  readonly heading: string;
  readonly intro: string;
  readonly none: string;
  readonly add: string;
  readonly edit: string;
  readonly editFor: (label: string) => string;
  readonly remove: string;
  readonly removeFor: (label: string) => string;
  readonly chart: string;
  readonly chartFor: (label: string) => string;
  readonly formHeadingNew: string;
  readonly formHeadingEdit: (label: string) => string;
  readonly name: string;
  readonly namePlaceholder: string;
  readonly expression: string;
  readonly expressionHelp: (functions: string) => string;
  readonly unit: string;
  readonly withTarget: string;
  readonly comparator: string;
  readonly threshold: string;
  readonly year: string;
  readonly save: string;
  readonly cancel: string;
  readonly checking: string;
  readonly expressionOk: string;
  readonly needsName: string;
  readonly needsThreshold: string;
  readonly fixExpression: string;
  readonly full: (max: number) => string;
  /** The error of an expression: its kind, then the model's message (which says where, and names the name). */
  readonly error: (kind: 'syntax' | 'unknown-name' | 'division-by-zero' | 'non-numeric', message: string) => string;
  readonly valueIn: (year: number, value: string) => string;
  readonly noValue: string;
  readonly targetText: (symbol: string, threshold: string, year: number) => string;
  readonly customMark: string;
  readonly customMarkDescription: string;
  /** A custom target's basis where verdicts name theirs (the brief): the expression over the model's outputs. */
  readonly customBasis: string;
  readonly chartLabel: (label: string) => string;
  readonly dataTable: string;
  readonly subtitle: (expression: string) => string;
  readonly untitled: (n: number) => string;
  readonly listLabel: string;
  /** The Monte Carlo fan on an indicator's chart: its median line, its bands' legend, its table columns and its note. */
  readonly fanMedian: string;
  readonly fanDark: string;
  readonly fanLight: string;
  readonly fanColumn: (percentile: string) => string;
  readonly fanNote: (drawsAndSeed: string) => string;
  /** Why a current Monte Carlo result draws no fan on this indicator. */
  readonly fanNotRun: string;
  readonly fanUnavailable: string;
}

export const INDICATORS_TEXT: Readonly<Record<Language, IndicatorsText>> = {
  zh: {
    heading: '自定义指标',
    intro: '用输出的 id 写算式，例如 income_per_capita_rural / income_per_capita；可设目标，随情景保存。',
    none: '还没有自定义指标。',
    add: '添加指标',
    edit: '编辑',
    editFor: (label) => `编辑“${label}”`,
    remove: '删除',
    removeFor: (label) => `删除“${label}”`,
    chart: '图表',
    chartFor: (label) => `图表：“${label}”`,
    formHeadingNew: '新的自定义指标',
    formHeadingEdit: (label) => `编辑“${label}”`,
    name: '名称',
    namePlaceholder: '例如：农村收入占比',
    expression: '算式',
    expressionHelp: (functions) => `可用：输出 id、数字、+ - * / ^、括号，以及函数 ${functions}。`,
    unit: '单位（可选）',
    withTarget: '设定目标',
    comparator: '比较',
    threshold: '目标值',
    year: '年份',
    save: '保存指标',
    cancel: '取消',
    checking: '正在检查算式…',
    expressionOk: '算式有效。',
    needsName: '请填写名称。',
    needsThreshold: '目标值必须是有限数值。',
    fixExpression: '请先改正算式。',
    full: (max) => `最多 ${max} 个自定义指标。`,
    error: (kind, message) =>
      `${{ syntax: '语法错误', 'unknown-name': '未知名称', 'division-by-zero': '除数为零', 'non-numeric': '结果不是数值' }[kind]}：${message}`,
    valueIn: (year, value) => `${year}年：${value}`,
    noValue: '—',
    targetText: (symbol, threshold, year) => `${year}年 ${symbol} ${threshold}`,
    customMark: '自定义',
    customBasis: '模型输出的算式',
    customMarkDescription: '你定义的指标与目标，由模型按你的算式计算，不属于规划目标，不计入上方的达标统计',
    chartLabel: (label) => `自定义指标“${label}”的轨迹图；数字见下表`,
    dataTable: '查看数据表',
    subtitle: (expression) => `2020–2035 · 算式：${expression}`,
    untitled: (n) => `自定义指标 ${n}`,
    listLabel: '自定义指标列表',
    fanMedian: 'P50（蒙特卡洛中位数）',
    fanDark: 'P10–P90（蒙特卡洛）',
    fanLight: 'P5–P95（蒙特卡洛）',
    fanColumn: (percentile) => `${percentile}（蒙特卡洛）`,
    fanNote: (drawsAndSeed) => `蒙特卡洛分布带：P10–P90（深）、P5–P95（浅）、P50 线，${drawsAndSeed}`,
    fanNotRun: '暂无不确定性分布带：该指标是在上次不确定性分析之后添加或修改的。重新运行不确定性分析即可看到。',
    fanUnavailable: '无不确定性分布带：该算式无法在蒙特卡洛抽样的结果上计算。',
  },
  en: {
    heading: 'Custom indicators',
    intro: 'Write arithmetic over output ids, e.g. income_per_capita_rural / income_per_capita; give it a target if you like. Saved with the scenario.',
    none: 'No custom indicators yet.',
    add: 'Add indicator',
    edit: 'Edit',
    editFor: (label) => `Edit “${label}”`,
    remove: 'Delete',
    removeFor: (label) => `Delete “${label}”`,
    chart: 'Chart',
    chartFor: (label) => `Chart “${label}”`,
    formHeadingNew: 'New custom indicator',
    formHeadingEdit: (label) => `Edit “${label}”`,
    name: 'Name',
    namePlaceholder: 'e.g. Rural income share',
    expression: 'Expression',
    expressionHelp: (functions) => `Allowed: output ids, numbers, + - * / ^, parentheses and the functions ${functions}.`,
    unit: 'Unit (optional)',
    withTarget: 'Set a target',
    comparator: 'Comparison',
    threshold: 'Target value',
    year: 'Year',
    save: 'Save indicator',
    cancel: 'Cancel',
    checking: 'Checking the expression…',
    expressionOk: 'The expression is valid.',
    needsName: 'Give the indicator a name.',
    needsThreshold: 'The target value must be a finite number.',
    fixExpression: 'Correct the expression first.',
    full: (max) => `At most ${max} custom indicators.`,
    error: (kind, message) =>
      `${{ syntax: 'Syntax error', 'unknown-name': 'Unknown name', 'division-by-zero': 'Division by zero', 'non-numeric': 'Not a number' }[kind]}: ${message}`,
    valueIn: (year, value) => `${year}: ${value}`,
    noValue: '—',
    targetText: (symbol, threshold, year) => `${symbol} ${threshold} in ${year}`,
    customMark: 'custom',
    customBasis: 'Expression of model outputs',
    customMarkDescription:
      'An indicator and target you defined, computed by the model from your expression; not a plan target and not counted in the summary above',
    chartLabel: (label) => `Trajectory of the custom indicator “${label}”; the numbers are in the table below`,
    dataTable: 'Data table',
    subtitle: (expression) => `2020–2035 · expression: ${expression}`,
    untitled: (n) => `Custom indicator ${n}`,
    listLabel: 'Custom indicators',
    fanMedian: 'P50 (Monte Carlo median)',
    fanDark: 'P10–P90 (Monte Carlo)',
    fanLight: 'P5–P95 (Monte Carlo)',
    fanColumn: (percentile) => `${percentile} (Monte Carlo)`,
    fanNote: (drawsAndSeed) => `Monte Carlo fan: P10–P90 (dark), P5–P95 (light), P50 line, ${drawsAndSeed}`,
    fanNotRun: 'No uncertainty band yet: this indicator was added or changed after the last uncertainty run. Run the uncertainty analysis again to see it.',
    fanUnavailable: 'No uncertainty band: the expression cannot be evaluated on the Monte Carlo draws.',
  },
};
