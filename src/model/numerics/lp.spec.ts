import { describe, expect, it } from 'vitest';
import { loadLpSolver } from './lp';

describe('linear programs through HiGHS', () => {
  it('solves a hand LP: min x + 2y s.t. x + y ≥ 1, x, y ∈ [0, 1] is x = 1, y = 0 at cost 1', async () => {
    const solver = await loadLpSolver();
    const solution = solver.solve({ costs: [1, 2], rows: [{ coefficients: [1, 1], lower: 1 }], lower: [0, 0], upper: [1, 1] });
    expect(solution.status).toBe('optimal');
    expect(solution.x[0]).toBeCloseTo(1, 9);
    expect(solution.x[1]).toBeCloseTo(0, 9);
    expect(solution.objective).toBeCloseTo(1, 9);
  });

  it('finds the vertex of two upper rows: max x + y s.t. x + 2y ≤ 4, 3x + y ≤ 6 is (1.6, 1.2), by hand', async () => {
    const solver = await loadLpSolver();
    const solution = solver.solve({
      costs: [-1, -1],
      rows: [
        { coefficients: [1, 2], upper: 4 },
        { coefficients: [3, 1], upper: 6 },
      ],
      lower: [0, 0],
      upper: [10, 10],
    });
    expect(solution.status).toBe('optimal');
    expect(solution.x[0]).toBeCloseTo(1.6, 9);
    expect(solution.x[1]).toBeCloseTo(1.2, 9);
    expect(solution.objective).toBeCloseTo(-2.8, 9);
  });

  it('takes negative and tiny coefficients and a two-sided row: min −x s.t. 0.5 ≤ 1e-7·y − x ≤ 2, y ∈ [0, 1e7]', async () => {
    // y = 1e7 gives 1e-7·y = 1, so −x ≥ 0.5 − 1 ⇒ x ≤ 0.5: the optimum is x = 0.5 (x ∈ [−5, 5]).
    const solver = await loadLpSolver();
    const solution = solver.solve({ costs: [-1, 0], rows: [{ coefficients: [-1, 1e-7], lower: 0.5, upper: 2 }], lower: [-5, 0], upper: [5, 1e7] });
    expect(solution.status).toBe('optimal');
    expect(solution.x[0]).toBeCloseTo(0.5, 6);
  });

  it('says a program with no feasible point is infeasible: x ≥ 3 with x ∈ [0, 1]', async () => {
    const solver = await loadLpSolver();
    const solution = solver.solve({ costs: [1], rows: [{ coefficients: [1], lower: 3 }], lower: [0], upper: [1] });
    expect(solution.status).toBe('infeasible');
  });

  it('loads once: a second call gets the same solver, which names its HiGHS version', async () => {
    const [a, b] = await Promise.all([loadLpSolver(), loadLpSolver()]);
    expect(a).toBe(b);
    expect(a.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
