/**
 * The one chart of a presented step, and its key targets: built from the worker's result with the
 * same spec builders as the workbench's views (nothing is computed here but the choice of chart
 * and rows).
 */
import { CITIES, CITY_NAMES, findOutput, TARGETS, TARGET_YEAR, type ScorecardRow, type WorkbenchResult } from '../../model/catalog';
import type { StoryView } from '../../scenario/story';
import type { Language } from '../i18n/messages';
import type { PlotSpec } from './chart-spec';
import { cityBarsSpec } from './city-spec';
import { histogramSpec } from './distribution-spec';
import { trajectorySpec } from './trajectory-spec';

/**
 * The chart a step shows: the 11 cities' bars for the cities view, the income distribution for the
 * distribution view, else the trajectory of the step's output (household and compare need more
 * than a story step carries, so they show the output's trajectory). All for the plan's target year.
 */
export function presentSpec(result: WorkbenchResult, view: StoryView, focus: string, language: Language): PlotSpec | undefined {
  const spec = chartOf(result, view, focus, language);
  return spec && { ...spec, fontSize: PRESENT_AXIS_FONT };
}

/** The axes' type size in presentation mode, px: read from a few metres, and 16 years still fit across the chart. */
export const PRESENT_AXIS_FONT = 20;

function chartOf(result: WorkbenchResult, view: StoryView, focus: string, language: Language): PlotSpec | undefined {
  const years = result.scenario.years;
  if (view === 'cities') {
    return cityBarsSpec({
      cities: CITIES,
      names: CITY_NAMES,
      years,
      year: TARGET_YEAR,
      baseline: result.baseline.outputs,
      scenario: result.scenario.outputs,
      language,
    });
  }
  if (view === 'distribution') {
    const scenario = result.scenario.distributions.find((d) => d.year === TARGET_YEAR);
    const baseline = result.baseline.distributions.find((d) => d.year === TARGET_YEAR);
    if (scenario && baseline) return histogramSpec({ year: TARGET_YEAR, baseline: baseline.shares, scenario: scenario.shares, language });
  }
  const output = findOutput(focus);
  if (!output) return undefined;
  return trajectorySpec({
    output,
    target: TARGETS.find((t) => t.outputId === output.id),
    years,
    baseline: result.baseline.outputs[output.id] ?? [],
    modifiedBaseline: result.modifiedBaseline.outputs[output.id] ?? [],
    scenario: result.scenario.outputs[output.id] ?? [],
    language,
  });
}

/** The targets the headline states (income per person, the urban/rural income ratio). */
const HEADLINE_TARGETS = ['income_per_capita', 'urban_rural_income_ratio'] as const;

/**
 * The key targets of a step, as scorecard rows of the result: the step's own output first when it
 * is a modelled target, then the headline's targets; each once.
 */
export function keyTargetRows(scorecard: readonly ScorecardRow[], focus: string): ScorecardRow[] {
  const ids = [...new Set([focus, ...HEADLINE_TARGETS])];
  return ids.flatMap((id) => scorecard.filter((row) => row.id === id && row.kind === 'modeled'));
}
