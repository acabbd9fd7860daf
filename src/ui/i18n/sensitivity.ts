/** Strings of "敏感性 / Sensitivity" (a scorecard row's tornado and regression on the draws), in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface SensitivityText {
  /** The scorecard row's button (visible text) and its accessible name, which contains it. */
  readonly open: string;
  readonly openFor: (target: string) => string;
  readonly heading: (target: string) => string;
  readonly intro: string;
  readonly run: string;
  readonly cancel: string;
  readonly close: string;
  readonly progressLabel: string;
  readonly progress: (done: number, total: number) => string;
  readonly cancelled: string;
  readonly failed: (reason: string) => string;
  readonly notCurrent: string;
  readonly base: (year: number, value: string, threshold: string, met: boolean) => string;
  readonly legend: string;
  readonly chartLabel: (target: string) => string;
  readonly colParameter: string;
  readonly colLow: string;
  readonly colHigh: string;
  readonly colSwing: string;
  readonly met: string;
  readonly unmet: string;
  /** A parameter's value at one end: its own value, or a deviation from its default path. */
  readonly atValue: (value: string) => string;
  readonly atShift: (deviation: string) => string;
  readonly showAll: (count: number) => string;
  readonly showFewer: string;
  readonly noEffect: (names: string) => string;
  /** Parameters at whose P10 or P90 a custom target's expression has no value (a division by zero). */
  readonly noValue: (names: string) => string;
  /** A value the target has none of (its expression cannot be evaluated there). */
  readonly valueMissing: string;
  /** The current Monte Carlo result holds no draws of this target. */
  readonly noDraws: string;
  readonly held: (names: string) => string;
  readonly provenance: (version: string, households: string) => string;
  readonly basisAssumed: string;
  readonly srcHeading: string;
  readonly srcIntro: string;
  readonly srcNeedsMc: string;
  readonly srcRun: (draws: string) => string;
  readonly srcRunning: (done: string, total: string) => string;
  readonly srcRanking: string;
  readonly srcTooFew: (draws: string, need: string) => string;
  readonly srcFailed: (reason: string) => string;
  readonly srcNotCurrent: string;
  readonly colSrc: string;
  readonly raises: string;
  readonly lowers: string;
  readonly r2: (value: string) => string;
  readonly r2Low: string;
  readonly fewDraws: (draws: string, parameters: string) => string;
  readonly srcProvenance: (draws: string, seed: string, version: string) => string;
  readonly constant: (names: string) => string;
}

export const SENSITIVITY_TEXT: Readonly<Record<Language, SensitivityText>> = {
  zh: {
    open: '敏感性',
    openFor: (target) => `敏感性：哪些假设决定“${target}”能否达标`,
    heading: (target) => `哪些假设决定“${target}”能否达标`,
    intro: '龙卷风图：每次只把一项有不确定范围的假设设为其分布的第10和第90百分位（P10、P90），其余保持情景的设定，看目标值怎样变。',
    run: '计算龙卷风图',
    cancel: '取消',
    close: '关闭',
    progressLabel: '龙卷风图计算进度',
    progress: (done, total) => `已完成 ${done} / ${total} 步`,
    cancelled: '已取消。',
    failed: (reason) => `计算失败：${reason}`,
    notCurrent: '情景已改动：这一结果不是当前情景的，请重新计算。',
    base: (year, value, threshold, met) => `当前情景 ${year}年：${value}（目标 ${threshold}，${met ? '达标' : '未达标'}）。`,
    legend: '条形从 P10 时的目标值画到 P90 时的目标值；实线是当前情景的值，虚线是目标值。',
    chartLabel: (target) => `“${target}”的龙卷风图；数字见图中各行`,
    colParameter: '假设',
    colLow: 'P10 时',
    colHigh: 'P90 时',
    colSwing: '摆幅',
    met: '达标',
    unmet: '未达标',
    atValue: (value) => `取 ${value}`,
    atShift: (deviation) => `路径 ${deviation}`,
    showAll: (count) => `显示全部 ${count} 项`,
    showFewer: '只显示前 10 项',
    noEffect: (names) => `对这一目标没有影响：${names}。`,
    noValue: (names) => `在 P10 或 P90 处指标算式没有数值（例如除数为 0）：${names}。`,
    valueMissing: '无数值',
    noDraws: '当前蒙特卡洛结果没有这一目标的抽样值：请重新运行不确定性分析。',
    held: (names) => `情景已设定、保持不变：${names}。`,
    provenance: (version, households) => `模型版本 ${version}；各点在 ${households} 户的小样本上运行，并锚定到当前情景的精确结果；没有随机抽样。`,
    basisAssumed: '这一判定建立在假设水平之上。',
    srcHeading: '从蒙特卡洛抽样看：哪些假设决定能否达标',
    srcIntro:
      '标准化回归系数（SRC）：所有假设同时抽样时，假设变动一个标准差，目标变动多少个标准差。R² 是线性拟合能解释的目标波动比例；R² 远低于 1 时，这一排序只说明了一部分。',
    srcNeedsMc: '这一部分需要当前情景的不确定性分析（蒙特卡洛抽样）。',
    srcRun: (draws) => `运行不确定性分析（${draws} 次抽样）`,
    srcRunning: (done, total) => `不确定性分析：已完成 ${done} / ${total} 次抽样`,
    srcRanking: '正在计算回归系数……',
    srcTooFew: (draws, need) => `这次不确定性分析只有 ${draws} 次抽样；回归至少需要 ${need} 次（每个变动的假设一次，再加 2 次）。请用更多抽样再运行一次。`,
    srcFailed: (reason) => `回归失败：${reason}`,
    srcNotCurrent: '非当前结果',
    colSrc: '标准化回归系数',
    raises: '（使目标值上升）',
    lowers: '（使目标值下降）',
    r2: (value) => `R² = ${value}`,
    r2Low: 'R² 较低：目标对假设的反应不够线性，系数只说明了一部分。',
    fewDraws: (draws, parameters) => `${draws} 次抽样对 ${parameters} 项假设偏少：系数只是粗略的，R² 也偏高。抽样次数最好是假设数的 10 倍以上。`,
    srcProvenance: (draws, seed, version) => `${draws} 次抽样，种子 ${seed}，模型版本 ${version}`,
    constant: (names) => `抽样中没有变动、未列入：${names}。`,
  },
  en: {
    open: 'Sensitivity',
    openFor: (target) => `Sensitivity: which assumptions decide whether “${target}” is met`,
    heading: (target) => `Which assumptions decide “${target}”`,
    intro:
      'Tornado: each assumption with an uncertainty range is set to the 10th and then the 90th percentile of its distribution (P10, P90), one at a time, the rest as the scenario has them; the bars show what the target does.',
    run: 'Compute the tornado',
    cancel: 'Cancel',
    close: 'Close',
    progressLabel: 'Progress of the tornado',
    progress: (done, total) => `${done} of ${total} steps done`,
    cancelled: 'Cancelled.',
    failed: (reason) => `The tornado failed: ${reason}`,
    notCurrent: 'The scenario has changed: this result is not for the scenario on screen; compute it again.',
    base: (year, value, threshold, met) => `Scenario, ${year}: ${value} (target ${threshold}: ${met ? 'met' : 'not met'}).`,
    legend: 'Each bar runs from the target’s value at P10 to its value at P90; the solid line is the scenario’s value, the dashed line the target.',
    chartLabel: (target) => `Tornado of “${target}”; each row gives its figures`,
    colParameter: 'Assumption',
    colLow: 'At P10',
    colHigh: 'At P90',
    colSwing: 'Swing',
    met: 'met',
    unmet: 'not met',
    atValue: (value) => `at ${value}`,
    atShift: (deviation) => `path ${deviation}`,
    showAll: (count) => `Show all ${count}`,
    showFewer: 'Show the first 10',
    noEffect: (names) => `No effect on this target: ${names}.`,
    noValue: (names) => `The indicator's expression has no value at P10 or P90 (e.g. a division by zero): ${names}.`,
    valueMissing: 'no value',
    noDraws: 'The current Monte Carlo result has no draws of this target: run the uncertainty analysis again.',
    held: (names) => `Set by the scenario and held: ${names}.`,
    provenance: (version, households) =>
      `Model version ${version}; each point runs on a ${households}-household sample anchored to the scenario’s exact result; no random draws.`,
    basisAssumed: 'This verdict rests on an assumed level.',
    srcHeading: 'From the Monte Carlo draws: which assumptions decide whether it is met',
    srcIntro:
      'Standardised regression coefficients (SRC), every assumption drawn at once: the change in the target, in standard deviations, for one standard deviation of the assumption. R² is the share of the target’s spread a linear fit explains; well below 1, the ranking tells only part of the story.',
    srcNeedsMc: 'This part needs the uncertainty analysis (Monte Carlo draws) of the scenario on screen.',
    srcRun: (draws) => `Run the uncertainty analysis (${draws} draws)`,
    srcRunning: (done, total) => `Uncertainty analysis: ${done} of ${total} draws done`,
    srcRanking: 'Computing the coefficients…',
    srcTooFew: (draws, need) =>
      `This uncertainty analysis has ${draws} draws; the regression needs at least ${need} (one per varying assumption, and 2 more). Run it again with more draws.`,
    srcFailed: (reason) => `The regression failed: ${reason}`,
    srcNotCurrent: 'not current',
    colSrc: 'SRC',
    raises: ' (raises the target)',
    lowers: ' (lowers the target)',
    r2: (value) => `R² = ${value}`,
    r2Low: 'R² is low: the target does not respond linearly enough for the coefficients to tell the whole story.',
    fewDraws: (draws, parameters) =>
      `${draws} draws are few for ${parameters} assumptions: the coefficients are rough and R² flatters the fit. Ten draws per assumption or more are better.`,
    srcProvenance: (draws, seed, version) => `${draws} draws, seed ${seed}, model version ${version}`,
    constant: (names) => `Did not vary in the draws, left out: ${names}.`,
  },
};
