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
  },
};
