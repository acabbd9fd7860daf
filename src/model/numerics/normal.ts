// The standard normal distribution function and its inverse, in double precision.
//
// mathjs exposes `erf` (Cody's algorithm) but no `erfc`, and Φ(x) = (1 + erf(x/√2)) / 2 cancels
// catastrophically in the lower tail (Φ(−9) would come out as 0). So Φ is hand coded with
// W. J. Cody's rational Chebyshev approximations for the normal integral (ACM TOMS 715, the
// algorithm behind R's `pnorm`), which evaluate the erfc-type tail mass directly in x rather
// than x/√2 and so keep full relative precision in both tails.

/** 1/√(2π). */
const INV_SQRT_2PI = 0.3989422804014327;
/** √(2π), for the Halley refinement of the inverse. */
const SQRT_2PI = 2.5066282746310007;
/** √32: where Cody switches from the mid-range to the asymptotic approximation. */
const SQRT_32 = 5.656854249492381;
/** Φ⁻¹(3/4): below it |x| is small enough for a direct odd rational in x. */
const SMALL = 0.67448975;
/** Beyond this |x| the tail mass underflows to 0 in double precision (Φ(−38.5) ≈ 1e−324). */
const UNDERFLOW = 38.5;

// Cody's published coefficients carry 20 digits; they are written here as the shortest decimals
// that parse to the same doubles (the lint forbids literals that lose precision), so the values
// in use are bit-identical to Cody's and R's.
// Cody's coefficients (TOMS 715 ANORM), |x| ≤ 0.674…: Φ(x) = 1/2 + x·A(x²)/B(x²).
const A0 = 2.2352520354606837;
const A1 = 161.02823106855587;
const A2 = 1067.6894854603709;
const A3 = 18154.98125334356;
const A4 = 0.06568233791820745;
const B0 = 47.202581904688245;
const B1 = 976.0985517377767;
const B2 = 10260.932208618979;
const B3 = 45507.78933502673;

// 0.674… < |x| ≤ √32: tail = exp(−x²/2)·C(|x|)/D(|x|).
const C0 = 0.39894151208813466;
const C1 = 8.883149794388377;
const C2 = 93.50665613217785;
const C3 = 597.2702763948002;
const C4 = 2494.5375852903726;
const C5 = 6848.190450536283;
const C6 = 11602.65143764735;
const C7 = 9842.714838383978;
const C8 = 1.0765576773720192e-8;
const D0 = 22.266688044328117;
const D1 = 235.387901782625;
const D2 = 1519.3775994075547;
const D3 = 6485.558298266761;
const D4 = 18615.571640885097;
const D5 = 34900.95272114598;
const D6 = 38912.00328609327;
const D7 = 19685.429676859992;

// |x| > √32: tail = exp(−x²/2)/|x| · (1/√(2π) − P(1/x²)/(x²·Q(1/x²))).
const P0 = 0.215898534057957;
const P1 = 0.12740116116024736;
const P2 = 0.022235277870649807;
const P3 = 0.0014216191932278934;
const P4 = 2.9112874951168793e-5;
const P5 = 0.023073441764940174;
const Q0 = 1.284260096144911;
const Q1 = 0.4682382124808651;
const Q2 = 0.06598813786892856;
const Q3 = 0.0037823963320275824;
const Q4 = 7.297515550839662e-5;

/**
 * Multiplies exp(−y²/2) into `factor` without losing the precision of y².
 * y² itself carries a rounding error of about y²·2⁻⁵³, which exp would amplify to a relative
 * error of ~1e−13 at y = 37; splitting y into a multiple of 1/16 (whose square is exact) and a
 * remainder keeps the product to a few ulps.
 */
function timesGaussian(y: number, factor: number): number {
  const head = Math.trunc(y * 16) / 16;
  const del = (y - head) * (y + head);
  return Math.exp(-head * head * 0.5) * Math.exp(-del * 0.5) * factor;
}

/** Computes the upper-tail mass 1 − Φ(y) for y > SMALL, to full relative precision. */
function upperTail(y: number): number {
  if (y <= SQRT_32) {
    let num = C8 * y;
    let den = y;
    num = (num + C0) * y;
    den = (den + D0) * y;
    num = (num + C1) * y;
    den = (den + D1) * y;
    num = (num + C2) * y;
    den = (den + D2) * y;
    num = (num + C3) * y;
    den = (den + D3) * y;
    num = (num + C4) * y;
    den = (den + D4) * y;
    num = (num + C5) * y;
    den = (den + D5) * y;
    num = (num + C6) * y;
    den = (den + D6) * y;
    return timesGaussian(y, (num + C7) / (den + D7));
  }
  if (y > UNDERFLOW) return 0;
  const z = 1 / (y * y);
  let num = P5 * z;
  let den = z;
  num = (num + P0) * z;
  den = (den + Q0) * z;
  num = (num + P1) * z;
  den = (den + Q1) * z;
  num = (num + P2) * z;
  den = (den + Q2) * z;
  num = (num + P3) * z;
  den = (den + Q3) * z;
  const correction = (z * (num + P4)) / (den + Q4);
  return timesGaussian(y, (INV_SQRT_2PI - correction) / y);
}

/**
 * Computes the standard normal distribution function Φ(x) = P(Z ≤ x).
 *
 * Relative error is about 1e−15 in the lower tail (down to x ≈ −37.5, below which Φ leaves the
 * normal doubles) and for 1 − Φ in the upper tail as far as it is representable. NaN gives NaN.
 */
export function normalCdf(x: number): number {
  const y = Math.abs(x);
  if (y <= SMALL) {
    const z = x * x;
    let num = A4 * z;
    let den = z;
    num = (num + A0) * z;
    den = (den + B0) * z;
    num = (num + A1) * z;
    den = (den + B1) * z;
    num = (num + A2) * z;
    den = (den + B2) * z;
    return 0.5 + (x * (num + A3)) / (den + B3);
  }
  if (Number.isNaN(x)) return NaN;
  const tail = upperTail(y);
  return x < 0 ? tail : 1 - tail;
}

// Acklam's rational approximation of Φ⁻¹ (relative error < 1.15e−9 before refinement).
const AA0 = -3.969683028665376e1;
const AA1 = 2.209460984245205e2;
const AA2 = -2.759285104469687e2;
const AA3 = 1.38357751867269e2;
const AA4 = -3.066479806614716e1;
const AA5 = 2.506628277459239;
const BB0 = -5.447609879822406e1;
const BB1 = 1.615858368580409e2;
const BB2 = -1.556989798598866e2;
const BB3 = 6.680131188771972e1;
const BB4 = -1.328068155288572e1;
const CC0 = -7.784894002430293e-3;
const CC1 = -3.223964580411365e-1;
const CC2 = -2.400758277161838;
const CC3 = -2.549732539343734;
const CC4 = 4.374664141464968;
const CC5 = 2.938163982698783;
const DD0 = 7.784695709041462e-3;
const DD1 = 3.224671290700398e-1;
const DD2 = 2.445134137142996;
const DD3 = 3.754408661907416;
/** Acklam's boundary between his central and tail approximations. */
const P_LOW = 0.02425;
/** Smallest normal double: below it Φ is subnormal and too coarse to refine against. */
const MIN_NORMAL = 2.2250738585072014e-308;

/** Computes Φ⁻¹(q) for 0 < q ≤ 1/2 (so the result is ≤ 0). */
function lowerQuantile(q: number): number {
  let x: number;
  if (q < P_LOW) {
    const t = Math.sqrt(-2 * Math.log(q));
    x = (((((CC0 * t + CC1) * t + CC2) * t + CC3) * t + CC4) * t + CC5) / ((((DD0 * t + DD1) * t + DD2) * t + DD3) * t + 1);
  } else {
    const t = q - 0.5;
    const r = t * t;
    x = ((((((AA0 * r + AA1) * r + AA2) * r + AA3) * r + AA4) * r + AA5) * t) / (((((BB0 * r + BB1) * r + BB2) * r + BB3) * r + BB4) * r + 1);
  }
  const cdf = normalCdf(x);
  if (cdf < MIN_NORMAL) return x;
  // One Halley step on Φ(x) − q = 0. The residual is formed as a ratio (Φ(x)/q − 1) and the
  // factor q/φ(x) as exp(x²/2 + ln q): written as (Φ(x) − q)/φ(x) it would underflow to a
  // subnormal and overflow exp(x²/2) near q = 1e−300.
  const u = (cdf / q - 1) * SQRT_2PI * Math.exp(0.5 * x * x + Math.log(q));
  return x - u / (1 + 0.5 * x * u);
}

/**
 * Computes the standard normal quantile Φ⁻¹(p).
 *
 * Acklam's approximation refined by one Halley step against {@link normalCdf}, which brings it
 * to about 2e−15 relative for 2.2e−308 ≤ p ≤ 1/2 (for subnormal p, whose own precision is coarse,
 * Acklam's 1e−9 is kept). Upper quantiles are −Φ⁻¹(1 − p) (1 − p is exact there),
 * so the function is exactly antisymmetric; near p = 1 the answer can be no better than the
 * spacing of doubles below 1 allows. Returns −Infinity at 0, Infinity at 1 and NaN outside [0, 1].
 */
export function normalInv(p: number): number {
  if (p > 0 && p < 1) return p <= 0.5 ? lowerQuantile(p) : -lowerQuantile(1 - p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  return NaN;
}
