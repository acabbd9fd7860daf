/** Strings of the exports (CSV, chart PNG, printable brief), in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface ExportText {
  // ── Export menu ─────────────────────────────────────────────────────────────────────
  readonly menuLabel: string;
  readonly downloadCsv: string;
  readonly downloadCsvDescription: string;
  readonly downloadCsvWide: string;
  readonly downloadCsvWideDescription: string;
  readonly downloadScorecardCsv: string;
  readonly downloadScorecardCsvDescription: string;
  readonly downloadFansCsv: string;
  readonly downloadFansCsvDescription: string;
  readonly printBrief: string;
  readonly printBriefDescription: string;
  // ── Chart PNG ───────────────────────────────────────────────────────────────────────
  /** The chart button's accessible name: the phrase, then the chart's title. */
  readonly downloadPng: string;
  readonly downloadPngFor: (title: string) => string;
  // ── CSV ─────────────────────────────────────────────────────────────────────────────
  readonly scorecardCsvColumns: {
    readonly id: string;
    readonly label: string;
    readonly value: string;
    readonly target: string;
    readonly comparator: string;
    readonly status: string;
    readonly basis: string;
    readonly assumption: string;
    readonly firstYearReached: string;
    readonly gap: string;
    readonly year: string;
    readonly kind: string;
  };
  /** The scorecard CSV's kind of a row: a plan target, or a custom indicator's target. */
  readonly scorecardCsvKinds: { readonly plan: string; readonly custom: string };
  /** The suffix of the scorecard CSV's file name. */
  readonly scorecardFileSuffix: string;
  readonly fansFileSuffix: string;
  /** The stem of a file name when the scenario has no name. */
  readonly fileFallback: string;
  // ── Printable brief ─────────────────────────────────────────────────────────────────
  readonly briefTitle: string;
  readonly briefScenario: string;
  readonly untitled: string;
  readonly briefDate: (date: string) => string;
  readonly formatDate: (date: Date) => string;
  readonly briefChanges: string;
  readonly briefScorecard: string;
  readonly briefCharts: string;
  /** Who gains in the brief: heading (with the year), and its table's row names. */
  readonly briefWhoGains: (year: number) => string;
  readonly briefDecileYuan: string;
  readonly briefDecilePercent: string;
  readonly briefPoverty: (year: number, below1: string, below15: string, below2: string) => string;
  /** The fiscal table's row of the total as a share of budget revenue. */
  readonly briefFiscalShare: string;
  /** In the fiscal table's caption: the 2021–2025 total, with its unit. */
  readonly briefFiscalCumulative: (total: string) => string;
  readonly briefNotes: string;
  readonly briefDisclaimer: string;
  readonly briefNoResult: string;
  /** Why the exports are off while the results on screen are not the current scenario's (the model could not run it). */
  readonly exportsOffNotCurrent: string;
  /** The brief's banner when it is printed while the results are not current. */
  readonly briefNotCurrent: string;
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

function formatDate(date: Date, language: Language): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
    dateFormats.set(language, format);
  }
  return format.format(date);
}

const zh: ExportText = {
  menuLabel: '导出',
  downloadCsv: '下载 CSV（长表）',
  downloadCsvDescription: '下载全部输出指标的逐年数据（情景与基准，2020–2035年）CSV 文件：每个指标与序列一行，每年一列',
  downloadCsvWide: '下载 CSV（宽表）',
  downloadCsvWideDescription: '下载全部输出指标的逐年数据（情景与基准，2020–2035年）CSV 文件：每个序列与年份一行，每个指标一列',
  downloadScorecardCsv: '下载计分卡 CSV',
  downloadScorecardCsvDescription: '下载全部66项规划目标的2025年判断 CSV 文件：数值、目标、状态、判断依据及所依假设',
  downloadFansCsv: '下载不确定性 CSV',
  downloadFansCsvDescription: '下载当前情景不确定性分析的分位数 CSV 文件（每个输出、分位数和年份一行，与命令行工具相同）',
  printBrief: '打印简报',
  printBriefDescription: '打印一页简报：改动的政策、财政成本、目标计分卡与关键图表（可在打印对话框中另存为 PDF）',
  downloadPng: '下载图表 PNG',
  downloadPngFor: (title) => `下载图表 PNG：${title}`,
  scorecardCsvColumns: {
    id: '目标代码',
    label: '目标',
    value: '目标年份值',
    target: '目标值',
    comparator: '比较方式',
    status: '状态',
    basis: '判断依据',
    assumption: '所依假设',
    firstYearReached: '首次达标年份',
    gap: '差距',
    year: '目标年份',
    kind: '类型',
  },
  scorecardCsvKinds: { plan: '规划目标', custom: '自定义' },
  scorecardFileSuffix: '计分卡',
  fansFileSuffix: '不确定性',
  fileFallback: '共富政策沙盘',
  briefTitle: '政策简报',
  briefScenario: '情景',
  untitled: '未命名情景',
  briefDate: (date) => `日期：${date}`,
  formatDate: (date) => formatDate(date, 'zh'),
  briefChanges: '改动的政策与假设',
  briefScorecard: '2025年模型测算目标',
  briefCharts: '关键指标轨迹',
  briefWhoGains: (year) => `谁受益：${year}年全省各收入十分位组人均可支配收入变化（情景较同一假设下的基准）`,
  briefDecileYuan: '元/人·年',
  briefDecilePercent: '%',
  briefPoverty: (year, below1, below15, below2) => `${year}年收入低于低保标准1倍、1.5倍、2倍的人数变化：${below1}、${below15}、${below2}人。`,
  briefFiscalShare: '合计占一般公共预算收入',
  briefFiscalCumulative: (total) => `2021–2025年累计新增财政成本：${total}`,
  briefNotes: '备注',
  briefDisclaimer: '本简报由共富政策沙盘生成：数值为模型测算，不是官方统计。',
  briefNoResult: '模型结果尚未就绪。',
  exportsOffNotCurrent: '屏幕上的结果不是当前情景的结果：模型恢复运行前，无法导出 CSV、图表或简报。',
  briefNotCurrent: '非当前结果：以下数值不是本情景的测算结果（模型未能运行本情景），请勿引用。',
};

const en: ExportText = {
  menuLabel: 'Export',
  downloadCsv: 'Download CSV (long)',
  downloadCsvDescription: 'Download every output by year (scenario and baselines, 2020–2035) as a CSV file: a row per output and series, a column per year',
  downloadCsvWide: 'Download CSV (wide)',
  downloadCsvWideDescription: 'Download every output by year (scenario and baselines, 2020–2035) as a CSV file: a row per series and year, a column per output',
  downloadScorecardCsv: 'Download scorecard CSV',
  downloadScorecardCsvDescription: 'Download the 2025 verdict on every plan target as a CSV file: value, target, status, basis and the assumption it rests on',
  downloadFansCsv: 'Download uncertainty CSV',
  downloadFansCsvDescription:
    "Download the percentiles of the current scenario's uncertainty analysis as a CSV file (one row per output, percentile and year, as the command-line tool writes them)",
  printBrief: 'Print brief',
  printBriefDescription: 'Print a one-page brief: levers changed, fiscal cost, target scorecard and key charts (the print dialog can save it as PDF)',
  downloadPng: 'Download chart as PNG',
  downloadPngFor: (title) => `Download chart as PNG: ${title}`,
  scorecardCsvColumns: {
    id: 'Target id',
    label: 'Target',
    value: 'Value in target year',
    target: 'Target value',
    comparator: 'Comparator',
    status: 'Status',
    basis: 'Basis',
    assumption: 'Assumption',
    firstYearReached: 'First year reached',
    gap: 'Gap',
    year: 'Target year',
    kind: 'Kind',
  },
  scorecardCsvKinds: { plan: 'Plan target', custom: 'Custom' },
  scorecardFileSuffix: 'scorecard',
  fansFileSuffix: 'uncertainty',
  fileFallback: 'prosperity-sandbox',
  briefTitle: 'Policy brief',
  briefScenario: 'Scenario',
  untitled: 'Untitled scenario',
  briefDate: (date) => `Date: ${date}`,
  formatDate: (date) => formatDate(date, 'en'),
  briefChanges: 'Levers and assumptions changed',
  briefScorecard: '2025 modelled targets',
  briefCharts: 'Key trajectories',
  briefWhoGains: (year) =>
    `Who gains: change in per-capita disposable income by income decile, province, ${year} (scenario vs the baseline under the same assumptions)`,
  briefDecileYuan: 'yuan per person a year',
  briefDecilePercent: '%',
  briefPoverty: (year, below1, below15, below2) => `Change in persons below 1, 1.5 and 2 × the dibao line in ${year}: ${below1}, ${below15} and ${below2}.`,
  briefFiscalShare: 'Total, share of general budget revenue',
  briefFiscalCumulative: (total) => `Cumulative extra fiscal cost 2021–2025: ${total}`,
  briefNotes: 'Notes',
  briefDisclaimer: 'Made with Prosperity Sandbox: the values are model estimates, not official statistics.',
  briefNoResult: 'The model results are not ready yet.',
  exportsOffNotCurrent: 'The results on screen are not those of the current scenario: CSV, chart and brief exports are off until the model runs again.',
  briefNotCurrent: 'Not current: the figures below are not this scenario’s results (the model could not run it). Do not cite them.',
};

/** The exports' strings by language. */
export const EXPORT_TEXT: Readonly<Record<Language, ExportText>> = { zh, en };
