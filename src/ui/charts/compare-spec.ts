import type { OutputDef, TargetDef } from '../../model/catalog';
import { CHART_TEXT } from '../i18n/charts';
import type { Language } from '../i18n/messages';
import type { PlotRole, PlotSeries, PlotSpec } from './chart-spec';
import { trajectorySpec } from './trajectory-spec';

/** The look of the compared scenarios' lines, in order: the first is the scenario on screen. */
export const COMPARED_ROLES: readonly PlotRole[] = ['scenario', 'compared-2', 'compared-3', 'compared-4'];

/** What a comparison chart shows: one output's path in each compared scenario, with its target. */
export interface CompareChartInput {
  readonly output: OutputDef;
  readonly target: TargetDef | undefined;
  readonly years: readonly number[];
  /** Each scenario's name and its path of the output, in the order compared. */
  readonly scenarios: readonly { readonly name: string; readonly values: readonly number[] }[];
  readonly language: Language;
}

/**
 * One output across the compared scenarios: a line per scenario (a colour and dash pattern each),
 * the target as on the trajectory chart, and the target year marked; axes, units and source as
 * the trajectory chart has them.
 */
export function compareSpec(input: CompareChartInput): PlotSpec {
  const first = input.scenarios[0];
  const base = trajectorySpec({
    output: input.output,
    target: input.target,
    years: input.years,
    baseline: first?.values ?? [],
    modifiedBaseline: first?.values ?? [],
    scenario: first?.values ?? [],
    language: input.language,
  });
  const lines: PlotSeries[] = input.scenarios.map((s, i) => ({ label: s.name, values: [...s.values], role: COMPARED_ROLES[i] ?? 'compared-4' }));
  const targets = base.series.filter((s) => s.role === 'target');
  return { ...base, title: `${input.output.label[input.language]} · ${CHART_TEXT[input.language].compareTitle}`, series: [...lines, ...targets] };
}
