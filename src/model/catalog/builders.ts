/** Short builders for the catalog's literal definitions. */
import type { Bilingual, SourceRef } from './types';

/** A source that is a stated assumption. */
export const A = (zh: string, en: string): SourceRef => ({ assumption: { zh, en } });
/** A source that is a key of the baseline data file. */
export const D = (dataKey: string): SourceRef => ({ dataKey });
/** A bilingual text. */
export const B = (zh: string, en: string): Bilingual => ({ zh, en });

/** Expands period defaults ("2026-2030": v) and observed years into a 2021–2035 path. */
export function pathOf(observed: Readonly<Record<number, number>>, periods: Readonly<Record<string, number>>): Record<number, number> {
  const out: Record<number, number> = { ...observed };
  for (const [period, value] of Object.entries(periods)) {
    const [from, to] = period.split('-').map(Number) as [number, number | undefined];
    for (let y = from; y <= (to ?? from); y++) out[y] ??= value;
  }
  return out;
}
