import { SvelteMap } from 'svelte/reactivity';
import type { McFan, McIndicator, McResult } from '../../compute/mc-api';
import { MC_DEFAULT_SEED, type McPool } from '../../compute/mc-pool';
import type { ScenarioDoc } from '../../scenario/document';
import { MC_DONE_MARK, MC_START_MARK } from './bench-marks';

/** The draws the Uncertainty control offers: 500 by default, 2,000 for narrower bands. */
export const DRAW_CHOICES = [500, 2000] as const;

/** A Monte Carlo result and whether it is the current scenario's. */
export interface ShownUncertainty {
  readonly result: McResult;
  /** The scenario changed since (or the draws chosen differ): shown greyed and marked "not current". */
  readonly stale: boolean;
}

/**
 * What the shown result holds for one custom indicator: its fan; `unavailable` when its expression
 * cannot be evaluated; `not-run` when the indicator was added or its expression edited since the
 * run (an indicator without a target leaves the result current, but the run never evaluated it).
 */
export type CustomFanState =
  | { readonly kind: 'fan'; readonly fan: McFan; readonly draws: number; readonly seed: number }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'not-run' };

/** A kept result and the expression of each custom indicator it evaluated, by id. */
interface KeptResult {
  readonly result: McResult;
  readonly expressions: Readonly<Record<string, string>>;
}

/** What an Uncertainty reads from the page besides the pool and the scenario. */
export interface UncertaintyOptions {
  /** The clock for the time left (default performance.now). */
  readonly now?: () => number;
  /** An extra draw count to offer (default: window.__mcTestDraws, see `choices`). */
  readonly testDraws?: number | undefined;
  /** Resolves when the page is quiet: the draws pause between blocks until it does (RunScheduler.quiet). */
  readonly quiet?: () => Promise<void>;
}

/**
 * The Monte Carlo state of the page: runs the scenario on the pool, tracks progress and the time
 * left, and keeps each result under its scenario, seed and draws, so going back to a scenario
 * shows its result again and any other scenario shows the last one as stale.
 */
export class Uncertainty {
  draws = $state<number>(DRAW_CHOICES[0]);
  /**
   * The draws offered: DRAW_CHOICES, led by another count when the page was opened with
   * `window.__mcTestDraws` set before load (the e2e specs set a small one, so a run takes seconds
   * on a loaded machine; `npm run bench:ui` sets 1,000).
   */
  readonly choices: readonly number[];
  readonly seed = MC_DEFAULT_SEED;
  running = $state(false);
  done = $state(0);
  total = $state(0);
  /** Seconds left, estimated from the pace so far; undefined before the first block ends. */
  secondsLeft = $state<number | undefined>(undefined);
  /** Why the last run failed: a worker's reason, or `stalled` when no worker reported for a minute. */
  error = $state<{ readonly kind: 'failed'; readonly reason: string } | { readonly kind: 'stalled' } | undefined>(undefined);
  #last = $state<({ key: string } & KeptResult) | undefined>(undefined);
  readonly #results = new SvelteMap<string, KeptResult>();
  readonly #pool: McPool | undefined;
  readonly #scenario: () => ScenarioDoc;
  readonly #now: () => number;
  readonly #quiet: () => Promise<void>;
  #cancel: (() => void) | undefined;

  constructor(pool: McPool | undefined, scenario: () => ScenarioDoc, options: UncertaintyOptions = {}) {
    this.#pool = pool;
    const testDraws = options.testDraws ?? testDrawsHook();
    this.choices = testDraws ? [testDraws, ...DRAW_CHOICES] : DRAW_CHOICES;
    this.#scenario = scenario;
    this.#now = options.now ?? (() => performance.now());
    this.#quiet = options.quiet ?? (() => Promise.resolve());
  }

  /** Whether this page can run Monte Carlo (a test workbench has no pool). */
  get available(): boolean {
    return this.#pool !== undefined;
  }

  /** What identifies a result: the scenario's overrides and custom targets (all Monte Carlo reads), the seed and the draws. */
  get key(): string {
    return `${JSON.stringify(this.#scenario().overrides)}|${JSON.stringify(customTargets(this.#scenario()))}|${this.seed}|${this.draws}`;
  }

  /** The current scenario's result, else the last result marked stale; undefined before any run. */
  get shown(): ShownUncertainty | undefined {
    const shown = this.#shown();
    return shown && { result: shown.kept.result, stale: shown.stale };
  }

  /**
   * The fan of custom indicator `id` with this expression in the current result; undefined when
   * no result is current (none yet, or stale: a stale result draws no fan, as for the outputs).
   */
  customFan(id: string, expression: string): CustomFanState | undefined {
    const shown = this.#shown();
    if (!shown || shown.stale) return undefined;
    const { result, expressions } = shown.kept;
    if (expressions[id] !== expression) return { kind: 'not-run' };
    const fan = result.customQuantiles?.[id];
    return fan ? { kind: 'fan', fan, draws: result.draws, seed: result.seed } : { kind: 'unavailable' };
  }

  #shown(): { kept: KeptResult; stale: boolean } | undefined {
    const last = this.#last;
    if (!last) return undefined;
    const key = this.key;
    if (last.key === key) return { kept: last, stale: false };
    const kept = this.#results.get(key);
    return kept ? { kept, stale: false } : { kept: last, stale: true };
  }

  /** Runs Monte Carlo for the scenario on screen (cancelling a run in flight). */
  async run(): Promise<void> {
    if (!this.#pool) return;
    this.#cancel?.();
    const key = this.key;
    const draws = this.draws;
    const indicators = customIndicators(this.#scenario());
    const started = this.#now();
    this.running = true;
    this.error = undefined;
    this.done = 0;
    this.total = draws;
    this.secondsLeft = undefined;
    performance.mark(MC_START_MARK, { detail: draws });
    const run = this.#pool.run(
      { overrides: this.#scenario().overrides, draws, seed: this.seed, indicators },
      (done, total) => {
        this.done = done;
        this.total = total;
        const elapsed = (this.#now() - started) / 1000;
        this.secondsLeft = done > 0 ? (elapsed * (total - done)) / done : undefined;
      },
      this.#quiet,
    );
    this.#cancel = run.cancel;
    const outcome = await run.outcome;
    if (this.#cancel !== run.cancel) return;
    this.#cancel = undefined;
    this.running = false;
    if (outcome.status === 'done') {
      performance.mark(MC_DONE_MARK, { detail: draws });
      const expressions = Object.fromEntries(indicators.map((i) => [i.id, i.expression]));
      this.#results.set(key, { result: outcome.summary, expressions });
      this.#last = { key, result: outcome.summary, expressions };
    } else if (outcome.status === 'failed') {
      this.error = { kind: 'failed', reason: outcome.message };
    } else if (outcome.status === 'stalled') {
      this.error = { kind: 'stalled' };
    }
  }

  /** Stops the run in flight at once; the result shown before stays. */
  cancel(): void {
    this.#cancel?.();
  }
}

/** The scenario's custom indicators, as the pool takes them: each gets a fan, those with a target a P(met). */
function customIndicators(scenario: ScenarioDoc): McIndicator[] {
  return (scenario.indicators ?? []).map((i) => ({ id: i.id, expression: i.expression, ...(i.target && { target: i.target }) }));
}

/** The scenario's custom indicators that have a target: they decide P(met), so a change to one makes a result stale. */
function customTargets(scenario: ScenarioDoc): McIndicator[] {
  return (scenario.indicators ?? []).flatMap((i) => (i.target ? [{ id: i.id, expression: i.expression, target: i.target }] : []));
}

/** The specs' and the bench's draw count (see Uncertainty.choices): an integer from 1 to 10,000 on `window.__mcTestDraws` other than a choice, else undefined. */
function testDrawsHook(): number | undefined {
  const value = (globalThis as { __mcTestDraws?: unknown }).__mcTestDraws;
  const offered = (DRAW_CHOICES as readonly number[]).includes(value as number);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 10_000 && !offered ? value : undefined;
}
