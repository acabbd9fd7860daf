/** Strings of "要达到需要什么？ / What would it take?" (the goal-seek of a scorecard row), in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface GoalSeekText {
  /** The scorecard row's button (visible text) and its accessible name, which contains it. */
  readonly open: string;
  readonly openFor: (target: string) => string;
  readonly heading: (target: string) => string;
  readonly intro: string;
  readonly lever: string;
  readonly year: string;
  readonly threshold: (unit: string) => string;
  readonly planThreshold: (threshold: string) => string;
  /** A custom indicator's own target (not the plan's). */
  readonly ownThreshold: (threshold: string) => string;
  readonly find: string;
  readonly close: string;
  readonly computing: string;
  readonly thresholdInvalid: string;
  readonly failed: (reason: string) => string;
  readonly reached: (lever: string, value: string, year: number, achieved: string, threshold: string) => string;
  readonly already: (year: number, achieved: string, threshold: string) => string;
  readonly unreachable: (lever: string, value: string, year: number, achieved: string, threshold: string) => string;
  readonly cost: (cost: string) => string;
  readonly nonMonotone: (values: string) => string;
  readonly basisModel: string;
  readonly basisAssumed: string;
  readonly basisCustom: string;
  readonly constantNote: string;
  /** A target value the expression has none of (a custom indicator's division by zero). */
  readonly noValue: string;
  /** The model version and runs behind an answer (the search draws nothing at random). */
  readonly provenance: (version: string, exact: number, preview: number) => string;
  readonly apply: string;
  readonly applied: (lever: string, value: string) => string;
  readonly undo: string;
  readonly undone: string;
  readonly notCurrent: string;
}

export const GOAL_SEEK_TEXT: Readonly<Record<Language, GoalSeekText>> = {
  zh: {
    open: '需要什么？',
    openFor: (target) => `需要什么？要达到“${target}”目标需要什么`,
    heading: (target) => `要达到“${target}”需要什么？`,
    intro: '选一个政策杠杆，模型找出离当前情景最近、能达到目标的取值（全年同一取值）。',
    lever: '政策杠杆',
    year: '年份',
    threshold: (unit) => (unit ? `目标值（${unit}）` : '目标值'),
    planThreshold: (threshold) => `规划目标：${threshold}`,
    ownThreshold: (threshold) => `自定义目标：${threshold}`,
    find: '求解',
    close: '关闭',
    computing: '正在求解……',
    thresholdInvalid: '目标值：请输入一个数字',
    failed: (reason) => `求解失败：${reason}`,
    reached: (lever, value, year, achieved, threshold) => `把“${lever}”设为 ${value}，${year}年达到 ${achieved}（目标 ${threshold}）。`,
    already: (year, achieved, threshold) => `当前情景已达标：${year}年为 ${achieved}（目标 ${threshold}）。`,
    unreachable: (lever, value, year, achieved, threshold) =>
      `在“${lever}”的取值范围内达不到目标。最接近的是 ${value}：${year}年为 ${achieved}（目标 ${threshold}）。`,
    cost: (cost) => `2021–2025年累计财政成本：${cost}。`,
    nonMonotone: (values) => `响应不单调：在 ${values} 附近跨过目标值，这里给出离当前取值最近的一个。`,
    basisModel: '依据：模型计算（精确运行）。',
    basisAssumed: '依据：模型计算，但这一判定建立在假设水平之上。',
    basisCustom: '依据：自定义指标，由模型输出按表达式计算（精确运行）；所用各输出的依据不变。',
    constantNote: '求解时该杠杆在各年取同一值；情景中的其他设置不变。',
    noValue: '无数值（算式无法计算）',
    provenance: (version, exact, preview) => `模型版本 ${version}；${exact} 次精确运行、${preview} 次小样本运行；没有随机抽样，同一请求得到同一答案。`,
    apply: '应用到情景',
    applied: (lever, value) => `已把“${lever}”设为 ${value}。`,
    undo: '撤销',
    undone: '已撤销，恢复原来的取值。',
    notCurrent: '情景已改动：这一结果不是当前情景的。',
  },
  en: {
    open: 'What would it take?',
    openFor: (target) => `What would it take? What would it take to meet “${target}”`,
    heading: (target) => `What would it take to meet “${target}”?`,
    intro: 'Choose a policy lever: the model finds its value nearest the scenario’s own at which the target is met (one value for every year).',
    lever: 'Policy lever',
    year: 'Year',
    threshold: (unit) => (unit ? `Target value (${unit})` : 'Target value'),
    planThreshold: (threshold) => `Plan target: ${threshold}`,
    ownThreshold: (threshold) => `Custom target: ${threshold}`,
    find: 'Find',
    close: 'Close',
    computing: 'Seeking…',
    thresholdInvalid: 'Target value: enter a number',
    failed: (reason) => `The search failed: ${reason}`,
    reached: (lever, value, year, achieved, threshold) => `Set “${lever}” to ${value}: ${year} reaches ${achieved} (target ${threshold}).`,
    already: (year, achieved, threshold) => `The scenario already meets it: ${achieved} in ${year} (target ${threshold}).`,
    unreachable: (lever, value, year, achieved, threshold) =>
      `Not reachable within the range of “${lever}”. The closest is ${value}: ${achieved} in ${year} (target ${threshold}).`,
    cost: (cost) => `Cumulative fiscal cost 2021–2025: ${cost}.`,
    nonMonotone: (values) => `The response is not monotone: it crosses the target near ${values}; this is the crossing nearest the current value.`,
    basisModel: 'Basis: computed by the model (exact runs).',
    basisAssumed: 'Basis: computed by the model, but this verdict rests on an assumed level.',
    basisCustom: 'Basis: a custom indicator, the expression evaluated on the model’s outputs (exact runs); each output keeps its own basis.',
    constantNote: 'The lever takes one value in every year; the rest of the scenario is kept.',
    noValue: 'no value (the expression cannot be evaluated)',
    provenance: (version, exact, preview) =>
      `Model version ${version}; ${exact} exact and ${preview} small-sample runs; nothing is drawn at random, so the same request gives the same answer.`,
    apply: 'Apply to scenario',
    applied: (lever, value) => `“${lever}” is now ${value}.`,
    undo: 'Undo',
    undone: 'Undone: the previous value is back.',
    notCurrent: 'The scenario has changed: this result is not for the scenario on screen.',
  },
};

/** The unit a threshold is typed in, from the plan file's unit text. */
export function thresholdUnit(planUnit: string, language: Language): string {
  if (planUnit.startsWith('yuan')) return language === 'zh' ? '元' : 'yuan';
  if (planUnit.startsWith('%')) return '%';
  if (planUnit.startsWith('pp')) return language === 'zh' ? '个百分点' : 'pp';
  if (planUnit.startsWith('10k persons')) return language === 'zh' ? '万人' : '10k persons';
  return '';
}
