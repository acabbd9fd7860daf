/**
 * "Who gains": the cuts and measures of a scenario's distributional impact against its baseline
 * (computed by src/model/indicators/who-gains.ts, carried per year in ScenarioResult.whoGains).
 * The definitions follow PolicyEngine's decile impact and intra-decile winners and losers
 * (PolicyEngine/policyengine.py, docs/Distributional/ByIncomeDecile), on per-capita income.
 */
import { A, B } from './builders';
import type { Bilingual, SourceRef, Unit } from './types';

/** The population cuts: everyone, the households urban and rural in 2020 (movers stay with their household), and the 26 mountain counties. */
export const WHO_GAINS_CUTS = ['all', 'urban', 'rural', 'mountain'] as const;
export type WhoGainsCutId = (typeof WHO_GAINS_CUTS)[number];

/** Labels of the cuts. */
export const WHO_GAINS_CUT_LABELS: Readonly<Record<WhoGainsCutId, Bilingual>> = {
  all: B('全省', 'Province'),
  urban: B('城镇', 'Urban'),
  rural: B('农村', 'Rural'),
  mountain: B('26个山区县', '26 mountain counties'),
};

/** Number of income groups: deciles of persons ranked by baseline per-capita income. */
export const WHO_GAINS_DECILES = 10;

/** A household whose income changes by more than this share (1 %) gains or loses; otherwise it counts as no change. */
export const WHO_GAINS_THRESHOLD = 0.01;

/** Multiples of the dibao line the poverty counts use. */
export const WHO_GAINS_LINES = [1, 1.5, 2] as const;

/** One who-gains measure: a field of WhoGainsGroup, per decile or for the whole cut. */
export interface WhoGainsMeasureDef {
  readonly id:
    | 'decileBaselineMean'
    | 'decileChange'
    | 'decilePercentChange'
    | 'meanChange'
    | 'percentChange'
    | 'gainShare'
    | 'loseShare'
    | 'noChangeShare'
    | 'baselineBelow'
    | 'scenarioBelow'
    | 'belowChange';
  /** 'decile': ten values (deciles 1–10); 'line': three (1, 1.5, 2 × the line); 'cut': one. */
  readonly shape: 'decile' | 'line' | 'cut';
  readonly label: Bilingual;
  readonly description: Bilingual;
  readonly unit: Unit;
  readonly source: SourceRef;
}

const COMPARISON = A(
  '模型输出：情景与同一假设下的基准（所有政策杠杆取默认值）逐户比较。',
  'Model output: the scenario compared household by household with the baseline under the same assumptions (every lever at its default).',
);

/** The measures, in the order the CSV and the CLI list them. */
export const WHO_GAINS_MEASURES: readonly WhoGainsMeasureDef[] = [
  {
    id: 'decileBaselineMean',
    shape: 'decile',
    label: B('基准人均可支配收入（按十分位）', 'Baseline per-capita income by decile'),
    description: B(
      '按基准人均可支配收入将人口分为十等份（每份10%的人口），每份的基准平均收入。',
      'Persons ranked by baseline per-capita disposable income into ten equal groups (10 % of persons each); the mean baseline income of each.',
    ),
    unit: 'yuan_per_person_year',
    source: COMPARISON,
  },
  {
    id: 'decileChange',
    shape: 'decile',
    label: B('人均可支配收入变化（按十分位）', 'Change in per-capita income by decile'),
    description: B(
      '每个十分位组人均可支配收入的平均变化（情景减基准）。',
      'Mean change in per-capita disposable income of each decile (scenario minus baseline).',
    ),
    unit: 'yuan_per_person_year',
    source: COMPARISON,
  },
  {
    id: 'decilePercentChange',
    shape: 'decile',
    label: B('人均可支配收入变化率（按十分位）', 'Percentage change in income by decile'),
    description: B('每个十分位组收入总额的变化占其基准收入总额的百分比。', "Each decile's change in total income as a percentage of its baseline total."),
    unit: 'percent',
    source: COMPARISON,
  },
  {
    id: 'meanChange',
    shape: 'cut',
    label: B('人均可支配收入平均变化', 'Mean change in per-capita income'),
    description: B('该人群人均可支配收入的平均变化（情景减基准）。', 'Mean change in per-capita disposable income of the group (scenario minus baseline).'),
    unit: 'yuan_per_person_year',
    source: COMPARISON,
  },
  {
    id: 'percentChange',
    shape: 'cut',
    label: B('人均可支配收入变化率', 'Percentage change in income'),
    description: B('该人群收入总额的变化占基准收入总额的百分比。', "The group's change in total income as a percentage of its baseline total."),
    unit: 'percent',
    source: COMPARISON,
  },
  {
    id: 'gainShare',
    shape: 'cut',
    label: B('收入增加超过1%的人口占比', 'Persons gaining more than 1 %'),
    description: B('所在家庭人均收入增加超过1%的人口占比。', 'Share of persons whose household per-capita income rises by more than 1 %.'),
    unit: 'percent',
    source: COMPARISON,
  },
  {
    id: 'loseShare',
    shape: 'cut',
    label: B('收入减少超过1%的人口占比', 'Persons losing more than 1 %'),
    description: B('所在家庭人均收入减少超过1%的人口占比。', 'Share of persons whose household per-capita income falls by more than 1 %.'),
    unit: 'percent',
    source: COMPARISON,
  },
  {
    id: 'noChangeShare',
    shape: 'cut',
    label: B('收入变化不超过1%的人口占比', 'Persons with no change (within 1 %)'),
    description: B('所在家庭人均收入变化在±1%以内的人口占比。', 'Share of persons whose household per-capita income changes by 1 % or less either way.'),
    unit: 'percent',
    source: COMPARISON,
  },
  {
    id: 'baselineBelow',
    shape: 'line',
    label: B('基准：低于低保标准1、1.5、2倍的人数', 'Baseline: persons below 1, 1.5 and 2 × the dibao line'),
    description: B(
      '基准中人均收入低于基准低保标准（各市）1倍、1.5倍、2倍的人数；情景与基准用同一条线。',
      "Persons in the baseline whose per-capita income is below 1, 1.5 and 2 times the baseline's dibao line (by city); scenario and baseline use the same line.",
    ),
    unit: 'persons',
    source: COMPARISON,
  },
  {
    id: 'scenarioBelow',
    shape: 'line',
    label: B('情景：低于低保标准1、1.5、2倍的人数', 'Scenario: persons below 1, 1.5 and 2 × the dibao line'),
    description: B(
      '情景中人均收入低于基准低保标准（各市）1倍、1.5倍、2倍的人数。',
      "Persons in the scenario whose per-capita income is below 1, 1.5 and 2 times the baseline's dibao line (by city).",
    ),
    unit: 'persons',
    source: COMPARISON,
  },
  {
    id: 'belowChange',
    shape: 'line',
    label: B('低于低保标准1、1.5、2倍人数的变化', 'Change in persons below 1, 1.5 and 2 × the dibao line'),
    description: B(
      '情景减基准：低于基准低保标准1倍、1.5倍、2倍的人数之差。',
      "Scenario minus baseline: persons below 1, 1.5 and 2 times the baseline's dibao line.",
    ),
    unit: 'persons',
    source: COMPARISON,
  },
];
