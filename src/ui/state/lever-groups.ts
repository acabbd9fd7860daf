import { PARAMETERS, type AssumptionGroup, type LeverGroup, type ParameterDef } from '../../model/catalog';

/** Lever groups in the order the plan presents them. */
export const LEVER_GROUP_ORDER: readonly LeverGroup[] = ['income_distribution', 'labour_market', 'social_security', 'regions', 'rural', 'urbanisation', 'tax'];

/** Assumption groups, from the economy as a whole to how outcomes are measured. */
export const ASSUMPTION_GROUP_ORDER: readonly AssumptionGroup[] = ['macro', 'distribution', 'urbanisation', 'labour', 'programmes', 'fiscal', 'measurement'];

/** One collapsible section of a lever panel. */
export interface ParameterGroup {
  readonly group: LeverGroup | AssumptionGroup;
  readonly parameters: readonly ParameterDef[];
}

/**
 * The parameters of one kind, grouped in display order; within a group they keep the catalog's
 * order. Groups without parameters are left out; a group missing from the order comes last.
 */
export function parameterGroups(kind: 'lever' | 'assumption', parameters: readonly ParameterDef[] = PARAMETERS): ParameterGroup[] {
  const order: readonly string[] = kind === 'lever' ? LEVER_GROUP_ORDER : ASSUMPTION_GROUP_ORDER;
  const byGroup = new Map<LeverGroup | AssumptionGroup, ParameterDef[]>();
  for (const def of parameters) {
    if (def.kind !== kind) continue;
    const list = byGroup.get(def.group);
    if (list) list.push(def);
    else byGroup.set(def.group, [def]);
  }
  const rank = (g: string): number => (order.includes(g) ? order.indexOf(g) : order.length);
  return [...byGroup.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([group, list]) => ({ group, parameters: list }));
}
