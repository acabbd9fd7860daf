/** Strings of the workshop collector (a trainer's many participants' scenarios at once), in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface WorkshopText {
  readonly openButton: string;
  readonly heading: string;
  readonly intro: string;
  readonly close: string;
  readonly pickFiles: string;
  readonly dropHere: string;
  readonly reading: (count: number) => string;
  readonly running: (done: number, total: number) => string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly runAgain: string;
  readonly failed: (reason: string) => string;
  readonly summary: (files: number, participants: number, leftOut: number) => string;
  readonly leftOutHeading: string;
  readonly leftOut: (file: string) => string;
  readonly noParticipants: string;
  readonly spreadCaption: string;
  readonly spreadNote: (year: number) => string;
  readonly colSetting: string;
  readonly colUnit: string;
  readonly colDefault: (year: number) => string;
  readonly colMin: string;
  readonly colMedian: string;
  readonly colMax: string;
  readonly colChanged: string;
  readonly changedBy: (changed: number, total: number) => string;
  readonly assumptionLabel: (label: string) => string;
  readonly noneChanged: string;
  readonly participantsCaption: string;
  readonly participantsNote: string;
  readonly colRank: string;
  readonly colParticipant: string;
  readonly colMet: string;
  readonly colCost: string;
  readonly colSettingsChanged: string;
  readonly colDetails: string;
  readonly noCost: string;
  readonly scorecardButton: string;
  readonly scorecardButtonLabel: (name: string) => string;
  readonly scorecardCaption: (name: string) => string;
  readonly colTarget: string;
  readonly colValue: string;
  readonly colThreshold: string;
  readonly colStatus: string;
  readonly colBasis: string;
  readonly compareBox: string;
  readonly compareBoxLabel: (name: string) => string;
  readonly compareHint: (max: number) => string;
  readonly compareButton: (count: number) => string;
  readonly untitled: string;
  readonly downloadSpread: string;
  readonly downloadParticipants: string;
  readonly spreadFile: string;
  readonly participantsFile: string;
  readonly spreadCsv: {
    readonly id: string;
    readonly label: string;
    readonly kind: string;
    readonly unit: string;
    readonly default: string;
    readonly min: string;
    readonly median: string;
    readonly max: string;
    readonly changed: string;
    readonly participants: string;
    readonly lever: string;
    readonly assumption: string;
  };
  readonly participantsCsv: {
    readonly rank: string;
    readonly file: string;
    readonly name: string;
    readonly met: string;
    readonly cost: string;
    readonly settingsChanged: string;
  };
}

export const WORKSHOP_TEXT: Readonly<Record<Language, WorkshopText>> = {
  zh: {
    openButton: '工作坊',
    heading: '工作坊：汇总学员情景',
    intro:
      '一次拖入或选择多名学员导出的情景文件（每个情景算一名学员），查看各政策杠杆在学员之间的分布，以及每名学员的记分卡与排名。文件只在本设备上读取和计算，不写入情景库；每次拖入或选择都会开始一次新的汇总。',
    close: '关闭',
    pickFiles: '选择文件…',
    dropHere: '也可以把文件拖放到此对话框中。',
    reading: (count) => `正在读取 ${count} 个文件…`,
    running: (done, total) => `正在精确计算：已完成 ${done} / ${total} 个情景`,
    cancel: '取消计算',
    cancelled: '计算已取消，未显示任何结果。',
    runAgain: '重新计算',
    failed: (reason) => `计算未能完成：${reason}`,
    summary: (files, participants, leftOut) => `已读取 ${files} 个文件：纳入 ${participants} 名学员，${leftOut} 个文件未纳入。`,
    leftOutHeading: '未纳入的文件',
    leftOut: (file) => `${file}：未纳入`,
    noParticipants: '没有可纳入的情景。',
    spreadCaption: '学员改动过的政策杠杆与假设：在学员之间的分布',
    spreadNote: (year) =>
      `最小值、中位数和最大值取自全部学员情景在${year}年所用的数值（逐年设置取其${year}年的值）；未改动该项的学员按默认值计入。“改动”指在某一年设为默认值以外的数值。`,
    colSetting: '杠杆或假设',
    colUnit: '单位',
    colDefault: (year) => `默认值（${year}年）`,
    colMin: '最小值',
    colMedian: '中位数',
    colMax: '最大值',
    colChanged: '改动人数',
    changedBy: (changed, total) => `${total} 人中 ${changed} 人`,
    assumptionLabel: (label) => `${label}（假设）`,
    noneChanged: '没有学员改动任何政策杠杆或假设。',
    participantsCaption: '学员排名：按模型判定达标数（多者在前），再按累计财政成本（低者在前）',
    participantsNote: '达标数只计依据模型机制判定的目标（不与假设水平或趋势判定相加）；成本为2021—2025年政策杠杆累计财政成本。两项都相同的学员名次相同。',
    colRank: '名次',
    colParticipant: '学员（文件）',
    colMet: '模型判定达标数',
    colCost: '2021—2025年累计财政成本',
    colSettingsChanged: '改动项数',
    colDetails: '详情',
    noCost: '—',
    scorecardButton: '记分卡',
    scorecardButtonLabel: (name) => `记分卡：${name}`,
    scorecardCaption: (name) => `${name}：2025年目标判定`,
    colTarget: '指标',
    colValue: '2025年数值',
    colThreshold: '目标值',
    colStatus: '判定',
    colBasis: '判定依据',
    compareBox: '比较',
    compareBoxLabel: (name) => `比较：${name}`,
    compareHint: (max) => `勾选最多 ${max} 名学员，可在“情景比较”中与当前情景并排比较。`,
    compareButton: (count) => `在“情景比较”中比较所选（${count}）`,
    untitled: '未命名情景',
    downloadSpread: '下载杠杆分布 CSV',
    downloadParticipants: '下载学员排名 CSV',
    spreadFile: 'workshop-levers',
    participantsFile: 'workshop-participants',
    spreadCsv: {
      id: '参数代码',
      label: '杠杆或假设',
      kind: '类别',
      unit: '单位',
      default: '默认值',
      min: '最小值',
      median: '中位数',
      max: '最大值',
      changed: '改动人数',
      participants: '学员总数',
      lever: '政策杠杆',
      assumption: '假设',
    },
    participantsCsv: {
      rank: '名次',
      file: '文件',
      name: '情景名称',
      met: '模型判定达标数',
      cost: '2021—2025年累计财政成本（元）',
      settingsChanged: '改动项数',
    },
  },
  en: {
    openButton: 'Workshop',
    heading: 'Workshop: collect participants’ scenarios',
    intro:
      'Drop or choose many participants’ scenario files at once (each scenario is one participant) to see how far each lever spreads across them, and each participant’s scorecard and rank. The files are read and run on this device and not added to the library; each drop or choice starts a new collection.',
    close: 'Close',
    pickFiles: 'Choose files…',
    dropHere: 'Or drop the files onto this dialog.',
    reading: (count) => `Reading ${count} file${count === 1 ? '' : 's'}…`,
    running: (done, total) => `Computing exactly: ${done} of ${total} scenarios done`,
    cancel: 'Cancel the runs',
    cancelled: 'Cancelled: no results are shown.',
    runAgain: 'Run again',
    failed: (reason) => `The runs could not be completed: ${reason}`,
    summary: (files, participants, leftOut) =>
      `Read ${files} file${files === 1 ? '' : 's'}: ${participants} participant${participants === 1 ? '' : 's'} included, ${leftOut} file${leftOut === 1 ? '' : 's'} left out.`,
    leftOutHeading: 'Files left out',
    leftOut: (file) => `${file}: left out`,
    noParticipants: 'No scenario could be included.',
    spreadCaption: 'Levers and assumptions any participant changed: their spread across participants',
    spreadNote: (year) =>
      `Min, median and max are over every participant of the value their scenario uses in ${year} (a year-by-year path counts with its ${year} value); a participant who did not change it counts with the default. “Changed” means set to anything but the default in some year.`,
    colSetting: 'Lever or assumption',
    colUnit: 'Unit',
    colDefault: (year) => `Default (${year})`,
    colMin: 'Min',
    colMedian: 'Median',
    colMax: 'Max',
    colChanged: 'Changed by',
    changedBy: (changed, total) => `${changed} of ${total}`,
    assumptionLabel: (label) => `${label} (assumption)`,
    noneChanged: 'No participant changed any lever or assumption.',
    participantsCaption: 'Participants ranked by modelled targets met (more first), then cumulative fiscal cost (less first)',
    participantsNote:
      'Targets met counts only verdicts that rest on the model (never added to verdicts on an assumed level or a trend); the cost is the levers’ cumulative fiscal cost 2021–2025. Participants equal on both share a rank.',
    colRank: 'Rank',
    colParticipant: 'Participant (file)',
    colMet: 'Targets met (model)',
    colCost: 'Fiscal cost 2021–2025, cumulative',
    colSettingsChanged: 'Settings changed',
    colDetails: 'Details',
    noCost: '—',
    scorecardButton: 'Scorecard',
    scorecardButtonLabel: (name) => `Scorecard: ${name}`,
    scorecardCaption: (name) => `${name}: the 2025 verdicts`,
    colTarget: 'Target',
    colValue: '2025 value',
    colThreshold: 'Threshold',
    colStatus: 'Verdict',
    colBasis: 'Rests on',
    compareBox: 'Compare',
    compareBoxLabel: (name) => `Compare: ${name}`,
    compareHint: (max) => `Tick up to ${max} participants to put them beside the scenario on screen in Compare.`,
    compareButton: (count) => `Compare the ticked (${count}) in Compare`,
    untitled: 'Untitled scenario',
    downloadSpread: 'Download the lever spread (CSV)',
    downloadParticipants: 'Download the ranking (CSV)',
    spreadFile: 'workshop-levers',
    participantsFile: 'workshop-participants',
    spreadCsv: {
      id: 'Parameter id',
      label: 'Lever or assumption',
      kind: 'Kind',
      unit: 'Unit',
      default: 'Default',
      min: 'Min',
      median: 'Median',
      max: 'Max',
      changed: 'Changed by',
      participants: 'Participants',
      lever: 'lever',
      assumption: 'assumption',
    },
    participantsCsv: {
      rank: 'Rank',
      file: 'File',
      name: 'Scenario name',
      met: 'Targets met (model)',
      cost: 'Fiscal cost 2021–2025, cumulative (yuan)',
      settingsChanged: 'Settings changed',
    },
  },
};
