/**
 * The words of the CSV exports, in both languages: column headers, unit and series names. The CSV
 * format is shared by the app and the command line (docs/csv.md), so its words live here beside
 * the writer rather than in src/ui/i18n.
 */
import type { Unit } from '../model/catalog';

/** The languages a CSV can be written in. */
export type CsvLanguage = 'zh' | 'en';

/** The words of one language. */
export interface CsvText {
  readonly columns: { readonly id: string; readonly label: string; readonly unit: string; readonly series: string; readonly year: string };
  readonly units: Readonly<Record<Unit, string>>;
  readonly series: { readonly scenario: string; readonly modifiedBaseline: string; readonly baseline: string };
  /** Who gains (long layout): the series name, and the decile or line multiple a row holds. */
  readonly whoGains: { readonly series: string; readonly decile: (decile: number) => string; readonly line: (multiple: number) => string };
  /**
   * A custom indicator's rows: its label marked custom, and the name of one without a label in
   * either language (the words of the app's panel, INDICATORS_TEXT.untitled; a spec checks).
   */
  readonly custom: { readonly label: (name: string) => string; readonly untitled: (n: number) => string };
}

/** The CSV words by language (identical keys). */
export const CSV_TEXT: Readonly<Record<CsvLanguage, CsvText>> = {
  zh: {
    columns: { id: '指标代码', label: '指标', unit: '单位', series: '序列', year: '年份' },
    units: {
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
    series: { scenario: '情景', modifiedBaseline: '基准（按当前假设）', baseline: '基准' },
    whoGains: { series: '情景较同一假设下的基准', decile: (decile) => `第${decile}个十分位组`, line: (multiple) => `${multiple}倍低保标准` },
    custom: { label: (name) => `${name}（自定义）`, untitled: (n) => `自定义指标 ${n}` },
  },
  en: {
    columns: { id: 'Output id', label: 'Output', unit: 'Unit', series: 'Series', year: 'Year' },
    units: {
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
    series: { scenario: 'Scenario', modifiedBaseline: 'Baseline with your assumptions', baseline: 'Baseline' },
    whoGains: { series: 'Scenario vs baseline (same assumptions)', decile: (decile) => `decile ${decile}`, line: (multiple) => `${multiple} × the dibao line` },
    custom: { label: (name) => `${name} (custom)`, untitled: (n) => `Custom indicator ${n}` },
  },
};
