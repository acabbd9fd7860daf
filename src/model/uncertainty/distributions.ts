// The catalog's Monte Carlo distributions as inverse distribution functions: a Latin hypercube
// supplies one uniform per stratum and draw, and inversion turns it into the parameter's value,
// so the strata of the uniform become equal-probability strata of the parameter.

import type { McDistribution } from '../catalog/types';
import { normalInv } from '../numerics/normal';

/**
 * Returns the u-quantile (0 < u < 1) of a catalog Monte Carlo distribution: uniform on
 * [min, max], normal N(mean, sd²), or triangular on [min, max] with its peak at mode.
 * Throws a RangeError unless 0 < u < 1 (a normal's 0 and 1 quantiles are infinite).
 */
export function mcQuantile(mc: McDistribution, u: number): number {
  if (!(u > 0 && u < 1)) throw new RangeError(`mcQuantile: u must be in (0, 1), got ${u}`);
  switch (mc.dist) {
    case 'uniform':
      return mc.min + u * (mc.max - mc.min);
    case 'normal':
      return mc.mean + mc.sd * normalInv(u);
    case 'triangular': {
      const width = mc.max - mc.min;
      const below = mc.mode - mc.min;
      // The distribution function is quadratic on each side of the mode; F(mode) = below / width.
      if (u * width <= below) return mc.min + Math.sqrt(u * width * below);
      return mc.max - Math.sqrt((1 - u) * width * (mc.max - mc.mode));
    }
  }
}

/** Clips a value to [min, max]: a draw never leaves the range the catalog allows the parameter. */
export function clip(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
