import { findParameter, TARGET_YEAR } from '../../model/catalog';
import type { CustomIndicatorDoc, ScenarioDoc, ScenarioOverride, TrackedTrendDoc } from '../../scenario/document';
import { emptyScenario } from '../../scenario/parse';
import { presetPath, scheduleValues, withYearValue, type SchedulePreset } from '../../scenario/paths';
import { PRESETS } from '../../scenario/presets';
import { sameValue } from '../../scenario/merge';
import type { BenchMarks } from './bench-marks';

/** Observed inputs run to 2024 (data file); a slider on such a parameter moves the projection from 2025. */
const FIRST_PROJECTED_YEAR = 2025;

/**
 * The scenario being edited: reads parameters as the controls show them and turns every edit into
 * a new document. It neither runs nor saves; whoever owns it hears of each edit (`edited`).
 */
export class ScenarioEditor {
  scenario = $state.raw<ScenarioDoc>(emptyScenario());
  /** The preset whose levers and assumptions the scenario has, if any. */
  readonly presetId = $derived(PRESETS.find((p) => sameValue(p.overrides, this.scenario.overrides))?.id);

  readonly #marks: BenchMarks;
  readonly #edited: (fromSlider: boolean) => void;

  /** `edited` is called after every edit, with whether it came from a slider (the first step of a drag, perhaps). */
  constructor(marks: BenchMarks, edited: (fromSlider: boolean) => void) {
    this.#marks = marks;
    this.#edited = edited;
  }

  // ── Reading parameters ──────────────────────────────────────────────────────────────

  /** The override of a parameter, or undefined at its default. */
  override(id: string): ScenarioOverride | undefined {
    return this.scenario.overrides[id];
  }

  /** The value a slider shows: a scalar override, the first value of a path, or the default. */
  scalarValue(id: string): number {
    const def = findParameter(id);
    if (!def) throw new Error(`bug: unknown parameter ${id}`);
    const value = this.scenario.overrides[id];
    if (value === undefined) return def.defaultPath ? (def.defaultPath[TARGET_YEAR] ?? def.default) : def.default;
    return typeof value === 'number' ? value : scheduleValues(def, value)[TARGET_YEAR - 2021]!;
  }

  /** The parameter's value in every schedule year (2021 … 2035), as the model reads it. */
  schedule(id: string): number[] {
    const def = findParameter(id);
    if (!def) throw new Error(`bug: unknown parameter ${id}`);
    return scheduleValues(def, this.scenario.overrides[id]);
  }

  /** Whether any parameter of the given kind differs from its default. */
  changed(kind: 'lever' | 'assumption'): string[] {
    return Object.keys(this.scenario.overrides).filter((id) => findParameter(id)?.kind === kind);
  }

  // ── Editing ─────────────────────────────────────────────────────────────────────────

  /**
   * Sets a parameter to one value for every year. A parameter whose default is a path with
   * observed years (GDP growth, CPI, population) keeps its observed 2021–2024 values: the value
   * applies from the first projected year on. `fromSlider`: the value comes from the slider itself,
   * whose step may start a drag; it is shown as a preview at once and run exactly when the slider rests.
   */
  setScalar(id: string, value: number, { fromSlider = false }: { fromSlider?: boolean } = {}): void {
    const def = findParameter(id);
    this.setOverride(id, def?.defaultPath ? { path: [[FIRST_PROJECTED_YEAR, value]] } : value, fromSlider);
  }

  /** Sets one year of a parameter's schedule, keeping the others. */
  setYear(id: string, year: number, value: number): void {
    const def = findParameter(id);
    if (!def) throw new Error(`bug: unknown parameter ${id}`);
    this.setOverride(id, withYearValue(def, this.scenario.overrides[id], year, value));
  }

  /** Applies a schedule preset (linear ramp, from a year, front-loaded) towards a value. */
  applySchedulePreset(id: string, preset: SchedulePreset, value: number, startYear: number, endYear: number): void {
    const def = findParameter(id);
    if (!def) throw new Error(`bug: unknown parameter ${id}`);
    this.setOverride(id, presetPath(def, preset, value, startYear, endYear));
  }

  /** Puts one parameter back to its default. */
  reset(id: string): void {
    this.setOverride(id, undefined);
  }

  /** Puts every parameter of a kind back to its default; without a kind, every parameter, and clears the trends entered for tracked targets. */
  resetAll(kind?: 'lever' | 'assumption'): void {
    if (kind)
      this.#replace({
        ...this.scenario,
        overrides: Object.fromEntries(Object.entries(this.scenario.overrides).filter(([id]) => findParameter(id)?.kind !== kind)),
      });
    else this.#replace({ ...this.scenario, overrides: {}, tracked: {} });
  }

  /** Sets (or with undefined, clears) the user's trend for a tracked target. */
  setTracked(id: string, trend: TrackedTrendDoc | undefined): void {
    const tracked = { ...this.scenario.tracked };
    if (trend) tracked[id] = trend;
    else delete tracked[id];
    this.#replace({ ...this.scenario, tracked });
  }

  /** Replaces the levers and assumptions by a preset's (tracked trends and notes are kept). */
  applyPreset(id: string): void {
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset) return;
    this.#replace({ ...this.scenario, overrides: { ...preset.overrides } });
  }

  /** Replaces the scenario's custom indicators (an empty list leaves the field out, as a parsed document has it). */
  setIndicators(indicators: readonly CustomIndicatorDoc[]): void {
    const { indicators: _old, ...rest } = this.scenario;
    this.#replace(indicators.length === 0 ? rest : { ...rest, indicators: [...indicators] });
  }

  /** Edits the scenario's notes (plain text). */
  setNotes(notes: string): void {
    this.#replace({ ...this.scenario, notes });
  }

  /** Renames the scenario. */
  setName(name: string): void {
    this.#replace({ ...this.scenario, name });
  }

  /** Sets (or with undefined, clears) several parameters' overrides as one edit (a least-cost package applied, or taken back). */
  setOverrides(changes: Readonly<Record<string, ScenarioOverride | undefined>>): void {
    this.#marks.input();
    const overrides = { ...this.scenario.overrides };
    for (const [id, value] of Object.entries(changes)) {
      if (value === undefined) delete overrides[id];
      else overrides[id] = value;
    }
    this.#replace({ ...this.scenario, overrides });
  }

  /** Sets (or with undefined, clears) a parameter's override: an input the UI bench counts. */
  setOverride(id: string, value: ScenarioOverride | undefined, fromSlider = false): void {
    this.#marks.input();
    const overrides = { ...this.scenario.overrides };
    if (value === undefined) delete overrides[id];
    else overrides[id] = value;
    this.#replace({ ...this.scenario, overrides }, fromSlider);
  }

  #replace(doc: ScenarioDoc, fromSlider = false): void {
    this.#marks.tag(doc);
    this.scenario = doc;
    this.#edited(fromSlider);
  }
}
