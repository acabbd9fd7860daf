/** Every scenario input, in display order, and the parameters earlier model versions had. */
import { B } from './builders';
import { INCOME_DISTRIBUTION_LEVERS } from './levers-income';
import { LABOUR_MARKET_LEVERS } from './levers-labour-market';
import { SOCIAL_SECURITY_LEVERS } from './levers-social-security';
import { REGIONAL_LEVERS } from './levers-regions';
import { RURAL_LEVERS } from './levers-rural';
import { URBANISATION_LEVERS } from './levers-urbanisation';
import { TAX_LEVERS } from './levers-tax';
import { MACRO_ASSUMPTIONS } from './assumptions-macro';
import { DISTRIBUTION_ASSUMPTIONS } from './assumptions-distribution';
import { URBANISATION_ASSUMPTIONS } from './assumptions-urbanisation';
import { LABOUR_ASSUMPTIONS } from './assumptions-labour';
import { PROGRAMME_ASSUMPTIONS } from './assumptions-programmes';
import { MEASUREMENT_ASSUMPTIONS } from './assumptions-measurement';
import type { Bilingual, ParameterDef } from './types';

const DEFINITIONS = [
  ...INCOME_DISTRIBUTION_LEVERS,
  ...LABOUR_MARKET_LEVERS,
  ...SOCIAL_SECURITY_LEVERS,
  ...REGIONAL_LEVERS,
  ...RURAL_LEVERS,
  ...URBANISATION_LEVERS,
  ...TAX_LEVERS,
  ...MACRO_ASSUMPTIONS,
  ...DISTRIBUTION_ASSUMPTIONS,
  ...URBANISATION_ASSUMPTIONS,
  ...LABOUR_ASSUMPTIONS,
  ...PROGRAMME_ASSUMPTIONS,
  ...MEASUREMENT_ASSUMPTIONS,
] as const satisfies readonly ParameterDef[];

/** The id of a catalog parameter: a misspelt id fails the type-check. */
export type ParamId = (typeof DEFINITIONS)[number]['id'];

/** Every scenario input: policy levers first, then assumptions. */
export const PARAMETERS: readonly ParameterDef<ParamId>[] = DEFINITIONS;

/**
 * Parameters earlier model versions had and this one has not, with the version that dropped them:
 * a scenario that still sets one loads, and the setting is ignored (the parser drops it).
 */
export const RETIRED_PARAMETERS: Readonly<Record<string, { readonly since: string; readonly reason: Bilingual }>> = {
  new_urban_jobs_base: {
    since: '2.0.0',
    reason: B(
      '城镇新增就业改由城镇就业增量与岗位更替计算（见“城镇岗位更替率”）。',
      'New urban jobs are computed from urban employment growth and job replacement (see “urban job replacement rate”).',
    ),
  },
};

const byId: ReadonlyMap<string, ParameterDef<ParamId>> = new Map(PARAMETERS.map((p) => [p.id, p]));

/** Whether a text (from a scenario file, a URL or storage) is the id of a catalog parameter. */
export function isParamId(id: string): id is ParamId {
  return byId.has(id);
}

/** Looks a parameter up by id: a catalog id always finds its parameter; any other text finds none. */
export function findParameter(id: ParamId): ParameterDef<ParamId>;
export function findParameter(id: string): ParameterDef<ParamId> | undefined;
export function findParameter(id: string): ParameterDef<ParamId> | undefined {
  return byId.get(id);
}
