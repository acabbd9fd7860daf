/** Structural constants of the uprating and programme rules (model notes §9–§10; [A] each). */
export const STRUCTURAL = {
  /** Component drifts δ_X relative to the anchor, per year: wages, business, property, other transfers. */
  componentDrift: [0, -0.01, -0.015, 0.005],
  /** Income uplift of in-place reclassification (π_in). */
  inPlaceUplift: 0.05,
  /** Dibao administration cost on top of benefits. */
  dibaoAdminCost: 0.05,
  /** Public-sector share of extra labour pay (s_pub). */
  publicSectorWageShare: 0.1,
  /** Employer on-costs on minimum-wage rises (social insurance). */
  employerOnCost: 1.3,
  /** Growth of resident-pension recipients per year. */
  pensionRecipientGrowth: 0.02,
  /** Low-income top-up take-up and its reach (× the dibao line). */
  topUpTakeUp: 0.8,
  topUpReach: 2,
  /** Mountain transfers: leakage of direct support, pass-through of jobs money, depreciation and local share of investment income. */
  mountainDirectLeakage: 0.1,
  mountainDirectReach: 0.4,
  mountainJobsPassThrough: 0.8,
  mountainJobsReach: 0.6,
  mountainDepreciation: 0.05,
  mountainLocalShare: 0.5,
  /** Village collective assets: depreciation and payout share of returns. */
  collectiveDepreciation: 0.03,
  collectivePayout: 0.5,
  /** Entrepreneurship support: yearly decay of its income effect. */
  entrepreneurshipDecay: 0.1,
  /** PIT: share of the top by income that a rate change hits, and the province's share of revenue. */
  pitTopShare: 0.05,
  pitLocalShare: 0.4,
  /** Migrants given urban benefits live in the lower half of urban incomes. */
  citizenReach: 0.5,
  /** Survey urban weight never exceeds this. */
  maxSurveyWeight: 0.98,
  /** Agricultural value added: real growth per year. */
  agriRealGrowth: 0.02,
  /** Labour-force share of urban residents (for the unemployment proxy). */
  urbanLabourForceShare: 0.6,
  /** Bounds of the unemployment proxy, percent: frictional floor and crisis ceiling. */
  unemploymentFloor: 2,
  unemploymentCeiling: 25,
  /** Rows whose 2020 income is below this many dibao lines are the only ones the anchor solve checks for dibao. */
  dibaoCandidateReach: 2.5,
} as const;
