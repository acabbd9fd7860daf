/** Strings of stories and presentation mode, in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

/** Every string of stories and presentation mode, in one language. */
export interface PresentText {
  // ── The stories dialog ──
  /** The button in the scenario bar, and the dialog's title. */
  readonly storiesButton: string;
  readonly dialogTitle: string;
  readonly close: string;
  readonly storyName: string;
  readonly untitledStory: string;
  readonly newStory: string;
  readonly stepsHeading: string;
  readonly noSteps: string;
  /** "Add this as a step": the scenario, view and chart on screen become the story's next step. */
  readonly addStep: string;
  readonly addStepHint: string;
  readonly stepTitle: string;
  readonly stepNote: string;
  /** "2. <scenario> · <view> · <output>": a step in the list. */
  readonly stepSummary: (index: number, scenario: string, view: string, output: string) => string;
  readonly untitledScenario: string;
  readonly moveUp: (index: number) => string;
  readonly moveDown: (index: number) => string;
  readonly removeStep: (index: number) => string;
  readonly save: string;
  readonly saved: string;
  readonly exportFile: string;
  readonly copyLink: string;
  readonly linkCopied: string;
  readonly linkManual: string;
  readonly linkTooLong: string;
  readonly importFile: string;
  readonly savedStories: string;
  readonly noSavedStories: string;
  /** "Open" / "Delete" beside a saved story (its name follows for screen readers). */
  readonly open: string;
  readonly remove: string;
  readonly stepCountShort: (count: number) => string;
  readonly unreadable: (count: number) => string;
  readonly storageFailed: (reason: string) => string;
  readonly importedStory: (file: string, name: string) => string;
  readonly importRefused: (file: string) => string;
  readonly notAStoryFile: (file: string) => string;
  readonly linkOpened: (name: string) => string;
  readonly linkInvalid: (reasons: string) => string;
  readonly dismiss: string;
  // ── Presentation mode ──
  readonly present: string;
  readonly presentationLabel: string;
  /** "Step 2 of 3". */
  readonly stepCount: (step: number, total: number) => string;
  readonly previous: string;
  readonly next: string;
  readonly notes: string;
  readonly notesHeading: string;
  readonly noNote: string;
  readonly exit: string;
  readonly computing: string;
  readonly keyTargets: (year: number) => string;
  /** "2025: 58,000 yuan" beside a target. */
  readonly valueIn: (year: number, value: string) => string;
  readonly keysHint: string;
  /** Read when the step changes: "Step 2 of 3: <title>". */
  readonly announce: (step: number, total: number, title: string) => string;
}

/** The strings of stories and presentation mode in Chinese and English. */
export const PRESENT_TEXT: Readonly<Record<Language, PresentText>> = {
  zh: {
    storiesButton: '故事',
    dialogTitle: '故事',
    close: '关闭',
    storyName: '故事名称',
    untitledStory: '未命名故事',
    newStory: '新建故事',
    stepsHeading: '步骤',
    noSteps: '还没有步骤：调好情景、视图和图表后，点“添加为一步”。',
    addStep: '添加为一步',
    addStepHint: '当前情景、视图和大图指标成为故事的下一步。',
    stepTitle: '步骤标题',
    stepNote: '演讲者备注',
    stepSummary: (index, scenario, view, output) => `${index}. ${scenario} · ${view} · ${output}`,
    untitledScenario: '未命名情景',
    moveUp: (index) => `上移第 ${index} 步`,
    moveDown: (index) => `下移第 ${index} 步`,
    removeStep: (index) => `删除第 ${index} 步`,
    save: '保存故事',
    saved: '故事已保存',
    exportFile: '导出文件',
    copyLink: '复制链接',
    linkCopied: '故事链接已复制到剪贴板。',
    linkManual: '无法写入剪贴板，请手动复制：',
    linkTooLong: '故事太长，无法放进链接，请导出文件分享。',
    importFile: '导入故事文件',
    savedStories: '已保存的故事',
    noSavedStories: '还没有保存的故事。',
    open: '打开',
    remove: '删除',
    stepCountShort: (count) => `${count} 步`,
    unreadable: (count) => `${count} 个已存故事无法读取，未列出。`,
    storageFailed: (reason) => `故事无法保存或读取：${reason}`,
    importedStory: (file, name) => `${file}：已导入故事“${name}”。`,
    importRefused: (file) => `${file}：未导入，原因如下。`,
    notAStoryFile: (file) => `${file}：这是情景文件，不是故事文件；请在“情景库”中导入。`,
    linkOpened: (name) => `已从链接打开故事“${name}”（尚未保存）。`,
    linkInvalid: (reasons) => `故事链接无法打开：${reasons}`,
    dismiss: '知道了',
    present: '演示',
    presentationLabel: '演示模式',
    stepCount: (step, total) => `第 ${step} / ${total} 步`,
    previous: '上一步',
    next: '下一步',
    notes: '备注（N）',
    notesHeading: '演讲者备注',
    noNote: '此步没有备注。',
    exit: '退出演示（Esc）',
    computing: '计算中…',
    keyTargets: (year) => `${year}年关键目标`,
    valueIn: (year, value) => `${year}年：${value}`,
    keysHint: '← → 翻页，N 显示或隐藏备注，Esc 退出',
    announce: (step, total, title) => `第 ${step} / ${total} 步：${title}`,
  },
  en: {
    storiesButton: 'Stories',
    dialogTitle: 'Stories',
    close: 'Close',
    storyName: 'Story name',
    untitledStory: 'Untitled story',
    newStory: 'New story',
    stepsHeading: 'Steps',
    noSteps: 'No steps yet: set up the scenario, view and chart, then press "Add this as a step".',
    addStep: 'Add this as a step',
    addStepHint: 'The scenario, view and large chart on screen become the next step of the story.',
    stepTitle: 'Step title',
    stepNote: 'Presenter note',
    stepSummary: (index, scenario, view, output) => `${index}. ${scenario} · ${view} · ${output}`,
    untitledScenario: 'Untitled scenario',
    moveUp: (index) => `Move step ${index} up`,
    moveDown: (index) => `Move step ${index} down`,
    removeStep: (index) => `Delete step ${index}`,
    save: 'Save story',
    saved: 'Story saved',
    exportFile: 'Export file',
    copyLink: 'Copy link',
    linkCopied: 'The story link is on the clipboard.',
    linkManual: 'The clipboard is blocked; copy the link by hand:',
    linkTooLong: 'The story is too long for a link; export the file to share it.',
    importFile: 'Import story file',
    savedStories: 'Saved stories',
    noSavedStories: 'No saved stories yet.',
    open: 'Open',
    remove: 'Delete',
    stepCountShort: (count) => (count === 1 ? '1 step' : `${count} steps`),
    unreadable: (count) => (count === 1 ? '1 stored story cannot be read and is not listed.' : `${count} stored stories cannot be read and are not listed.`),
    storageFailed: (reason) => `Stories could not be saved or read: ${reason}`,
    importedStory: (file, name) => `${file}: story "${name}" imported.`,
    importRefused: (file) => `${file}: not imported, for these reasons.`,
    notAStoryFile: (file) => `${file}: this is a scenario file, not a story file; import it in the Library.`,
    linkOpened: (name) => `Story "${name}" opened from a link (not saved yet).`,
    linkInvalid: (reasons) => `The story link cannot be opened: ${reasons}`,
    dismiss: 'Dismiss',
    present: 'Present',
    presentationLabel: 'Presentation',
    stepCount: (step, total) => `Step ${step} of ${total}`,
    previous: 'Previous',
    next: 'Next',
    notes: 'Notes (N)',
    notesHeading: 'Presenter notes',
    noNote: 'No note for this step.',
    exit: 'Exit (Esc)',
    computing: 'Computing…',
    keyTargets: (year) => `Key targets, ${year}`,
    valueIn: (year, value) => `${year}: ${value}`,
    keysHint: '← → to step, N for notes, Esc to leave',
    announce: (step, total, title) => `Step ${step} of ${total}: ${title}`,
  },
};
