/** The model's version, sample sizes, data vintage and years. */

/** Version of the model code; a scenario records it so results can be reproduced. */
export const MODEL_VERSION = '2.0.0';

/** Default number of original households in the synthetic population (model notes §4.3). */
export const DEFAULT_HOUSEHOLDS = 16000;

/**
 * Households in a preview run (previewWorkbench): a quarter of the full sample, about three times
 * as fast, so a slider being dragged can be followed step by step.
 */
export const PREVIEW_HOUSEHOLDS = 4000;

/** Vintage of the baseline data the model is calibrated on. */
export const DATA_VINTAGE = '2020 (zhejiang-baseline v1.0, 2026-11-29)';

/** First simulated year (the calibrated base) and last projected year. */
export const BASE_YEAR = 2020;
export const HORIZON_YEAR = 2035;
/** The plan's target year. */
export const TARGET_YEAR = 2025;

/**
 * Draws beyond one per varying parameter that global sensitivity needs (analysis/sensitivity.ts),
 * so the regression leaves residuals to judge R² by; the page checks a result against it before
 * asking the worker.
 */
export const SRC_SPARE_DRAWS = 2;
