/** How the plan's household-income bands are measured. */
import { B, D } from './builders';
import type { ParameterDef } from './types';

/** The measurement assumptions, in display order. */
export const MEASUREMENT_ASSUMPTIONS = [
  {
    id: 'band_definition',
    kind: 'assumption',
    group: 'measurement',
    label: B('家庭收入群体口径', 'Household-band definition'),
    description: B(
      '0＝标准三口之家（人均收入×3，按人数计，国家统计局口径，默认）；1＝实际户规模，按户数计；2＝实际户规模，按人数计。',
      '0 = the standard three-person household (per-capita income × 3, counted over persons; NBS convention, default); 1 = actual household size, counted over households; 2 = actual size, counted over persons.',
    ),
    unit: 'choice',
    default: 0,
    min: 0,
    max: 2,
    step: 1,
    timeVarying: false,
    choices: [B('标准三口之家', 'Standard 3-person'), B('实际户规模·按户', 'Actual size, households'), B('实际户规模·按人', 'Actual size, persons')],
    source: D('band_per_capita_thresholds'),
  },
  {
    id: 'band_size_multiplier',
    kind: 'assumption',
    group: 'measurement',
    label: B('标准家庭人数', 'Standard household size'),
    description: B(
      '“标准三口之家”口径中人均收入乘以的户人数。',
      'Household size by which per-capita income is multiplied under the standard-household definition.',
    ),
    unit: 'persons_per_household',
    default: 3,
    min: 2.6,
    max: 3.2,
    step: 0.05,
    timeVarying: false,
    source: D('band_size_multiplier'),
    mc: { dist: 'uniform', min: 2.8, max: 3.2 },
  },
] as const satisfies readonly ParameterDef[];
