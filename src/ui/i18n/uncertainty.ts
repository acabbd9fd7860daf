/** Strings of the Uncertainty (Monte Carlo) control, the P(met) column and the fans, in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface UncertaintyText {
  readonly heading: string;
  readonly run: string;
  readonly drawsLabel: string;
  readonly drawsOption: (draws: string) => string;
  readonly progressLabel: string;
  readonly progress: (done: string, total: string) => string;
  readonly timeLeft: (seconds: string) => string;
  readonly estimating: string;
  readonly cancel: string;
  readonly failed: (reason: string) => string;
  /** A run given up because no worker reported for a minute. */
  readonly stalled: string;
  /** The basis and provenance of a result: draws and seed. */
  readonly drawsAndSeed: (draws: string, seed: string) => string;
  readonly colPMet: string;
  readonly colPMetDescription: string;
  /** The joint probability near the headline. */
  readonly pAllMet: (year: number, p: string, count: string) => string;
  readonly notCurrent: string;
  readonly fanDark: string;
  readonly fanLight: string;
  readonly median: string;
}

export const UNCERTAINTY_TEXT: Readonly<Record<Language, UncertaintyText>> = {
  zh: {
    heading: '不确定性',
    run: '运行不确定性分析',
    drawsLabel: '抽样次数',
    drawsOption: (draws) => `${draws} 次`,
    progressLabel: '不确定性分析进度',
    progress: (done, total) => `已完成 ${done} / ${total} 次抽样`,
    timeLeft: (seconds) => `预计剩余 ${seconds} 秒`,
    estimating: '正在估计剩余时间',
    cancel: '取消',
    failed: (reason) => `不确定性分析失败：${reason}`,
    stalled: '不确定性分析已停止：计算进程一分钟没有响应。请再运行一次。',
    drawsAndSeed: (draws, seed) => `${draws} 次抽样，种子 ${seed}`,
    colPMet: 'P(达标)',
    colPMetDescription: '模型假设在其不确定范围内抽样时，目标在目标年份达成的概率（仅限模型依据的目标）',
    pAllMet: (year, p, count) => `${year} 年全部 ${count} 项模型目标同时达标的概率：${p}`,
    notCurrent: '非当前结果',
    fanDark: 'P10–P90',
    fanLight: 'P5–P95',
    median: 'P50',
  },
  en: {
    heading: 'Uncertainty',
    run: 'Run uncertainty analysis',
    drawsLabel: 'Draws',
    drawsOption: (draws) => `${draws} draws`,
    progressLabel: 'Uncertainty analysis progress',
    progress: (done, total) => `${done} of ${total} draws done`,
    timeLeft: (seconds) => `about ${seconds} s left`,
    estimating: 'estimating the time left',
    cancel: 'Cancel',
    failed: (reason) => `The uncertainty analysis failed: ${reason}`,
    stalled: 'The uncertainty analysis was stopped: its workers did not respond for a minute. Please run it again.',
    drawsAndSeed: (draws, seed) => `${draws} draws, seed ${seed}`,
    colPMet: 'P(met)',
    colPMetDescription: "Probability that the target holds in its year when the model's assumptions are drawn within their uncertainty (modelled targets only)",
    pAllMet: (year, p, count) => `P(all ${count} modelled targets met in ${year}): ${p}`,
    notCurrent: 'not current',
    fanDark: 'P10–P90',
    fanLight: 'P5–P95',
    median: 'P50',
  },
};

/** A probability as a whole percentage, e.g. "62 %" (a share of draws: more digits would claim precision it lacks). */
export function formatProbability(p: number, language: Language): string {
  const pct = Math.round(p * 100);
  return language === 'zh' ? `${pct}%` : `${pct} %`;
}
