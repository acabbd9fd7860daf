/** Strings of the exports (CSV, chart PNG, printable brief), in both languages (identical keys; a spec checks). */
import type { Unit } from '../../model/catalog';
import type { Language } from './messages';

export interface ExportText {
  // ── Export menu ─────────────────────────────────────────────────────────────────────
  readonly menuLabel: string;
  readonly downloadCsv: string;
  readonly downloadCsvDescription: string;
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
  readonly csvColumns: { readonly id: string; readonly label: string; readonly unit: string; readonly series: string };
  /** The unit of the numbers as the CSV writes them: the model's own units, unscaled (yuan, not 万元). */
  readonly csvUnits: Readonly<Record<Unit, string>>;
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
  };
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
  readonly briefNotes: string;
  readonly briefDisclaimer: string;
  readonly briefNoResult: string;
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
  downloadCsv: '下载 CSV',
  downloadCsvDescription: '下载全部输出指标的逐年数据（情景与基准，2020–2035年）CSV 文件',
  downloadScorecardCsv: '下载计分卡 CSV',
  downloadScorecardCsvDescription: '下载全部66项规划目标的2025年判断 CSV 文件：数值、目标、状态、判断依据及所依假设',
  downloadFansCsv: '下载不确定性 CSV',
  downloadFansCsvDescription: '下载当前情景不确定性分析的分位数 CSV 文件（每个输出、分位数和年份一行，与命令行工具相同）',
  printBrief: '打印简报',
  printBriefDescription: '打印一页简报：改动的政策、目标计分卡与关键图表（可在打印对话框中另存为 PDF）',
  downloadPng: '下载图表 PNG',
  downloadPngFor: (title) => `下载图表 PNG：${title}`,
  csvColumns: { id: '指标代码', label: '指标', unit: '单位', series: '序列' },
  csvUnits: {
    yuan_per_person_year: '元/人·年',
    yuan_per_person_month: '元/人·月',
    yuan_per_month: '元/月',
    yuan_per_worker: '元/人',
    yuan_per_person: '元/人',
    yuan: '元',
    yuan_bn_per_year: '十亿元/年',
    percent: '%',
    percent_per_year: '%/年',
    pp: '百分点',
    pp_per_year: '百分点/年',
    ratio: '倍',
    share: '比例（0–1）',
    persons: '人',
    persons_per_household: '人/户',
    persons_10k: '万人',
    persons_million: '百万人',
    per_year: '每年',
    elasticity: '弹性',
    choice: '选项',
  },
  scorecardCsvColumns: {
    id: '目标代码',
    label: '目标',
    value: '2025年值',
    target: '目标值',
    comparator: '比较方式',
    status: '状态',
    basis: '判断依据',
    assumption: '所依假设',
    firstYearReached: '首次达标年份',
  },
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
  briefNotes: '备注',
  briefDisclaimer: '本简报由共富政策沙盘生成：数值为模型测算，不是官方统计。',
  briefNoResult: '模型结果尚未就绪。',
};

const en: ExportText = {
  menuLabel: 'Export',
  downloadCsv: 'Download CSV',
  downloadCsvDescription: 'Download every output by year (scenario and baselines, 2020–2035) as a CSV file',
  downloadScorecardCsv: 'Download scorecard CSV',
  downloadScorecardCsvDescription: 'Download the 2025 verdict on every plan target as a CSV file: value, target, status, basis and the assumption it rests on',
  downloadFansCsv: 'Download uncertainty CSV',
  downloadFansCsvDescription:
    "Download the percentiles of the current scenario's uncertainty analysis as a CSV file (one row per output, percentile and year, as the command-line tool writes them)",
  printBrief: 'Print brief',
  printBriefDescription: 'Print a one-page brief: levers changed, target scorecard and key charts (the print dialog can save it as PDF)',
  downloadPng: 'Download chart as PNG',
  downloadPngFor: (title) => `Download chart as PNG: ${title}`,
  csvColumns: { id: 'Output id', label: 'Output', unit: 'Unit', series: 'Series' },
  csvUnits: {
    yuan_per_person_year: 'yuan per person a year',
    yuan_per_person_month: 'yuan per person a month',
    yuan_per_month: 'yuan a month',
    yuan_per_worker: 'yuan per worker',
    yuan_per_person: 'yuan per person',
    yuan: 'yuan',
    yuan_bn_per_year: 'bn yuan a year',
    percent: '%',
    percent_per_year: '% a year',
    pp: 'percentage points',
    pp_per_year: 'percentage points a year',
    ratio: 'ratio',
    share: 'share (0–1)',
    persons: 'persons',
    persons_per_household: 'persons per household',
    persons_10k: '10,000 persons',
    persons_million: 'million persons',
    per_year: 'per year',
    elasticity: 'elasticity',
    choice: 'option',
  },
  scorecardCsvColumns: {
    id: 'Target id',
    label: 'Target',
    value: '2025 value',
    target: 'Target value',
    comparator: 'Comparator',
    status: 'Status',
    basis: 'Basis',
    assumption: 'Assumption',
    firstYearReached: 'First year reached',
  },
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
  briefNotes: 'Notes',
  briefDisclaimer: 'Made with Prosperity Sandbox: the values are model estimates, not official statistics.',
  briefNoResult: 'The model results are not ready yet.',
};

/** The exports' strings by language. */
export const EXPORT_TEXT: Readonly<Record<Language, ExportText>> = { zh, en };
