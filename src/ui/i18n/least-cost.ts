/** Strings of "最低成本组合 / Least-cost package", in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface LeastCostText {
  readonly openButton: string;
  readonly heading: string;
  readonly intro: string;
  readonly targets: string;
  readonly thresholdFor: (target: string) => string;
  readonly planThreshold: (threshold: string) => string;
  /** A custom indicator's own target (not the plan's). */
  readonly ownThreshold: (threshold: string) => string;
  readonly levers: string;
  readonly find: string;
  readonly cancel: string;
  readonly close: string;
  readonly progress: (done: number, total: number) => string;
  readonly progressLabel: string;
  readonly cancelled: string;
  readonly chooseTarget: string;
  readonly chooseLever: string;
  readonly thresholdInvalid: (target: string) => string;
  readonly failed: (reason: string) => string;
  readonly reached: (cost: string) => string;
  readonly already: (cost: string) => string;
  readonly infeasible: (cost: string) => string;
  readonly methodSlp: string;
  readonly methodSingle: (lever: string, cost: string) => string;
  readonly noSingle: string;
  readonly leverColumn: string;
  readonly currentColumn: string;
  readonly packageColumn: string;
  readonly leversCaption: string;
  readonly targetColumn: string;
  readonly thresholdColumn: string;
  readonly achievedColumn: string;
  readonly verdictColumn: string;
  readonly targetsCaption: string;
  readonly met: string;
  readonly missed: string;
  readonly nothingToChange: string;
  readonly indicative: string;
  readonly madeBy: (modelVersion: string, solver: string) => string;
  readonly apply: string;
  readonly applied: string;
  readonly undo: string;
  readonly undone: string;
  readonly notCurrent: string;
}

export const LEAST_COST_TEXT: Readonly<Record<Language, LeastCostText>> = {
  zh: {
    openButton: '最低成本组合',
    heading: '最低成本组合',
    intro: '选几个目标和几个政策杠杆，模型找出同时达到所有目标、2021–2025年累计财政成本最低的杠杆取值（每个杠杆全年同一取值）。',
    targets: '要达到的目标',
    thresholdFor: (target) => `“${target}”的目标值`,
    planThreshold: (threshold) => `规划：${threshold}`,
    ownThreshold: (threshold) => `自定义：${threshold}`,
    levers: '可以调整的政策杠杆',
    find: '求解',
    cancel: '取消',
    close: '关闭',
    progress: (done, total) => `已完成 ${done} / ${total} 步`,
    progressLabel: '求解进度',
    cancelled: '已取消。',
    chooseTarget: '请至少选一个目标。',
    chooseLever: '请至少选一个政策杠杆。',
    thresholdInvalid: (target) => `“${target}”的目标值：请输入一个数字`,
    failed: (reason) => `求解失败：${reason}`,
    reached: (cost) => `这个组合达到所有目标，累计财政成本 ${cost}。`,
    already: (cost) => `当前情景已达到所有目标（累计财政成本 ${cost}），无需调整。`,
    infeasible: (cost) => `在杠杆取值范围内找不到能达到所有目标的组合；下面是差距最小的组合（累计财政成本 ${cost}）。`,
    methodSlp: '由逐次线性规划求得，比任何单一杠杆都便宜。',
    methodSingle: (lever, cost) => `单独调整“${lever}”最便宜（${cost}），组合找不到更便宜的。`,
    noSingle: '没有哪一个杠杆单独就能达到所有目标。',
    leverColumn: '政策杠杆',
    currentColumn: '当前情景',
    packageColumn: '组合',
    leversCaption: '组合中的杠杆取值',
    targetColumn: '目标',
    thresholdColumn: '目标值',
    achievedColumn: '组合下的数值',
    verdictColumn: '是否达到',
    targetsCaption: '组合下各目标的数值（精确运行）',
    met: '达到',
    missed: '未达到',
    nothingToChange: '无需调整任何杠杆。',
    indicative: '仅供参考：线性化搜索可能停在局部最优，别处可能有更便宜的组合。',
    madeBy: (modelVersion, solver) => `模型版本 ${modelVersion}，求解器 ${solver}；没有随机成分，同样的情景和选择得到同样的组合。`,
    apply: '应用到情景',
    applied: '已应用到情景。',
    undo: '撤销',
    undone: '已恢复原来的杠杆取值。',
    notCurrent: '情景已改变：这个结果不是当前情景的。',
  },
  en: {
    openButton: 'Least-cost package',
    heading: 'Least-cost package',
    intro:
      'Choose targets and policy levers: the model finds the lever values (each one value for every year) that meet every target at the lowest cumulative 2021–2025 fiscal cost.',
    targets: 'Targets to meet',
    thresholdFor: (target) => `Threshold for “${target}”`,
    planThreshold: (threshold) => `plan: ${threshold}`,
    ownThreshold: (threshold) => `custom: ${threshold}`,
    levers: 'Levers that may move',
    find: 'Find',
    cancel: 'Cancel',
    close: 'Close',
    progress: (done, total) => `${done} of ${total} steps done`,
    progressLabel: 'Search progress',
    cancelled: 'Cancelled.',
    chooseTarget: 'Choose at least one target.',
    chooseLever: 'Choose at least one lever.',
    thresholdInvalid: (target) => `Threshold for “${target}”: type a number`,
    failed: (reason) => `The search failed: ${reason}`,
    reached: (cost) => `This package meets every target, at a cumulative fiscal cost of ${cost}.`,
    already: (cost) => `The scenario already meets every target (cumulative fiscal cost ${cost}): nothing to change.`,
    infeasible: (cost) =>
      `No combination within the levers' ranges meets every target; below is the one with the smallest shortfall (cumulative fiscal cost ${cost}).`,
    methodSlp: 'Found by sequential linear programming; cheaper than any single lever.',
    methodSingle: (lever, cost) => `“${lever}” alone is cheapest (${cost}); no combination found was cheaper.`,
    noSingle: 'No single lever meets every target on its own.',
    leverColumn: 'Lever',
    currentColumn: 'Scenario',
    packageColumn: 'Package',
    leversCaption: 'The lever values of the package',
    targetColumn: 'Target',
    thresholdColumn: 'Threshold',
    achievedColumn: 'Under the package',
    verdictColumn: 'Met?',
    targetsCaption: 'Each target under the package (exact run)',
    met: 'met',
    missed: 'missed',
    nothingToChange: 'No lever needs to change.',
    indicative: 'Indicative: a linearised search can stop at a local optimum; a cheaper combination may exist elsewhere.',
    madeBy: (modelVersion, solver) =>
      `Model version ${modelVersion}, solver ${solver}; no random element: the same scenario and choices give the same package.`,
    apply: 'Apply to scenario',
    applied: 'Applied to the scenario.',
    undo: 'Undo',
    undone: 'The levers are back as they were.',
    notCurrent: 'The scenario has changed: this result is not of the scenario on screen.',
  },
};
