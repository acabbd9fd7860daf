import type { WorkbenchResult } from '../../compute/model-api';
import { PARAMETERS, type ParameterDef, type TargetState } from '../../model/catalog';
import type { ScenarioDoc } from '../../scenario/document';
import { scheduleValues, SCHEDULE_YEARS } from '../../scenario/paths';
import { formatParameterValue } from '../format/lever-values';
import type { Language } from '../i18n/messages';
import { fiscalTable } from './fiscal-table';
import { rowCells } from './scorecard-view';

/** One plan target across the compared scenarios: its label and threshold, and each scenario's value and verdict. */
export interface CompareTargetRow {
  readonly id: string;
  readonly label: string;
  readonly target: string;
  readonly cells: readonly { readonly value: string; readonly status: string; readonly state: TargetState }[];
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

/**
 * A lever or assumption that some compared scenarios set differently, over a span of years in
 * which each scenario's value stays the same: its label and each scenario's setting.
 */
export interface CompareSettingRow {
  /** The parameter's id. */
  readonly id: string;
  /** The row's own key: the parameter id, with `@<first year>` when the parameter differs by year. */
  readonly key: string;
  readonly label: string;
  readonly assumption: boolean;
  readonly unit: ParameterDef['unit'];
  /** The first and last schedule year of the span (equal for a single year). */
  readonly from: number;
  readonly to: number;
  /** The span is every schedule year: the scenarios differ alike in all of them. */
  readonly everyYear: boolean;
  /** Each scenario's value in the span, in catalog units (as the model reads the scenario). */
  readonly numbers: readonly number[];
  /** Each scenario's value written out; a scenario that leaves the parameter alone has it marked as the default. */
  readonly values: readonly string[];
}

/**
 * The spans of schedule years in which the scenarios' values of one parameter differ: runs of
 * consecutive differing years over which every scenario's value is unchanged. `columns` holds
 * each scenario's values, one per schedule year.
 */
function differingSpans(columns: readonly (readonly number[])[]): { from: number; to: number; values: number[] }[] {
  const spans: { from: number; to: number; values: number[] }[] = [];
  SCHEDULE_YEARS.forEach((year, i) => {
    const values = columns.map((c) => c[i]!);
    if (values.every((v) => v === values[0])) return;
    const last = spans[spans.length - 1];
    if (last && last.to === year - 1 && last.values.every((v, k) => v === values[k])) last.to = year;
    else spans.push({ from: year, to: year, values });
  });
  return spans;
}

/**
 * What differs between the compared scenarios' inputs, in catalog order (levers, then
 * assumptions), by the values the model reads in each schedule year (so a path and a number
 * that give the same values do not differ). A parameter whose scenarios differ alike in every
 * year is one row; one with a year-by-year path has a row per span of years in which the values
 * stay the same, e.g. 2021, 2022, …, 2025–2035 for a ramp to 2025. A parameter read only in its
 * first year (not time-varying) is one row. A scenario that leaves a parameter alone shows its
 * default, marked as such by `defaultText`.
 */
export function compareSettingRows(docs: readonly ScenarioDoc[], language: Language, defaultText: (value: string) => string): CompareSettingRow[] {
  const rows: CompareSettingRow[] = [];
  const first = SCHEDULE_YEARS[0]!;
  const last = SCHEDULE_YEARS[SCHEDULE_YEARS.length - 1]!;
  for (const kind of ['lever', 'assumption'] as const) {
    for (const def of PARAMETERS.filter((p) => p.kind === kind)) {
      const settings = docs.map((d) => d.overrides[def.id]);
      if (settings.every((s) => s === undefined)) continue;
      const full = settings.map((s) => scheduleValues(def, s));
      // A parameter that is not time-varying is read in its first year only: the rest of a path is ignored.
      const columns = def.timeVarying ? full : full.map((c) => c.map(() => c[0]!));
      const spans = differingSpans(columns);
      const everyYear = spans.length === 1 && spans[0]!.from === first && spans[0]!.to === last;
      for (const span of spans) {
        rows.push({
          id: def.id,
          key: spans.length === 1 ? def.id : `${def.id}@${span.from}`,
          label: def.label[language],
          assumption: kind === 'assumption',
          unit: def.unit,
          from: span.from,
          to: span.to,
          everyYear,
          numbers: span.values,
          values: span.values.map((v, i) => {
            const text = formatParameterValue(def, v, language);
            return settings[i] === undefined ? defaultText(text) : text;
          }),
        });
      }
    }
  }
  return rows;
}

/** A compared scenario's total fiscal cost of its levers: per year 2021–2025 and cumulative (yuan; the model's outputs). */
export interface CompareFiscalTotal {
  readonly years: readonly (number | undefined)[];
  readonly cumulative: number | undefined;
}

/** Each compared scenario's total fiscal cost, as the fiscal panel's total row reads it (FISCAL_YEARS, then 2021–2025 cumulative). */
export function compareFiscalTotals(results: readonly WorkbenchResult[]): CompareFiscalTotal[] {
  return results.map((r) => {
    const total = fiscalTable(r.scenario, 'en').total;
    return { years: total.yuan, cumulative: total.cumulative };
  });
}
