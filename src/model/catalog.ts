/**
 * The metadata surface of the model: every parameter and output with its labels, unit, range and
 * source. It holds no computation, so the UI and the scenario layer may import it freely.
 */

/** A label or description in both of the app's languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** Where a default or an output comes from: a key of the baseline data file, or a stated assumption. */
export type SourceRef = { readonly dataKey: string } | { readonly assumption: Bilingual };

/** Units the formatting layer knows how to display. */
export type Unit = 'yuan_per_person_year' | 'percent' | 'percent_per_year' | 'ratio';

/** One scenario input: its range, default and where the default comes from. */
export interface ParameterDef {
  readonly id: string;
  readonly label: Bilingual;
  readonly description: Bilingual;
  readonly unit: Unit;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** A key in the baseline data file, or a stated assumption. */
  readonly source: SourceRef;
}

/** One model output series. */
export interface OutputDef {
  readonly id: string;
  readonly label: Bilingual;
  readonly unit: Unit;
  readonly source: SourceRef;
}

/** The 2025 target of a modelled output, as the plan states it. */
export interface TargetDef {
  readonly outputId: string;
  readonly comparator: '>=' | '>' | '<=' | '<';
  readonly value: number;
  readonly year: number;
}

/** Version of the model code; a scenario records it so results can be reproduced. */
export const MODEL_VERSION = '0.1.0';

/** Vintage of the baseline data the model is calibrated on. */
export const DATA_VINTAGE = '2020';

/** First and last simulated years. */
export const BASE_YEAR = 2020;
export const HORIZON_YEAR = 2025;

/** Scenario inputs of the thin slice. */
export const PARAMETERS: readonly ParameterDef[] = [
  {
    id: 'income_growth_nominal',
    label: { zh: '居民收入名义年增速', en: 'Nominal income growth' },
    description: {
      zh: '2021年起全体居民人均可支配收入的名义年增长率（占位杠杆，完整模型替换之）。',
      en: 'Annual nominal growth of per-capita disposable income from 2021 (a placeholder lever until the full model lands).',
    },
    unit: 'percent_per_year',
    default: 7.0,
    min: 0,
    max: 12,
    step: 0.1,
    source: {
      assumption: {
        zh: '接近2016–2020年平均名义增速（城镇7.5%/年、农村8.6%/年；income_growth_13th_fyp_average）。',
        en: 'Close to the 2016–2020 average nominal growth (urban 7.5 %/yr, rural 8.6 %/yr; income_growth_13th_fyp_average).',
      },
    },
  },
  {
    id: 'dibao_uplift',
    label: { zh: '低保标准提高幅度', en: 'Dibao standard uplift' },
    description: {
      zh: '低保标准相对基准路径（随收入增长同步提标）的提高幅度。',
      en: 'Raise of the dibao (minimum living allowance) standard above its baseline path, which rises with income.',
    },
    unit: 'percent',
    default: 0,
    min: 0,
    max: 100,
    step: 1,
    source: { dataKey: 'dibao_standard' },
  },
];

/** Model outputs of the thin slice. */
export const OUTPUTS: readonly OutputDef[] = [
  {
    id: 'income_per_capita',
    label: { zh: '全体居民人均可支配收入', en: 'Per-capita disposable income' },
    unit: 'yuan_per_person_year',
    source: { dataKey: 'income_pc_province' },
  },
];

/** Targets of the plan for the outputs above. */
export const TARGETS: readonly TargetDef[] = [{ outputId: 'income_per_capita', comparator: '>=', value: 75000, year: 2025 }];

/** Looks a parameter up by id. */
export function findParameter(id: string): ParameterDef | undefined {
  return PARAMETERS.find((p) => p.id === id);
}
