/** Strings of the Compare view, in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface CompareText {
  readonly heading: string;
  readonly intro: string;
  readonly pickLegend: string;
  readonly presets: string;
  readonly library: string;
  readonly emptyLibrary: string;
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
}

export const COMPARE_TEXT: Readonly<Record<Language, CompareText>> = {
  zh: {
    heading: '情景比较',
    intro: '把当前情景与最多三个预设情景或情景库中的情景并排比较：目标轨迹、2025年目标计分卡，以及政策杠杆和假设的差异。',
    pickLegend: '与当前情景比较',
    presets: '预设情景',
    library: '情景库',
    emptyLibrary: '情景库中还没有情景。',
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
  },
  en: {
    heading: 'Compare scenarios',
    intro:
      'Compare the scenario on screen with up to three presets or library scenarios, side by side: the target paths, the 2025 scorecard, and where the levers and assumptions differ.',
    pickLegend: 'Compare with the scenario on screen',
    presets: 'Presets',
    library: 'Library',
    emptyLibrary: 'The library has no scenarios yet.',
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
  },
};
