/** Strings of the Compare view, in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();

/** A date and time of day, e.g. "2026年3月5日 14:03" / "5 March 2026, 14:03". */
function formatDateTime(time: number, language: Language): string {
  let format = dateTimeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
    dateTimeFormats.set(language, format);
  }
  return format.format(time);
}

export interface CompareText {
  readonly heading: string;
  readonly intro: string;
  readonly pickLegend: string;
  readonly presets: string;
  readonly library: string;
  readonly emptyLibrary: string;
  /** Scenarios added to the comparison from files or share links. */
  readonly added: string;
  readonly addLinkLabel: string;
  readonly addLinkButton: string;
  readonly addFileButton: string;
  readonly remove: string;
  /** The remove button's accessible name: starts with `remove`, its visible text. */
  readonly removeAdded: (name: string) => string;
  readonly current: string;
  readonly untitled: string;
  readonly run: string;
  readonly computing: string;
  readonly notCurrent: string;
  readonly atMost: (count: number) => string;
  readonly chartOutput: string;
  readonly scorecardCaption: string;
  readonly colTarget: string;
  readonly colThreshold: string;
  readonly differs: string;
  readonly metCounts: (model: number, assumed: number, trend: number) => string;
  readonly settingsCaption: string;
  readonly colSetting: string;
  readonly noSettingDiff: string;
  readonly defaultValue: (value: string) => string;
  readonly assumption: string;
  readonly failed: (reason: string) => string;
  readonly chartLabel: (title: string) => string;
  readonly tradeOffHeading: string;
  readonly tradeOffNote: string;
  readonly colScenario: string;
  readonly colCost: string;
  readonly colMet: string;
  readonly colFrontier: string;
  readonly efficient: string;
  readonly notEfficient: string;
  readonly costAxis: string;
  readonly metAxis: string;
  readonly tradeOffLabel: string;
  // ── Setting diff by year ────────────────────────────────────────────────────────────
  readonly colYears: string;
  readonly everyYear: string;
  /** A span of schedule years, e.g. "2025—2035年" / "2025–2035". */
  readonly yearSpan: (from: number, to: number) => string;
  // ── Fiscal totals ───────────────────────────────────────────────────────────────────
  readonly fiscalCaption: (unit: string) => string;
  readonly colCumulative: string;
  // ── Trade-off axis ──────────────────────────────────────────────────────────────────
  readonly tradeOffAxis: string;
  readonly axisMet: string;
  /** The option, column and axis of a target's 2025 gap. */
  readonly axisGap: (target: string) => string;
  readonly tradeOffNoteGap: string;
  readonly tradeOffLabelGap: (target: string) => string;
  /** The threshold's line on the gap axis (a gap of zero). */
  readonly targetLine: string;
  // ── Exports ─────────────────────────────────────────────────────────────────────────
  readonly exportsLabel: string;
  readonly downloadCsv: string;
  readonly downloadCsvDescription: string;
  readonly printBrief: string;
  readonly printBriefDescription: string;
  /** Why the exports are off while the comparison shown is not of the scenarios as they are now. */
  readonly exportsOff: string;
  /** The stem of the comparison's file names. */
  readonly fileStem: string;
  readonly csvColumns: {
    readonly section: string;
    readonly id: string;
    readonly item: string;
    readonly unit: string;
    readonly comparator: string;
    readonly threshold: string;
    readonly year: string;
    readonly differs: string;
    readonly value: (scenario: string) => string;
    readonly status: (scenario: string) => string;
    readonly basis: (scenario: string) => string;
  };
  readonly csvSections: {
    readonly scorecard: string;
    readonly custom: string;
    readonly counts: string;
    readonly fiscal: string;
    readonly setting: string;
  };
  /** A custom row's basis in the CSV: custom, with this scenario's own target when it has one. */
  readonly csvCustomBasis: (target: string | undefined) => string;
  readonly csvCounts: { readonly model: string; readonly assumed: string; readonly trend: string };
  readonly csvFiscalTotal: string;
  readonly csvCount: string;
  readonly yes: string;
  readonly no: string;
  // ── Custom indicators ───────────────────────────────────────────────────────────────
  /** The custom indicators' section of the side-by-side table (and of the brief). */
  readonly customCaption: string;
  /** How the custom indicators are matched and read. */
  readonly customNote: string;
  /** The cell of a scenario that does not have the indicator. */
  readonly customAbsent: string;
  /** The verdict of a scenario whose indicator has no target. */
  readonly customNoTarget: string;
  /** The threshold column of an indicator no scenario gives a target: the values' year. */
  readonly customNoTargetYear: (year: number) => string;
  /** A scenario's own target, where it is not the row's. */
  readonly customOwnTarget: (target: string) => string;
  /** The accessible name of a row's expression. */
  readonly customExpression: string;
  // ── Comparison brief ────────────────────────────────────────────────────────────────
  readonly briefKicker: string;
  readonly briefScenarios: string;
  readonly briefComputed: (when: string) => string;
  readonly formatComputedAt: (time: number) => string;
  readonly briefMetCounts: string;
  /** The rows the brief leaves out: targets without a verdict in any compared scenario. */
  readonly briefLeftOut: (count: number, total: number) => string;
}

export const COMPARE_TEXT: Readonly<Record<Language, CompareText>> = {
  zh: {
    heading: '情景比较',
    intro: '把当前情景与最多三个预设情景、情景库中的情景、文件或链接中的情景并排比较：目标轨迹、2025年目标计分卡，以及政策杠杆和假设的差异。',
    pickLegend: '与当前情景比较',
    presets: '预设情景',
    library: '情景库',
    emptyLibrary: '情景库中还没有情景。',
    added: '文件或链接',
    addLinkLabel: '粘贴情景链接',
    addLinkButton: '加入链接',
    addFileButton: '从文件加入…',
    remove: '移除',
    removeAdded: (name) => `移除“${name}”`,
    current: '当前情景',
    untitled: '未命名情景',
    run: '运行比较',
    computing: '正在计算…',
    notCurrent: '非当前结果：所比较的情景已更改，请重新运行比较。',
    atMost: (count) => `最多同时比较${count}个情景。`,
    chartOutput: '图表指标',
    scorecardCaption: '2025年目标，各情景并排（判定不同的行已标出）',
    colTarget: '指标',
    colThreshold: '目标值',
    differs: '判定不同',
    metCounts: (model, assumed, trend) => `达标：模型判定${model}项 · 假设水平${assumed}项 · 趋势${trend}项`,
    settingsCaption: '政策杠杆与假设的差异',
    colSetting: '杠杆或假设',
    noSettingDiff: '所比较情景的政策杠杆与假设完全相同。',
    defaultValue: (value) => `${value}（默认）`,
    assumption: '假设',
    failed: (reason) => `比较未能完成：${reason}`,
    chartLabel: (title) => `折线图：${title}`,
    tradeOffHeading: '成本与成效',
    tradeOffNote:
      '每个情景一个点：2021—2025年政策杠杆累计财政成本（横轴）与模型判定达标的目标数（纵轴）。处于效率前沿的情景，没有其他情景能以不更高的成本达标不更少。',
    colScenario: '情景',
    colCost: '2021—2025年累计财政成本',
    colMet: '模型判定达标数',
    colFrontier: '效率前沿',
    efficient: '在前沿上',
    notEfficient: '非前沿',
    costAxis: '累计财政成本（亿元）',
    metAxis: '达标数',
    tradeOffLabel: '散点图：各情景的累计财政成本与模型判定达标数（数据见下表）',
    colYears: '年份',
    everyYear: '每年',
    yearSpan: (from, to) => (from === to ? `${from}年` : `${from}—${to}年`),
    fiscalCaption: (unit) => `各情景政策杠杆新增财政成本合计（${unit}）`,
    colCumulative: '2021—2025年累计',
    tradeOffAxis: '纵轴',
    axisMet: '模型判定达标数',
    axisGap: (target) => `2025年差距：${target}`,
    tradeOffNoteGap:
      '纵轴为所选目标2025年值与目标值之差（按目标单位，带符号）：对“≥”类目标越高越好，对“≤”类目标越低越好。处于效率前沿的情景，没有其他情景能以不更高的成本使差距不更差。',
    tradeOffLabelGap: (target) => `散点图：各情景的累计财政成本与2025年差距（${target}）（数据见下表）`,
    targetLine: '目标值',
    exportsLabel: '导出比较',
    downloadCsv: '下载比较 CSV',
    downloadCsvDescription: '下载比较结果 CSV 文件：各情景并排的目标计分卡（数值、判定、依据）、自定义指标、达标数、财政成本合计以及政策杠杆与假设的差异',
    printBrief: '打印比较简报',
    printBriefDescription: '打印比较简报：所比较的情景、轨迹图、并排计分卡、自定义指标、达标数、财政成本与设置差异（可在打印对话框中另存为 PDF）',
    exportsOff: '比较结果不是当前的：重新运行比较后，才能导出 CSV、图表或简报。',
    fileStem: '情景比较',
    csvColumns: {
      section: '部分',
      id: '代码',
      item: '项目',
      unit: '单位',
      comparator: '比较方式',
      threshold: '目标值',
      year: '年份',
      differs: '判定不同',
      value: (scenario) => `${scenario}：数值`,
      status: (scenario) => `${scenario}：判定`,
      basis: (scenario) => `${scenario}：判断依据`,
    },
    csvSections: { scorecard: '计分卡', custom: '自定义指标', counts: '达标数', fiscal: '财政成本', setting: '杠杆与假设' },
    csvCustomBasis: (target) => (target === undefined ? '自定义' : `自定义：${target}`),
    csvCounts: { model: '达标数（模型判定）', assumed: '达标数（假设水平）', trend: '达标数（趋势）' },
    csvFiscalTotal: '新增财政成本合计',
    csvCount: '项',
    yes: '是',
    no: '否',
    customCaption: '自定义指标',
    customNote:
      '算式相同（不计空格）即为同一指标，名称取自第一个含它的情景；预设情景沿用当前情景的自定义指标。数值为各情景模型结果在目标年份（无目标时为2025年）的值，判定依各情景自己的目标；不计入达标数。',
    customAbsent: '不在此情景中',
    customNoTarget: '无目标',
    customNoTargetYear: (year) => `无目标（${year}年值）`,
    customOwnTarget: (target) => `本情景目标：${target}`,
    customExpression: '算式',
    briefKicker: '情景比较简报',
    briefScenarios: '所比较的情景',
    briefComputed: (when) => `计算时间：${when}`,
    formatComputedAt: (time) => formatDateTime(time, 'zh'),
    briefMetCounts: '2025年达标数（按判定依据分列，不跨依据相加）',
    briefLeftOut: (count, total) => `另有${count}项目标在所有情景中均无判定（未预测或无数据），未列出；比较 CSV 含全部${total}项。`,
  },
  en: {
    heading: 'Compare scenarios',
    intro:
      'Compare the scenario on screen with up to three presets, library scenarios, or scenarios from files or links, side by side: the target paths, the 2025 scorecard, and where the levers and assumptions differ.',
    pickLegend: 'Compare with the scenario on screen',
    presets: 'Presets',
    library: 'Library',
    emptyLibrary: 'The library has no scenarios yet.',
    added: 'Files or links',
    addLinkLabel: 'Paste a scenario link',
    addLinkButton: 'Add link',
    addFileButton: 'Add from file…',
    remove: 'Remove',
    removeAdded: (name) => `Remove “${name}”`,
    current: 'Scenario on screen',
    untitled: 'Untitled scenario',
    run: 'Run the comparison',
    computing: 'Computing…',
    notCurrent: 'Not current: a compared scenario changed; run the comparison again.',
    atMost: (count) => `At most ${count} scenarios at once.`,
    chartOutput: 'Chart output',
    scorecardCaption: 'The 2025 targets side by side (rows whose verdicts differ are marked)',
    colTarget: 'Target',
    colThreshold: 'Threshold',
    differs: 'verdicts differ',
    metCounts: (model, assumed, trend) => `Met: ${model} by the model · ${assumed} on an assumed level · ${trend} by a trend`,
    settingsCaption: 'Where the levers and assumptions differ',
    colSetting: 'Lever or assumption',
    noSettingDiff: 'The compared scenarios set the same levers and assumptions.',
    defaultValue: (value) => `${value} (default)`,
    assumption: 'assumption',
    failed: (reason) => `The comparison could not be completed: ${reason}`,
    chartLabel: (title) => `Line chart: ${title}`,
    tradeOffHeading: 'Cost and results',
    tradeOffNote:
      "One point per scenario: the levers' cumulative fiscal cost 2021–2025 (across) against the targets the model judges met (up). No other scenario beats one on the frontier on both counts.",
    colScenario: 'Scenario',
    colCost: 'Fiscal cost 2021–2025, cumulative',
    colMet: 'Targets met (model)',
    colFrontier: 'Frontier',
    efficient: 'on the frontier',
    notEfficient: 'not on the frontier',
    costAxis: 'Cumulative fiscal cost (bn yuan)',
    metAxis: 'Targets met',
    tradeOffLabel: 'Scatter plot: each scenario’s cumulative fiscal cost and modelled targets met (the table below has the figures)',
    colYears: 'Years',
    everyYear: 'every year',
    yearSpan: (from, to) => (from === to ? String(from) : `${from}–${to}`),
    fiscalCaption: (unit) => `Total extra fiscal cost of the levers, by scenario (${unit})`,
    colCumulative: '2021–2025, cumulative',
    tradeOffAxis: 'Vertical axis',
    axisMet: 'Targets met (model)',
    axisGap: (target) => `2025 gap: ${target}`,
    tradeOffNoteGap:
      "Up is the chosen target's 2025 value minus its threshold (signed, in the target's unit): higher is better for a ≥ target, lower for a ≤ target. No other scenario has a gap as good or better at no more cost than one on the frontier.",
    tradeOffLabelGap: (target) => `Scatter plot: each scenario's cumulative fiscal cost and 2025 gap (${target}) (the table below has the figures)`,
    targetLine: 'threshold',
    exportsLabel: 'Export the comparison',
    downloadCsv: 'Download comparison CSV',
    downloadCsvDescription:
      'Download the comparison as a CSV file: the scorecards side by side (value, verdict, basis), the custom indicators, targets met, the total fiscal cost and where the levers and assumptions differ',
    printBrief: 'Print comparison brief',
    printBriefDescription:
      'Print a comparison brief: the scenarios compared, the chart, the scorecards side by side, the custom indicators, targets met, fiscal cost and the settings that differ (the print dialog can save it as PDF)',
    exportsOff: 'The comparison is not current: run it again to export the CSV, the chart or the brief.',
    fileStem: 'comparison',
    csvColumns: {
      section: 'Section',
      id: 'Id',
      item: 'Item',
      unit: 'Unit',
      comparator: 'Comparator',
      threshold: 'Threshold',
      year: 'Year',
      differs: 'Verdicts differ',
      value: (scenario) => `${scenario}: value`,
      status: (scenario) => `${scenario}: verdict`,
      basis: (scenario) => `${scenario}: basis`,
    },
    csvSections: { scorecard: 'Scorecard', custom: 'Custom indicators', counts: 'Targets met', fiscal: 'Fiscal cost', setting: 'Levers and assumptions' },
    csvCustomBasis: (target) => (target === undefined ? 'custom' : `custom: ${target}`),
    csvCounts: { model: 'Targets met (model)', assumed: 'Targets met (assumed level)', trend: 'Targets met (trend)' },
    csvFiscalTotal: 'Total extra fiscal cost',
    csvCount: 'targets',
    yes: 'yes',
    no: 'no',
    customCaption: 'Custom indicators',
    customNote:
      "The same expression (spaces aside) is the same indicator, named as in the first scenario that has it; presets take the custom indicators of the scenario on screen. Values are each scenario's model result in the target year (2025 without a target), each verdict on that scenario's own target; not counted among the targets met.",
    customAbsent: 'not in this scenario',
    customNoTarget: 'no target',
    customNoTargetYear: (year) => `no target (${year} value)`,
    customOwnTarget: (target) => `this scenario's target: ${target}`,
    customExpression: 'Expression',
    briefKicker: 'Comparison brief',
    briefScenarios: 'Scenarios compared',
    briefComputed: (when) => `Computed ${when}`,
    formatComputedAt: (time) => formatDateTime(time, 'en'),
    briefMetCounts: 'Targets met in 2025, by basis (never added across bases)',
    briefLeftOut: (count, total) =>
      `${count} more targets have no verdict in any compared scenario (not projected or no data) and are left out; the comparison CSV has all ${total}.`,
  },
};
