// Linear programs, solved by HiGHS (the `highs` package: the HiGHS solver compiled to WebAssembly).
// A maintained solver rather than a simplex of our own: HiGHS handles degenerate and badly scaled
// programs, and says "infeasible" when a program is, which a hand-written simplex gets wrong in
// exactly the cases that matter. It is deterministic (one thread, no time limit), so the core
// stays reproducible.

import highsLoader, { type Highs } from 'highs';

/** One linear constraint: lower ≤ Σ coefficients[j]·x[j] ≤ upper (either side may be absent). */
export interface LpRow {
  readonly coefficients: readonly number[];
  readonly lower?: number;
  readonly upper?: number;
}

/** minimise Σ costs[j]·x[j] subject to every row and lower[j] ≤ x[j] ≤ upper[j]. */
export interface LinearProgram {
  readonly costs: readonly number[];
  readonly rows: readonly LpRow[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/** `optimal`: `x` is a minimiser; `infeasible`: no x meets every row and bound; `failed`: anything else HiGHS reports. */
export type LpStatus = 'optimal' | 'infeasible' | 'failed';

/** A solved linear program. `x` and `objective` are meaningful only when `status` is `optimal`. */
export interface LpSolution {
  readonly status: LpStatus;
  /** HiGHS's own status text ("Optimal", "Infeasible", …). */
  readonly detail: string;
  readonly x: readonly number[];
  readonly objective: number;
}

/** Where to find the solver's WebAssembly binary: a bundled worker passes the URL its bundler gave the file. */
export interface LpSolverOptions {
  readonly locateFile?: (file: string) => string;
}

/** A linear-programming solver over a loaded HiGHS instance. */
export class LpSolver {
  readonly #highs: Highs;

  constructor(highs: Highs) {
    this.#highs = highs;
  }

  /** The HiGHS version the solver runs (for the record of what made a result). */
  get version(): string {
    return this.#highs.version.string;
  }

  /** Solves `program`; throws an Error naming the field when the program is malformed. */
  solve(program: LinearProgram): LpSolution {
    const n = program.costs.length;
    if (n === 0) throw new Error('bug: a linear program needs at least one variable');
    if (program.lower.length !== n || program.upper.length !== n) throw new Error('bug: lower and upper need one bound per variable');
    for (const row of program.rows) if (row.coefficients.length !== n) throw new Error('bug: each row needs one coefficient per variable');
    const result = this.#highs.solve(lpText(program), { output_flag: false });
    const status: LpStatus = result.Status === 'Optimal' ? 'optimal' : result.Status === 'Infeasible' ? 'infeasible' : 'failed';
    if (status !== 'optimal') return { status, detail: result.Status, x: [], objective: Number.NaN };
    const columns = result.Columns as Record<string, { readonly Primal?: number }>;
    const x = Array.from({ length: n }, (_, j) => columns[`x${j}`]?.Primal ?? 0);
    return { status, detail: result.Status, x, objective: result.ObjectiveValue };
  }
}

/** A number as CPLEX LP text: finite, in the shortest form that reads back to the same double. */
function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`bug: a linear program's number is ${value}`);
  return String(value);
}

/** A linear expression over x0…x(n−1); every variable appears (with 0), so HiGHS numbers the columns in order. */
function expression(coefficients: readonly number[]): string {
  return coefficients.map((c, j) => `${j === 0 ? (c < 0 ? '-' : '') : c < 0 ? ' - ' : ' + '}${num(Math.abs(c))} x${j}`).join('');
}

/** The program in CPLEX LP format, the text HiGHS's one-shot solve reads. */
function lpText({ costs, rows, lower, upper }: LinearProgram): string {
  const lines = ['Minimize', ` obj: ${expression(costs)}`, 'Subject To'];
  rows.forEach((row, i) => {
    if (row.lower !== undefined && row.upper !== undefined && row.lower === row.upper)
      lines.push(` r${i}: ${expression(row.coefficients)} = ${num(row.lower)}`);
    else {
      if (row.lower !== undefined) lines.push(` r${i}l: ${expression(row.coefficients)} >= ${num(row.lower)}`);
      if (row.upper !== undefined) lines.push(` r${i}u: ${expression(row.coefficients)} <= ${num(row.upper)}`);
    }
  });
  // An LP file needs a constraint section with a row; a program with none gets a vacuous one.
  if (rows.length === 0) lines.push(` r: ${expression(costs.map(() => 0))} >= 0`);
  lines.push('Bounds');
  costs.forEach((_, j) => lines.push(` ${num(lower[j]!)} <= x${j} <= ${num(upper[j]!)}`));
  lines.push('End');
  return lines.join('\n');
}

let loading: Promise<LpSolver> | undefined;

/**
 * The solver, loaded once per process or worker (its WebAssembly takes some tens of milliseconds
 * to compile): later calls get the same instance and ignore `options`. In Node the package finds
 * its binary beside its loader; a bundled worker passes `locateFile`.
 */
export function loadLpSolver(options: LpSolverOptions = {}): Promise<LpSolver> {
  loading ??= highsLoader(options.locateFile ? { locateFile: options.locateFile } : {}).then((highs) => new LpSolver(highs));
  return loading;
}
