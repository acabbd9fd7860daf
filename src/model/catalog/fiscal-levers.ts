/** The rows of the fiscal table. */
import { B } from './builders';

/** The policy levers whose fiscal cost is reported, in display order. */
export const FISCAL_LEVERS = [
  { id: 'labour_share', label: B('劳动报酬比重政策（公共部门）', 'Labour-share policy (public sector)') },
  { id: 'dibao', label: B('低保提标扩面', 'Dibao standard and take-up') },
  { id: 'pension', label: B('居民基础养老金', 'Resident basic pension') },
  { id: 'low_income_topup', label: B('低收入家庭补助', 'Low-income top-up') },
  { id: 'mountain', label: B('山区26县转移支付', 'Mountain-county transfers') },
  { id: 'collective', label: B('村集体经济', 'Village collective economy') },
  { id: 'entrepreneurship', label: B('农村创业扶持', 'Rural entrepreneurship') },
  { id: 'hukou', label: B('农业转移人口市民化', 'Migrant citizenisation') },
  { id: 'pit', label: B('个人所得税调整（含返还）', 'Personal income tax (net of recycling)') },
  { id: 'dibao_savings', label: B('其他政策引起的低保支出变化', 'Dibao spending change from other policies') },
  { id: 'min_wage', label: B('最低工资（无财政成本）', 'Minimum wage (no fiscal cost)') },
] as const;

/** Id of a row of the fiscal table. */
export type FiscalLeverId = (typeof FISCAL_LEVERS)[number]['id'];
