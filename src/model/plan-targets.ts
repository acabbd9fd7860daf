/**
 * The 66 quantitative 2025 targets of the implementation plan (plan-targets.json), typed, with the
 * plan's section titles. Metadata only: the UI and the scenario layer may import it.
 */
import raw from './data/sources/plan-targets.json';
import type { Bilingual } from './catalog';
import type { ThresholdComparator } from '../shared/comparator';

/** How a target is judged: against a threshold, or "keeps rising" every year. */
export type PlanComparator = ThresholdComparator | 'rising';

/** One target of the plan. */
export interface PlanTarget {
  readonly id: string;
  readonly section: number;
  readonly label: Bilingual;
  readonly comparator: PlanComparator;
  /** The 2025 threshold, or null for "rising". */
  readonly value: number | null;
  readonly unit: string;
  /** Modelled targets come from the model; tracked ones from a user-editable trend. */
  readonly kind: 'modeled' | 'tracked';
  readonly planText: string;
  /** The latest official value up to 2020 found, or null. */
  readonly baseline: { readonly value: number; readonly year: number; readonly status: string; readonly source: string } | null;
}

interface RawTarget {
  id: string;
  plan_section: number;
  label_zh: string;
  label_en: string;
  comparator: string;
  value: number | null;
  unit: string;
  kind: string;
  plan_text: string;
  baseline: { value: number; year: number; status: string; source: string } | null;
}

/** Every target, in the plan's order. */
export const PLAN_TARGETS: readonly PlanTarget[] = (raw as { targets: RawTarget[] }).targets.map((t) => ({
  id: t.id,
  section: t.plan_section,
  label: { zh: t.label_zh, en: t.label_en },
  comparator: t.comparator as PlanComparator,
  value: t.value,
  unit: t.unit,
  kind: t.kind === 'modeled' ? 'modeled' : 'tracked',
  planText: t.plan_text,
  baseline: t.baseline ? { value: t.baseline.value, year: t.baseline.year, status: t.baseline.status, source: t.baseline.source } : null,
}));

/** Titles of the plan's sections (一 … 九), as the plan numbers them. */
export const PLAN_SECTIONS: Readonly<Record<number, Bilingual>> = {
  1: { zh: '一、全面细化落实发展目标', en: '1. Development goals' },
  2: { zh: '二、推进经济高质量发展先行示范', en: '2. High-quality economic development' },
  3: { zh: '三、推进收入分配制度改革先行示范', en: '3. Income distribution reform' },
  4: { zh: '四、推进公共服务优质共享先行示范', en: '4. Shared quality public services' },
  5: { zh: '五、推进城乡区域协调发展先行示范', en: '5. Urban–rural and regional balance' },
  6: { zh: '六、推进社会主义先进文化发展先行示范', en: '6. Culture' },
  7: { zh: '七、推进生态文明建设先行示范', en: '7. Ecological civilisation' },
  8: { zh: '八、推进社会治理先行示范', en: '8. Social governance' },
};
