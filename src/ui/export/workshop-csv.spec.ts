import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/support/parse-csv';
import { UTF8_BOM } from '../../export/cells';
import type { ScenarioDoc } from '../../scenario/document';
import { spreadRows } from '../state/workshop-tables';
import { buildParticipantsCsv, buildSpreadCsv } from './workshop-csv';

const doc = (overrides: ScenarioDoc['overrides']): ScenarioDoc => ({ overrides }) as unknown as ScenarioDoc;

describe('the workshop CSV files', () => {
  it('write the lever spread with a header in the language and numbers in machine form, after a BOM, with CRLF', () => {
    // dibao_uplift (%, step 1): 10, 15 and the default 0 → median 10; pension_uplift: 25 and 0, 0 → median 0.
    const text = buildSpreadCsv(spreadRows([doc({ dibao_uplift: 10 }), doc({ dibao_uplift: 15, pension_uplift: 25 }), doc({})]), 'en');
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual([
      ['Parameter id', 'Lever or assumption', 'Kind', 'Unit', 'Default', 'Min', 'Median', 'Max', 'Changed by', 'Participants'],
      ['dibao_uplift', 'Dibao standard uplift', 'lever', '%', '0', '0', '10', '15', '2', '3'],
      ['pension_uplift', 'Resident basic pension uplift', 'lever', 'yuan per person a month', '0', '0', '0', '25', '1', '3'],
    ]);
    expect(parseCsv(buildSpreadCsv([], 'zh').slice(1))[0]![0]).toBe('参数代码');
  });

  it('write the ranking in rank order, cost in whole yuan, names guarded against formulas and quoted', () => {
    const ranked = [
      { index: 1, rank: 1, met: 7, cost: 1234567.8 },
      { index: 0, rank: 2, met: 5, cost: undefined },
    ];
    const participants = [
      { file: 'a.json', name: '=SUM(1)', settingsChanged: 2 },
      { file: 'b, c.json', name: '张三', settingsChanged: 0 },
    ];
    expect(parseCsv(buildParticipantsCsv(ranked, participants, 'zh').slice(1))).toEqual([
      ['名次', '文件', '情景名称', '模型判定达标数', '2021—2025年累计财政成本（元）', '改动项数'],
      ['1', 'b, c.json', '张三', '7', '1234568', '0'],
      ['2', 'a.json', "'=SUM(1)", '5', '', '2'],
    ]);
  });
});
