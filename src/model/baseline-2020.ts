/** Per-capita disposable income of all residents, Zhejiang 2020 (yuan/person/year). Source key: income_pc_province (OFF). */
export const INCOME_PER_CAPITA_2020 = 52397;
