/**
 * The 2020 baseline and the allowed post-2020 inputs, typed. Every constant names the key of
 * `sources/zhejiang-baseline.json` it comes from, and its status (OFF official, DER derived,
 * SEC secondary, UNV unverified, ASSUMPTION). Structural values use data up to 2020 only.
 */

/** The 11 prefecture-level cities, in the order used by every per-city array. */
export const CITIES = ['hangzhou', 'ningbo', 'wenzhou', 'jiaxing', 'huzhou', 'shaoxing', 'jinhua', 'quzhou', 'zhoushan', 'taizhou', 'lishui'] as const;

/** A city id. */
export type CityId = (typeof CITIES)[number];

/** City names for labels. */
export const CITY_NAMES: Readonly<Record<CityId, { zh: string; en: string }>> = {
  hangzhou: { zh: '杭州', en: 'Hangzhou' },
  ningbo: { zh: '宁波', en: 'Ningbo' },
  wenzhou: { zh: '温州', en: 'Wenzhou' },
  jiaxing: { zh: '嘉兴', en: 'Jiaxing' },
  huzhou: { zh: '湖州', en: 'Huzhou' },
  shaoxing: { zh: '绍兴', en: 'Shaoxing' },
  jinhua: { zh: '金华', en: 'Jinhua' },
  quzhou: { zh: '衢州', en: 'Quzhou' },
  zhoushan: { zh: '舟山', en: 'Zhoushan' },
  taizhou: { zh: '台州', en: 'Taizhou' },
  lishui: { zh: '丽水', en: 'Lishui' },
};

/** Province per-capita disposable income 2020 (yuan/person/yr). income_pc_province, OFF. */
export const PROVINCE_INCOME_2020 = { all: 52397, urban: 62699, rural: 31930 } as const;

/** Census 2020 resident population by city. census_2020_population (OFF/SEC; Shaoxing the residual). */
export const CENSUS_POPULATION_2020: Readonly<Record<CityId, number>> = {
  hangzhou: 11936010,
  ningbo: 9404283,
  wenzhou: 9572903,
  jiaxing: 5400868,
  huzhou: 3367579,
  shaoxing: 5270977,
  jinhua: 7050683,
  quzhou: 2276184,
  zhoushan: 1157817,
  taizhou: 6622888,
  lishui: 2507396,
};

/** Year-end resident population, 10k persons (census-based from 2020). population_yearend, OFF. */
export const POPULATION_YEAREND: Readonly<Record<number, number>> = { 2020: 6468, 2021: 6540, 2022: 6577, 2023: 6627, 2024: 6670 };

/** Census urbanisation rate, percent. census_urbanisation_rate (2010, 2020), OFF; census_city_urbanisation_2020 (cities, DER). */
export const URBANISATION_2010 = 61.62;
export const URBANISATION_2020 = 72.17;
export const CITY_URBANISATION_2020: Readonly<Record<CityId, number>> = {
  hangzhou: 83.29,
  ningbo: 78.0,
  wenzhou: 72.16,
  jiaxing: 71.34,
  huzhou: 65.64,
  shaoxing: 71.02,
  jinhua: 68.19,
  quzhou: 57.57,
  zhoushan: 71.89,
  taizhou: 61.98,
  lishui: 61.82,
};

/**
 * City per-capita disposable income 2020 (yuan/person/yr), all residents and urban/rural. Official
 * full-year values where found (Ningbo, Wenzhou urban/rural, Huzhou, Jiaxing rural, Lishui rural,
 * Taizhou all), secondary for Hangzhou all, derived elsewhere (city_income_2020_approx `value`,
 * city_income_2020_der_estimates), as model-notes §12.1 prescribes.
 */
export const CITY_INCOME_2020: Readonly<Record<CityId, { all: number; urban: number; rural: number }>> = {
  hangzhou: { all: 61879, urban: 71587, rural: 36534 }, // all SEC (city_income_annual_2020_add3); urban/rural DER
  ningbo: { all: 59952, urban: 68008, rural: 39132 }, // OFF (city_income_annual_2020_add3)
  wenzhou: { all: 54013, urban: 63481, rural: 32428 }, // urban/rural OFF; all DER (city_income_2020_der_estimates)
  jiaxing: { all: 54600, urban: 64080, rural: 39801 }, // rural OFF; urban DER from the official ratio; all DER
  huzhou: { all: 51800, urban: 61743, rural: 37244 }, // OFF (city_income_annual_official_2020_add)
  shaoxing: { all: 57978, urban: 68350, rural: 39145 }, // DER (city_income_2020_approx)
  jinhua: { all: 50810, urban: 61809, rural: 30366 }, // DER (city_income_2020_approx)
  quzhou: { all: 38602, urban: 50377, rural: 25523 }, // DER (city_income_2020_approx)
  zhoushan: { all: 55021, urban: 64766, rural: 34736 }, // DER (city_income_2020_approx)
  taizhou: { all: 50643, urban: 62602, rural: 32269 }, // all OFF (city_income_annual_official); urban/rural DER
  lishui: { all: 37653, urban: 48457, rural: 23637 }, // rural OFF; urban/all DER (city_income_2020_der_estimates)
};

/** Official max/min ratio of the 11 city means, 2020. city_income_max_min_ratio, OFF. */
export const CITY_MAX_MIN_2020 = 1.64;

/**
 * Population of the 26 mountain counties by city (2020 census, SEC) and their census urban share
 * (percent, DER), from mountain_counties_26_census_2020. Quzhou and Lishui are wholly mountain.
 */
export const MOUNTAIN_COUNTIES_2020: Readonly<Partial<Record<CityId, { population: number; urbanShare: number }>>> = {
  hangzhou: { population: 328957, urbanShare: 46.7 },
  wenzhou: { population: 3130832, urbanShare: 58.6 },
  jinhua: { population: 639623, urbanShare: 59.58 },
  quzhou: { population: 2276184, urbanShare: 57.57 },
  taizhou: { population: 1286068, urbanShare: 52.74 },
  lishui: { population: 2507396, urbanShare: 61.82 },
};

/**
 * Population of the 11 key ecological-function counties inside each city's mountain counties
 * (ecological_function_counties: 淳安, 文成 SEC; the other nine UNV), from the county census counts.
 */
export const ECO_COUNTIES_2020: Readonly<Partial<Record<CityId, number>>> = {
  hangzhou: 328957, // 淳安
  wenzhou: 288178 + 265980, // 文成, 泰顺
  jinhua: 177161, // 磐安
  quzhou: 259966 + 258810, // 常山, 开化
  lishui: 248866 + 194385 + 129216 + 142551 + 111011, // 龙泉, 遂昌, 云和, 庆元, 景宁
};

/** Income composition shares by area, 2018 (fallback for 2020). income_component_shares_2018, DER. */
export const COMPONENT_SHARES = {
  urban: { wage: 0.5605, business: 0.1496, property: 0.1365, transfer: 0.1534 },
  rural: { wage: 0.6189, business: 0.2446, property: 0.0287, transfer: 0.1078 },
} as const;

/** Household-size pmf (sizes 1, 2, 3, 4, 5+) by area, percent. household_size_defaults, ASSUMPTION. */
export const HOUSEHOLD_SIZE_PMF = {
  urban: [22, 30, 27, 13, 8],
  rural: [17, 30, 22, 15, 16],
} as const;

/** Mean size of 5+ households: the Fujian 2020 census shape (census_household_size_distribution_proxy, OFF for Fujian). */
export const SIZE_FIVE_PLUS = 5.7;

/** Real GDP growth, percent. gdp_real_growth (OFF), then macro_projection_defaults (ASSUMPTION). */
export const GDP_REAL_GROWTH: Readonly<Record<number, number>> = { 2021: 8.5, 2022: 3.1, 2023: 6.0, 2024: 5.5 };
/** CPI inflation, percent. cpi_inflation (2021 UNV; 2022–24 OFF). */
export const CPI_INFLATION: Readonly<Record<number, number>> = { 2021: 1.5, 2022: 2.2, 2023: 0.3, 2024: 0.3 };

/** Projection defaults after the observed years, by period. macro_projection_defaults, ASSUMPTION. */
export const PROJECTION_DEFAULTS = {
  gdpGrowth: { 2025: 5.5, '2026-2030': 5.0, '2031-2035': 4.3 },
  populationGrowth: { 2025: 0.5, '2026-2030': 0.4, '2031-2035': 0.2 },
  cpi: { 2025: 0.5, '2026-2030': 1.5, '2031-2035': 2.0 },
} as const;

/** Nominal GDP 2020, 100 million yuan. gdp_nominal (UNV; official rounded "> 64,600"). */
export const GDP_NOMINAL_2020 = 64613e8;
/** The 5th Economic Census raised 2023 GDP levels by 3.7 % (model notes §3). */
export const ECONOMIC_CENSUS_LEVEL_FACTOR = 1.037;

/** Labour remuneration share of GDP 2020, percent. labour_share_gdp, OFF. */
export const LABOUR_SHARE_2020 = 49.7;

/** General public budget revenue 2020, yuan. general_budget_revenue, OFF. */
export const BUDGET_REVENUE_2020 = 7248e8;

/** Minimum wage, tier 1 (yuan/month), enacted steps. min_wage_monthly, OFF. */
export const MIN_WAGE_TIER1 = { before2021Aug: 2010, from2021Aug: 2280, from2024Jan: 2490 } as const;
/** Tier 2 and 3 relative to tier 1 (2024 standards 2,260 / 2,010 over 2,490). */
export const MIN_WAGE_TIER_RATIOS = [1, 2260 / 2490, 2010 / 2490] as const;

/** Resident basic pension base, yuan/month, 2020–2024 (UNV interim path; 2023–24 midpoint of 230–245). resident_pension_min_zhejiang. */
export const PENSION_BASE_PATH: Readonly<Record<number, number>> = { 2020: 155, 2021: 180, 2022: 190, 2023: 237.5, 2024: 237.5 };

/** Dibao standard 2020, yuan/person/month (UNV). dibao_standard. */
export const DIBAO_STANDARD_2020 = 900;
/** Dibao recipients 2020, persons (UNV). dibao_recipients. */
export const DIBAO_RECIPIENTS_2020 = 0.6e6;

/** Household-band per-capita thresholds under the 3-person convention. household_band_definition. */
export const BAND_LIMITS = { band100to500: [100000, 500000], band200to600: [200000, 600000] } as const;

/** The 2021 share of the 200k–600k band (percent, definition B): fixes the band definition only. household_band_share, OFF. */
export const BAND_200_600_SHARE_2021 = 30.6;

/** Employment ÷ population (39.30 m employed in 2022). household_size_defaults earners_per_person, ASSUMPTION. */
export const EARNERS_PER_PERSON = 0.6;

/** Rural migrant workers resident in towns (model notes §7.4, [V]). */
export const RURAL_MIGRANT_WORKERS = 13.6e6;
