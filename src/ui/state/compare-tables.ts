import type { WorkbenchResult } from '../../compute/model-api';
import { findParameter, PARAMETERS } from '../../model/catalog';
import type { ScenarioDoc, ScenarioOverride } from '../../scenario/document';
import { formatParameterValue } from '../format/lever-values';
import type { Language } from '../i18n/messages';
import { rowCells } from './scorecard-view';

/** One plan target across the compared scenarios: its label and threshold, and each scenario's value and verdict. */
export interface CompareTargetRow {
  readonly id: string;
  readonly label: string;
  readonly target: string;
  readonly cells: readonly { readonly value: string; readonly status: string; readonly state: string }[];
  /** Some scenario's verdict differs from the first scenario's. */
  readonly differs: boolean;
}

/**
 * The scorecards of the compared scenarios side by side, in plan order, with the rows whose
 * verdict differs between scenarios marked (the first scenario is the reference).
 */
export function compareTargetRows(results: readonly WorkbenchResult[], language: Language): CompareTargetRow[] {
  const first = results[0];
  if (!first) return [];
  return first.scorecard.map((row) => {
    const rows = results.map((r) => r.scorecard.find((x) => x.id === row.id) ?? row);
    const cells = rows.map((r) => {
      const c = rowCells(r, language);
      return { value: c.value, status: c.status, state: r.state };
    });
    const head = rowCells(row, language);
    return { id: row.id, label: head.label, target: head.target, cells, differs: rows.some((r) => r.state !== row.state) };
  });
}

/** How many targets each scenario meets by its verdicts, counted by what they rest on (never summed across bases). */
export function metCounts(results: readonly WorkbenchResult[]): { model: number; assumed: number; trend: number }[] {
  return results.map((r) => {
    const met = r.scorecard.filter((row) => row.state === 'reached');
    return {
      model: met.filter((row) => row.basis === 'model').length,
      assumed: met.filter((row) => row.basis === 'assumed-level').length,
      trend: met.filter((row) => row.basis === 'trend').length,
    };
  });
}

/** A lever or assumption that some compared scenarios set differently: its label and each scenario's setting. */
export interface CompareSettingRow {
  readonly id: string;
  readonly label: string;
  readonly assumption: boolean;
  readonly values: readonly string[];
}

function sameOverride(a: ScenarioOverride | undefined, b: ScenarioOverride | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What differs between the compared scenarios' inputs, in catalog order (levers, then
 * assumptions): a scalar as its value, a path as its points by year; a parameter a scenario
 * leaves alone shows its default, marked as such by `defaultText`.
 */
export function compareSettingRows(docs: readonly ScenarioDoc[], language: Language, defaultText: (value: string) => string): CompareSettingRow[] {
  const rows: CompareSettingRow[] = [];
  for (const kind of ['lever', 'assumption'] as const) {
    for (const def of PARAMETERS.filter((p) => p.kind === kind)) {
      const settings = docs.map((d) => d.overrides[def.id]);
      if (settings.every((s) => sameOverride(s, settings[0]))) continue;
      const parameter = findParameter(def.id)!;
      const values = settings.map((s) => {
        if (s === undefined) return defaultText(formatParameterValue(parameter, parameter.default, language));
        if (typeof s === 'number') return formatParameterValue(parameter, s, language);
        return s.path.map(([year, v]) => `${year}: ${formatParameterValue(parameter, v, language)}`).join(', ');
      });
      rows.push({ id: def.id, label: def.label[language], assumption: kind === 'assumption', values });
    }
  }
  return rows;
}

/** A compared scenario on the trade-off between what it costs and what it achieves. */
export interface TradeOffPoint {
  /** The scenario's place in the comparison. */
  readonly index: number;
  /** Cumulative 2021–2025 fiscal cost of its levers (yuan; the model's output), undefined if unknown. */
  readonly cost: number | undefined;
  /** Targets the model judges met in 2025 (basis `model` only: assumed levels and trends are not counted in). */
  readonly met: number;
  /** No other compared scenario costs no more and meets no fewer, and one of the two strictly (Pareto-efficient). */
  readonly efficient: boolean;
}

/** Each compared scenario's cumulative fiscal cost against its modelled targets met, the Pareto-efficient ones marked. */
export function tradeOffPoints(results: readonly WorkbenchResult[], targetYear: number): TradeOffPoint[] {
  const points = results.map((r, index) => {
    const t = r.scenario.years.indexOf(targetYear);
    return {
      index,
      cost: r.scenario.outputs['fiscal_cost_total_cumulative']?.[t],
      met: r.scorecard.filter((row) => row.state === 'reached' && row.basis === 'model').length,
    };
  });
  return points.map((p) => ({
    ...p,
    efficient:
      p.cost !== undefined &&
      !points.some((q) => q !== p && q.cost !== undefined && q.cost <= p.cost! && q.met >= p.met && (q.cost < p.cost! || q.met > p.met)),
  }));
}
