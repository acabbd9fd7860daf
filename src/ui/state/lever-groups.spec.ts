import { describe, expect, it } from 'vitest';
import { PARAMETERS, type ParameterDef } from '../../model/catalog';
import { ASSUMPTION_GROUP_ORDER, LEVER_GROUP_ORDER, parameterGroups } from './lever-groups';

describe('parameterGroups', () => {
  it('puts every parameter of a kind in exactly one group, keeping the catalog order inside it', () => {
    for (const kind of ['lever', 'assumption'] as const) {
      const ids = parameterGroups(kind).flatMap((g) => g.parameters.map((p) => p.id));
      const expected: readonly string[] = PARAMETERS.filter((p) => p.kind === kind).map((p) => p.id);
      expect([...ids].sort()).toEqual([...expected].sort());
      for (const g of parameterGroups(kind)) {
        const positions = g.parameters.map((p) => expected.indexOf(p.id));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(g.parameters.every((p) => p.group === g.group && p.kind === kind)).toBe(true);
      }
    }
  });

  it('orders lever and assumption groups as the plan does, every group present', () => {
    expect(parameterGroups('lever').map((g) => g.group)).toEqual(LEVER_GROUP_ORDER);
    expect(parameterGroups('assumption').map((g) => g.group)).toEqual(ASSUMPTION_GROUP_ORDER);
  });

  it('leaves out empty groups and puts an unknown group last', () => {
    const base = PARAMETERS.find((p) => p.id === 'dibao_uplift')!;
    const odd = { ...base, id: 'odd', group: 'measurement' } as ParameterDef;
    const groups = parameterGroups('lever', [odd, base]);
    expect(groups.map((g) => g.group)).toEqual(['social_security', 'measurement']);
  });
});
