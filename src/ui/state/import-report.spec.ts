import { describe, expect, it } from 'vitest';
import type { FileReport, ImportError } from '../../scenario/files';
import { IMPORT_REPORT_ROWS, MAX_LINES_PER_FRAME, QUICK_FRAME_MS, SLOW_FRAME_MS, detailLines, nextChunk, reportRows } from './import-report';

function report(listed: number, moreErrors: number): FileReport {
  const errors: ImportError[] = Array.from({ length: listed }, (_, i) => ({
    kind: 'unknown_parameter',
    file: 'f.json',
    path: `overrides.p${i}`,
    message: { en: `f.json: overrides.p${i}: unknown`, zh: `f.json：overrides.p${i}：未知` },
  }));
  return { file: 'f.json', docs: [], errors, moreErrors, warnings: [], moreWarnings: 0 };
}

describe('reportRows', () => {
  it('shows every listed error of a small report and nothing more', () => {
    const rows = reportRows(report(3, 0));
    expect(rows.rows.map((e) => e.path)).toEqual(['overrides.p0', 'overrides.p1', 'overrides.p2']);
    expect(rows.more).toBe(0);
  });

  it('shows 100 rows of a capped file and counts the errors validation did not list', () => {
    const rows = reportRows(report(100, 199_900));
    expect(IMPORT_REPORT_ROWS).toBe(100);
    expect(rows.rows).toHaveLength(100);
    expect(rows.more).toBe(199_900);
  });

  it('never renders more than the bound, counting listed errors past it too', () => {
    const rows = reportRows(report(250, 7));
    expect(rows.rows).toHaveLength(100);
    expect(rows.rows[99]?.path).toBe('overrides.p99');
    expect(rows.more).toBe(157);
  });
});

describe('revealing the report a few lines at a time', () => {
  it('counts each error row and the "and N more" line', () => {
    expect(detailLines(reportRows(report(2, 0)))).toBe(2);
    expect(detailLines(reportRows(report(100, 5)))).toBe(101);
  });

  it('halves the lines per frame after a slow frame, doubles them after a quick one, within bounds', () => {
    expect(nextChunk(16, SLOW_FRAME_MS + 1)).toBe(8);
    expect(nextChunk(1, 500)).toBe(1);
    expect(nextChunk(16, QUICK_FRAME_MS - 1)).toBe(32);
    expect(nextChunk(MAX_LINES_PER_FRAME, 1)).toBe(MAX_LINES_PER_FRAME);
    expect(nextChunk(16, (SLOW_FRAME_MS + QUICK_FRAME_MS) / 2)).toBe(16);
  });
});
