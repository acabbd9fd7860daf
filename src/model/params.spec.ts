import { describe, expect, it } from 'vitest';
import { PARAMETERS } from './catalog';
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
