import { describe, expect, it } from 'vitest';
import { findOutput, findParameter, PARAMETERS, TARGETS, type OutputId, type TargetId } from './catalog';
import { resolveParams, YEARS } from './params';

describe('resolveParams', () => {
  it('reads a scalar override in every projected year, and the default where asked for it', () => {
    const def = PARAMETERS.find((p) => p.id === 'dibao_uplift')!;
    const params = resolveParams({ dibao_uplift: 30 });
    for (let t = 1; t < YEARS.length; t++) expect(params.at('dibao_uplift', t)).toBe(30);
    expect(params.scalar('dibao_uplift')).toBe(30);
    expect(params.defaultAt('dibao_uplift', 3)).toBe(def.defaultPath?.[YEARS[3]!] ?? def.default);
    expect(params.leversActive).toBe(true);
  });

  it('names the parameter when asked for one that is not in the catalog', () => {
    // @ts-expect-error — the compiler rejects an id not in the catalog; at run time the table names it.
    expect(() => resolveParams({}).at('no_such_lever', 1)).toThrow(/no_such_lever/);
    expect(() => resolveParams({ no_such_lever: 1 })).toThrow(/no_such_lever/);
  });

  // The engine calls these in its hot loops; V8 compiles such a call for the function it has seen,
  // so a new function per run would throw the optimised engine code away on every slider step.
  it('gives every resolved scenario the same accessor functions', () => {
    const a = resolveParams({});
    const b = resolveParams({ labour_share_policy: 1 });
    expect(a.at).toBe(b.at);
    expect(a.scalar).toBe(b.scalar);
  });
});

describe('parameter and output ids', () => {
  it('are checked by the compiler: a misspelt id does not type-check (svelte-check covers this file)', () => {
    const params = resolveParams({});
    // @ts-expect-error — 'no_such_parameter' is not a ParamId.
    expect(() => params.scalar('no_such_parameter')).toThrow('not in the catalog');
    // @ts-expect-error — 'no_such_output' is not an OutputId.
    const output: OutputId = 'no_such_output';
    expect(findOutput(output)).toBeUndefined();
    // @ts-expect-error — 'no_such_target' is not a TargetId.
    const target: TargetId = 'no_such_target';
    expect(TARGETS.some((t) => t.outputId === target)).toBe(false);
    expect(params.scalar('unemployment_2020')).toBe(findParameter('unemployment_2020').default);
  });
});
