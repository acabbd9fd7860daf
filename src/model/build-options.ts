// The build options of a run, in a module of its own so the app's run surface (index.ts) and
// Monte Carlo (uncertainty/) read the catalog's build parameters the same way.
import type { ResolvedParams } from './params';
import type { BuildOptions } from './population/build';

/** The build options a run's parameters give (the build parameters of the catalog), for a population of `households`. */
export function buildOptions(params: ResolvedParams, households: number): BuildOptions {
  return {
    sigmaUrban: params.scalar('sigma_urban'),
    sigmaRural: params.scalar('sigma_rural'),
    mountainIncomeFactor: params.scalar('mountain_income_factor'),
    ecoIncomeFactor: params.scalar('eco_income_factor'),
    vulnerableShareScale: params.scalar('vulnerable_share_scale'),
    dibaoTakeUp: params.scalar('dibao_take_up'),
    dibaoInclusionError: params.scalar('dibao_inclusion_error'),
    pensionRecipients: params.scalar('pension_recipients'),
    households,
  };
}
