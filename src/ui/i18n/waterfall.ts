/** Strings of the gap-closing waterfall under the focus chart, in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface WaterfallText {
  readonly heading: (year: number) => string;
  readonly intro: string;
  readonly run: string;
  readonly progress: (done: number, total: number) => string;
  readonly progressLabel: string;
  readonly failed: (reason: string) => string;
  readonly notCurrent: string;
  readonly baseline: string;
  readonly assumptions: string;
  readonly scenario: string;
  readonly shapley: (count: number) => string;
  readonly sequential: (count: number) => string;
  readonly noChange: string;
  readonly target: (threshold: string) => string;
  readonly colStep: string;
  readonly colChange: string;
  readonly colLevel: string;
  readonly helps: string;
  readonly hurts: string;
  readonly chartLabel: (target: string) => string;
  readonly basisModel: string;
  readonly basisAssumed: string;
  /** The model version and runs behind the waterfall (it draws nothing at random). */
  readonly provenance: (version: string, runs: number) => string;
}

export const WATERFALL_TEXT: Readonly<Record<Language, WaterfallText>> = {
  zh: {
    heading: (year) => `差距分解（${year}年）`,
    intro: '从基准到当前情景：每项改动的政策杠杆贡献多少。',
    run: '计算分解',
    progress: (done, total) => `已完成 ${done} / ${total} 次模型运行`,
    progressLabel: '分解计算进度',
    failed: (reason) => `分解失败：${reason}`,
    notCurrent: '情景已改动：这一分解不是当前情景的，请重新计算。',
    baseline: '基准',
    assumptions: '假设的改动',
    scenario: '当前情景',
    shapley: (count) =>
      count === 1 ? '只改动了 1 项杠杆：杠杆带来的变化全部归于它。' : `${count} 项杠杆的贡献取所有加入顺序的平均值（Shapley 值），合计恰为总变化。`,
    sequential: (count) => `改动了 ${count} 项杠杆（多于 6 项）：按目录顺序逐项加入，每项记加入时的变化，合计恰为总变化。`,
    noChange: '当前情景没有改动任何政策杠杆。',
    target: (threshold) => `目标 ${threshold}`,
    colStep: '步骤',
    colChange: '变化',
    colLevel: '累计',
    helps: '（有利于达标）',
    hurts: '（不利于达标）',
    chartLabel: (target) => `“${target}”的差距分解瀑布图；数字见下表`,
    basisModel: '依据：模型计算（精确运行）。',
    basisAssumed: '依据：模型计算，但这一判定建立在假设水平之上。',
    provenance: (version, runs) => `模型版本 ${version}；${runs} 次精确运行；没有随机抽样，同一情景得到同一分解。`,
  },
  en: {
    heading: (year) => `What moved it (${year})`,
    intro: 'From the baseline to the scenario on screen: what each changed lever contributes.',
    run: 'Break it down',
    progress: (done, total) => `${done} of ${total} model runs done`,
    progressLabel: 'Progress of the breakdown',
    failed: (reason) => `The breakdown failed: ${reason}`,
    notCurrent: 'The scenario has changed: this breakdown is not of the scenario on screen; compute it again.',
    baseline: 'Baseline',
    assumptions: 'Changed assumptions',
    scenario: 'Scenario',
    shapley: (count) =>
      count === 1
        ? 'One lever changed: it is credited with the whole change the levers make.'
        : `Each of the ${count} levers is credited with its average over every order of adding them (Shapley values); together they make the whole change.`,
    sequential: (count) =>
      `${count} levers changed (more than 6): added one by one in the catalogue’s order, each credited with the change it makes then; together they make the whole change.`,
    noChange: 'The scenario on screen changes no policy lever.',
    target: (threshold) => `Target ${threshold}`,
    colStep: 'Step',
    colChange: 'Change',
    colLevel: 'Running total',
    helps: ' (towards the target)',
    hurts: ' (away from the target)',
    chartLabel: (target) => `Waterfall of what moved “${target}”; the table below has the figures`,
    basisModel: 'Basis: computed by the model (exact runs).',
    basisAssumed: 'Basis: computed by the model, but this verdict rests on an assumed level.',
    provenance: (version, runs) => `Model version ${version}; ${runs} exact runs; nothing is drawn at random, so the same scenario gives the same breakdown.`,
  },
};
