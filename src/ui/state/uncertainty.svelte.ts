import { SvelteMap } from 'svelte/reactivity';
import type { McIndicator, McResult } from '../../compute/mc-api';
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
  #last = $state<{ key: string; result: McResult } | undefined>(undefined);
  readonly #results = new SvelteMap<string, McResult>();
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
    const last = this.#last;
    if (!last) return undefined;
    const key = this.key;
    if (last.key === key) return { result: last.result, stale: false };
    const kept = this.#results.get(key);
    return kept ? { result: kept, stale: false } : { result: last.result, stale: true };
  }

  /** Runs Monte Carlo for the scenario on screen (cancelling a run in flight). */
  async run(): Promise<void> {
    if (!this.#pool) return;
    this.#cancel?.();
    const key = this.key;
    const draws = this.draws;
    const started = this.#now();
    this.running = true;
    this.error = undefined;
    this.done = 0;
    this.total = draws;
    this.secondsLeft = undefined;
    performance.mark(MC_START_MARK, { detail: draws });
    const run = this.#pool.run(
      { overrides: this.#scenario().overrides, draws, seed: this.seed, indicators: customTargets(this.#scenario()) },
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
      this.#results.set(key, outcome.summary);
      this.#last = { key, result: outcome.summary };
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

/** The scenario's custom indicators that have a target (the ones Monte Carlo judges), as the pool takes them. */
function customTargets(scenario: ScenarioDoc): McIndicator[] {
  return (scenario.indicators ?? []).flatMap((i) => (i.target ? [{ id: i.id, expression: i.expression, target: i.target }] : []));
}

/** The specs' and the bench's draw count (see Uncertainty.choices): an integer from 1 to 10,000 on `window.__mcTestDraws` other than a choice, else undefined. */
function testDrawsHook(): number | undefined {
  const value = (globalThis as { __mcTestDraws?: unknown }).__mcTestDraws;
  const offered = (DRAW_CHOICES as readonly number[]).includes(value as number);
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 10_000 && !offered ? value : undefined;
}
