/** The app's two languages. */
export type Language = 'zh' | 'en';

/** Every user-facing string, in one language. Both dictionaries must implement all of it. */
export interface Messages {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly languageSwitchLabel: string;
  readonly otherLanguageName: string;
  readonly leversHeading: string;
  readonly resultsHeading: string;
  readonly assumptionsHeading: string;
  readonly scorecardHeading: string;
  /** The skip links, the page's first Tab stops, and their group's name. */
  readonly skipLinksLabel: string;
  readonly skipToResults: string;
  readonly skipToScorecard: string;
  /** On a phone: the button that opens and closes the lever drawer. */
  readonly leversButton: string;
  readonly presetLabel: string;
  readonly presetCustom: string;
  readonly presetCustomDescription: string;
  readonly viewsLabel: string;
  readonly viewNames: Readonly<Record<'trajectories' | 'cities' | 'distribution' | 'household' | 'compare', string>>;
  /** `assumed`: the verdict rests on an assumed level, which the headline says. */
  readonly headlineIncome: (year: number, value: string, target: string, gap: string, reached: boolean, assumed?: boolean) => string;
  readonly headlineRatio: (value: string, reached: boolean, assumed?: boolean) => string;
  /** The modelled targets' verdicts, counted apart by basis: `groups` from the scorecard's basis groups. */
  readonly headlineBases: (year: number, count: string, groups: string) => string;
  /** Shown while the numbers are a preview (a slider being dragged): what it is and when the exact run comes. */
  readonly previewBadge: (households: string) => string;
  readonly previewBadgeTitle: (households: string, exactHouseholds: string) => string;
  readonly computing: string;
  readonly runFailed: (reason: string) => string;
  /** No model worker could run: the results on screen are not current (they are greyed and marked). */
  readonly modelUnavailable: (reason: string) => string;
  readonly retryModel: string;
  /** The mark on results that are not those of the scenario on screen. */
  readonly notCurrent: string;
  /** The headline when there is no result at all and the model cannot run. */
  readonly noResult: string;
  readonly storedCorrupt: (details: string) => string;
  readonly storageUnavailable: (reason: string) => string;
  readonly saveFailed: (reason: string) => string;
  readonly saved: string;
  readonly unsaved: string;
  /** A draft (not in the scenario library) kept in this browser: never just "saved", which the library bar contradicts. */
  readonly draftSaved: string;
  readonly clampedTo: (value: string, min: string, max: string) => string;
  readonly sourceLabel: string;
  readonly footer: (modelVersion: string, dataVintage: string) => string;
}

const zh: Messages = {
  appTitle: '共富政策沙盘',
  appSubtitle: '浙江高质量发展建设共同富裕示范区 2025 年目标模拟',
  languageSwitchLabel: 'English (switch the page to English)',
  otherLanguageName: 'English',
  leversHeading: '政策杠杆',
  resultsHeading: '结果',
  assumptionsHeading: '假设条件（非政策）',
  scorecardHeading: '2025年目标计分卡',
  skipLinksLabel: '快速跳转',
  skipToResults: '跳到结果',
  skipToScorecard: '跳到记分卡',
  leversButton: '政策杠杆',
  presetLabel: '预设情景',
  presetCustom: '自定义',
  presetCustomDescription: '自定义情景：与任何预设都不同。',
  viewsLabel: '结果视图',
  viewNames: { trajectories: '目标轨迹', cities: '设区市', distribution: '收入分布', household: '典型家庭', compare: '情景比较' },
  headlineIncome: (year, value, target, gap, reached, assumed) =>
    (reached ? `${year}年全体居民人均可支配收入 ${value}，达到目标 ${target}` : `${year}年全体居民人均可支配收入 ${value}，距目标 ${target} 差 ${gap}`) +
    (assumed ? '（基于假设水平）' : ''),
  headlineRatio: (value, reached, assumed) => `；城乡收入倍差 ${value}，${reached ? '已达标' : '未达标'}${assumed ? '（基于假设水平）' : ''}。`,
  headlineBases: (year, count, groups) => `${year}年${count}项模型测算目标，按判断依据分开计数：${groups}`,
  previewBadge: (households) => `预览（${households}户样本）`,
  previewBadgeTitle: (households, exact) => `拖动滑块时按${households}户样本估算政策效果，停止拖动后按${exact}户精确计算`,
  computing: '计算中…',
  runFailed: (reason) => `模型运行失败：${reason}。屏幕上保留的是上一次成功的结果。`,
  modelUnavailable: (reason) =>
    `模型暂时无法运行：屏幕上的结果不是当前情景的结果，已变灰并标为“非当前结果”。请点“重试”；仍不行请刷新页面。（技术细节：${reason}）`,
  retryModel: '重试',
  notCurrent: '非当前结果',
  noResult: '暂无结果：模型无法运行。',
  storedCorrupt: (details) => `已保存的情景记录已损坏，无法读取（${details}）。该记录已保留未删除；当前使用默认值。`,
  storageUnavailable: (reason) => `浏览器存储不可用（${reason}）。修改仅保存在本页内存中，关闭页面后会丢失。`,
  saveFailed: (reason) => `保存失败（${reason}）。修改仍在本页内存中。`,
  saved: '已保存',
  unsaved: '未保存',
  draftSaved: '草稿已保存',
  clampedTo: (value, min, max) => `已调整为 ${value}：允许范围为 ${min} 至 ${max}。`,
  sourceLabel: '来源',
  footer: (modelVersion, dataVintage) => `模型版本 ${modelVersion} · 数据年份 ${dataVintage}`,
};

const en: Messages = {
  appTitle: 'Prosperity Sandbox',
  appSubtitle: "Simulating Zhejiang's 2025 common-prosperity targets",
  languageSwitchLabel: '中文（切换为中文界面）',
  otherLanguageName: '中文',
  leversHeading: 'Policy levers',
  resultsHeading: 'Results',
  assumptionsHeading: 'Assumptions (not policy)',
  scorecardHeading: '2025 target scorecard',
  skipLinksLabel: 'Skip links',
  skipToResults: 'Skip to results',
  skipToScorecard: 'Skip to scorecard',
  leversButton: 'Levers',
  presetLabel: 'Preset',
  presetCustom: 'Custom',
  presetCustomDescription: 'A custom scenario: it matches none of the presets.',
  viewsLabel: 'Result views',
  viewNames: { trajectories: 'Paths', cities: 'Cities', distribution: 'Distribution', household: 'Household', compare: 'Compare' },
  headlineIncome: (year, value, target, gap, reached, assumed) =>
    (reached
      ? `In ${year} per-capita disposable income reaches ${value}, meeting the ${target} target`
      : `In ${year} per-capita disposable income reaches ${value}, ${gap} short of the ${target} target`) + (assumed ? ' (resting on an assumed level)' : ''),
  headlineRatio: (value, reached, assumed) =>
    `; the urban/rural ratio is ${value}, ${reached ? 'target met' : 'target missed'}${assumed ? ' (resting on an assumed level)' : ''}.`,
  headlineBases: (year, count, groups) => `The ${count} modelled targets in ${year}, counted apart by basis: ${groups}`,
  previewBadge: (households) => `Preview (${households}-household sample)`,
  previewBadgeTitle: (households, exact) =>
    `While a slider moves, a policy's effect is estimated on a ${households}-household sample; when it stops, everything is computed exactly on ${exact} households`,
  computing: 'Computing…',
  runFailed: (reason) => `The model run failed: ${reason}. The last good result stays on screen.`,
  modelUnavailable: (reason) =>
    `The model cannot run at the moment: the results on screen are not those of the current scenario; they are greyed out and marked “Not current”. Press “Retry”; if that fails, reload the page. (Technical detail: ${reason})`,
  retryModel: 'Retry',
  notCurrent: 'Not current',
  noResult: 'No result: the model cannot run.',
  storedCorrupt: (details) => `The saved scenario record is corrupt and could not be read (${details}). It has been kept, not deleted; defaults are in use.`,
  storageUnavailable: (reason) => `Browser storage is unavailable (${reason}). Changes live in this page's memory only and are lost when it closes.`,
  saveFailed: (reason) => `Saving failed (${reason}). Your changes are still in this page's memory.`,
  saved: 'Saved',
  unsaved: 'Unsaved',
  draftSaved: 'Draft saved',
  clampedTo: (value, min, max) => `Set to ${value}: the allowed range is ${min} to ${max}.`,
  sourceLabel: 'Source',
  footer: (modelVersion, dataVintage) => `Model version ${modelVersion} · data vintage ${dataVintage}`,
};

/** The dictionaries by language. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { zh, en };

/** Narrows an unknown stored value to a language, or undefined. */
export function asLanguage(value: unknown): Language | undefined {
  return value === 'zh' || value === 'en' ? value : undefined;
}
