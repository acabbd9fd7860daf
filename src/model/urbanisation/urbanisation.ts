import { URBANISATION_2010, URBANISATION_2020 } from '../data/baseline';

/** Logit of p relative to a ceiling K: ln(p / (K − p)). */
function logitK(p: number, ceiling: number): number {
  return Math.log(p / (ceiling - p));
}

/**
 * The logistic rate b̂(K) that carries urbanisation from the 2010 to the 2020 census in ten years
 * (model notes §7.1): [logit_K(PU₂₀) − logit_K(PU₁₀)] / 10.
 */
export function fittedLogisticRate(ceiling: number): number {
  return (logitK(URBANISATION_2020 / 100, ceiling) - logitK(URBANISATION_2010 / 100, ceiling)) / 10;
}

/** One logistic step: PU_{t+1} = K / (1 + ((K − PU_t)/PU_t)·e^(−rate)). */
export function logisticStep(current: number, ceiling: number, rate: number): number {
  return ceiling / (1 + ((ceiling - current) / current) * Math.exp(-rate));
}
