// One-dimensional root finding, for calibration: finding the parameter value (a scale factor, a
// threshold) at which the model reproduces an official statistic. Each evaluation of f may be a
// whole simulated year, so both methods are frugal with evaluations.

/** Options of {@link brent}. */
export interface BrentOptions {
  /** Absolute tolerance on the root (default 1e−12); machine precision relative to the root is always added. */
  tolerance?: number;
  /** Largest number of iterations, each one evaluation of f (default 100). */
  maxIterations?: number;
}

/** The outcome of {@link brent}. */
export interface BrentResult {
  /** The best estimate of the root: the bracket end with the smaller |f|. */
  root: number;
  /** Iterations used (evaluations of f beyond the two at the bracket ends). */
  iterations: number;
  /** Whether the bracket shrank below the tolerance (or f hit exactly 0) within maxIterations. */
  converged: boolean;
}

/**
 * Finds a root of f in [a, b] by Brent's method (inverse quadratic interpolation and secant
 * steps, falling back to bisection), which converges superlinearly on smooth f yet never more
 * slowly than bisection.
 *
 * f(a) and f(b) must differ in sign (a zero at either end is returned at once). Throws an Error
 * saying the bracket has no sign change when they do not, and when f is NaN at an end.
 * Without convergence within maxIterations, the best estimate so far comes back with
 * `converged: false` rather than an exception, so the caller decides whether it is good enough.
 */
export function brent(f: (x: number) => number, a: number, b: number, options?: BrentOptions): BrentResult {
  const tolerance = options?.tolerance ?? 1e-12;
  const maxIterations = options?.maxIterations ?? 100;
  let fa = f(a);
  let fb = f(b);
  if (Number.isNaN(fa) || Number.isNaN(fb)) {
    throw new Error(`brent: f is NaN at the bracket [${a}, ${b}] (f(a) = ${fa}, f(b) = ${fb})`);
  }
  if (fa === 0) return { root: a, iterations: 0, converged: true };
  if (fb === 0) return { root: b, iterations: 0, converged: true };
  if (fa > 0 === fb > 0) {
    throw new Error(`brent: the bracket [${a}, ${b}] has no sign change (f(a) = ${fa}, f(b) = ${fb})`);
  }

  // Brent (1973), as in Numerical Recipes' zbrent: b is the best estimate, [b, c] brackets the
  // root, a is the previous b; d is the last step and e the one before, which decide whether
  // interpolation is making enough progress to be trusted over bisection.
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const half = 0.5 * (c - b);
    if (Math.abs(half) <= tol || fb === 0) return { root: b, iterations: iteration - 1, converged: true };

    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        // Only two distinct points: secant step.
        p = 2 * half * s;
        q = 1 - s;
      } else {
        // Inverse quadratic interpolation through a, b and c.
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      // Accept the interpolated step only if it lands inside the bracket and shrinks faster
      // than the step before last; otherwise bisect.
      if (2 * p < Math.min(3 * half * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : half > 0 ? tol : -tol;
    fb = f(b);
    if (Number.isNaN(fb)) throw new Error(`brent: f is NaN at ${b}`);
  }
  const root = Math.abs(fc) < Math.abs(fb) ? c : b;
  return { root, iterations: maxIterations, converged: false };
}

/**
 * Finds, for a non-decreasing f, the x in [lo, hi] with f(x) = target by bisection, clamped:
 * lo when f(lo) ≥ target, hi when f(hi) ≤ target.
 *
 * Unlike {@link brent} it needs no sign change and costs a fixed, predictable number of
 * evaluations (two at the ends plus at most `iterations`; 60 halvings reach double resolution on
 * any bracket of moderate width, and it stops early once the bracket cannot shrink further).
 * Throws a RangeError unless lo ≤ hi.
 */
export function bisectMonotone(f: (x: number) => number, lo: number, hi: number, target: number, iterations = 60): number {
  if (!(lo <= hi)) throw new RangeError(`bisectMonotone: need lo ≤ hi, got [${lo}, ${hi}]`);
  if (f(lo) >= target) return lo;
  if (f(hi) <= target) return hi;
  // Invariant: f(lo) < target < f(hi).
  for (let i = 0; i < iterations; i++) {
    const mid = lo + 0.5 * (hi - lo);
    if (mid <= lo || mid >= hi) break;
    const value = f(mid);
    if (value === target) return mid;
    if (value < target) lo = mid;
    else hi = mid;
  }
  return lo + 0.5 * (hi - lo);
}
