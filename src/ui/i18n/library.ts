/** Strings of the scenario library, files, links and storage notices, in both languages (identical keys; a spec checks). */
import type { Language } from './messages';

export interface LibraryText {
  readonly open: string;
  readonly heading: string;
  readonly close: string;
  readonly untitled: string;
  readonly draftLabel: string;
  readonly saveToLibrary: string;
  readonly nameLabel: string;
  readonly newScenario: string;
  readonly newScenarioName: string;
  readonly searchLabel: string;
  readonly sortLabel: string;
  readonly sortUpdated: string;
  readonly sortName: string;
  readonly sortCreated: string;
  readonly empty: string;
  readonly noMatch: string;
  readonly openEntry: (name: string) => string;
  readonly openButton: string;
  readonly renameButton: string;
  readonly duplicateButton: string;
  readonly versionsButton: string;
  readonly exportButton: string;
  readonly deleteButton: string;
  readonly restoreButton: string;
  readonly isOpen: string;
  readonly rename: (name: string) => string;
  readonly renameConfirm: string;
  readonly duplicate: (name: string) => string;
  readonly remove: (name: string) => string;
  readonly removed: (name: string) => string;
  readonly undo: string;
  readonly versions: (name: string) => string;
  readonly versionsHeading: (name: string) => string;
  readonly restoreVersion: (when: string) => string;
  readonly noVersions: string;
  readonly exportOne: (name: string) => string;
  readonly select: (name: string) => string;
  readonly exportSelected: (count: number) => string;
  readonly exportCurrent: string;
  readonly exportAll: string;
  readonly importFiles: string;
  readonly dropHere: string;
  readonly importReportHeading: string;
  readonly importOk: (file: string, count: number) => string;
  readonly importFailed: (file: string) => string;
  /** Beside a refused file's name: how many errors it has in all (its rows open below). */
  readonly importErrorCount: (count: number) => string;
  /** After a file's listed errors: how many more it has (not shown). */
  readonly importMoreErrors: (count: number) => string;
  /** Above a valid file's warnings (it was imported all the same): another model version, unknown fields. */
  readonly importWarningCount: (count: number) => string;
  readonly importMoreWarnings: (count: number) => string;
  /** While files are read and validated (in the import worker). */
  readonly importReading: (count: number) => string;
  readonly updated: (when: string) => string;
  readonly changedLevers: (count: number) => string;
  readonly notesLabel: string;
  readonly corruptHeading: string;
  readonly corruptEntry: (id: string) => string;
  readonly exportRaw: string;
  readonly deleteCorrupt: string;
  readonly copyLink: string;
  readonly linkCopied: string;
  readonly linkManual: string;
  readonly linkOpened: string;
  readonly linkOtherModel: (version: string, current: string) => string;
  readonly linkUnchecked: string;
  readonly linkInvalid: (reason: string) => string;
  readonly otherTabChanged: string;
  readonly otherTabLoad: string;
  readonly otherTabMerged: string;
  readonly conflictHeading: string;
  readonly conflictValues: (mine: string, theirs: string) => string;
  readonly conflictKeepMine: string;
  readonly conflictUseTheirs: string;
  /** The accessible name of a conflict button: its visible text and the setting it applies to. */
  readonly conflictButtonName: (action: string, setting: string) => string;
  readonly conflictDefault: string;
  readonly conflictName: string;
  readonly conflictNotes: string;
  readonly importNotStored: (file: string, count: number) => string;
  readonly dismiss: string;
  readonly memoryOnly: string;
  readonly quotaFull: (reason: string) => string;
  readonly storageFailed: (reason: string) => string;
}

export const LIBRARY_TEXT: Readonly<Record<Language, LibraryText>> = {
  zh: {
    open: '情景库',
    heading: '情景库',
    close: '关闭情景库',
    untitled: '未命名情景',
    draftLabel: '未保存到情景库',
    saveToLibrary: '保存到情景库',
    nameLabel: '情景名称',
    newScenario: '新建情景',
    newScenarioName: '新情景',
    searchLabel: '搜索名称或备注',
    sortLabel: '排序',
    sortUpdated: '最近修改',
    sortName: '名称',
    sortCreated: '创建时间',
    empty: '情景库为空。保存当前情景或导入文件。',
    noMatch: '没有符合搜索条件的情景。',
    openEntry: (name) => `打开“${name}”`,
    openButton: '打开',
    renameButton: '重命名',
    duplicateButton: '复制',
    versionsButton: '历史版本',
    exportButton: '导出',
    deleteButton: '删除',
    restoreButton: '恢复',
    isOpen: '正在编辑',
    rename: (name) => `重命名“${name}”`,
    renameConfirm: '确定',
    duplicate: (name) => `复制“${name}”`,
    remove: (name) => `删除“${name}”`,
    removed: (name) => `已删除“${name}”。`,
    undo: '撤销',
    versions: (name) => `“${name}”的历史版本`,
    versionsHeading: (name) => `“${name}”的历史版本（最近 50 个）`,
    restoreVersion: (when) => `恢复 ${when} 的版本`,
    noVersions: '暂无历史版本。',
    exportOne: (name) => `导出“${name}”为 JSON 文件`,
    select: (name) => `选择“${name}”以批量导出`,
    exportSelected: (count) => `导出所选（${count}）`,
    exportCurrent: '导出当前情景',
    exportAll: '导出全部情景',
    importFiles: '导入文件…',
    dropHere: '也可把情景文件（.json）拖放到此处。',
    importReportHeading: '导入结果',
    importOk: (file, count) => `${file}：已导入 ${count} 个情景`,
    importFailed: (file) => `${file}：未导入（文件中的内容均未写入）`,
    importErrorCount: (count) => `共 ${count.toLocaleString('zh-CN')} 条错误`,
    importMoreErrors: (count) => `还有 ${count.toLocaleString('zh-CN')} 条错误`,
    importWarningCount: (count) => `${count.toLocaleString('zh-CN')} 条提醒：`,
    importMoreWarnings: (count) => `还有 ${count.toLocaleString('zh-CN')} 条提醒`,
    importReading: (count) => `正在读取 ${count} 个文件…`,
    updated: (when) => `修改于 ${when}`,
    changedLevers: (count) => `${count} 项调整`,
    notesLabel: '情景备注',
    corruptHeading: '无法读取的记录',
    corruptEntry: (id) => `记录 ${id} 已损坏，未被删除。可导出原始数据或删除。`,
    exportRaw: '导出原始数据',
    deleteCorrupt: '删除此记录',
    copyLink: '复制链接',
    linkCopied: '链接已复制到剪贴板。',
    linkManual: '无法访问剪贴板，请手动复制此链接：',
    linkOpened: '已从链接打开情景（尚未保存到情景库）。',
    linkOtherModel: (version, current) => `此链接来自模型版本 ${version}，当前为 ${current}：结果可能与分享者所见不同。`,
    linkUnchecked: '这是不带校验码的旧式链接，无法确认它在传递中未被损坏：请核对各项设置。',
    linkInvalid: (reason) => `链接中的情景无法读取：${reason}`,
    otherTabChanged: '另一个标签页保存了此情景的新版本。',
    otherTabLoad: '载入新版本',
    otherTabMerged: '另一个标签页修改了此情景的其他设置；已与本页的修改合并保存。',
    conflictHeading: '另一个标签页也修改了以下设置。已保存本页的值，对方的值保留在历史版本中，请选择：',
    conflictValues: (mine, theirs) => `本页：${mine}；另一个标签页：${theirs}`,
    conflictKeepMine: '保留本页的值',
    conflictUseTheirs: '改用另一个标签页的值',
    conflictButtonName: (action, setting) => `${action}：${setting}`,
    conflictDefault: '默认值',
    conflictName: '情景名称',
    conflictNotes: '备注',
    importNotStored: (file, count) => `${file}：文件有效（${count} 个情景），但未能写入存储，未导入任何情景`,
    dismiss: '关闭提示',
    memoryOnly: '浏览器存储不可用：当前工作仅保存在内存中，关闭页面将丢失。请导出情景以保留。',
    quotaFull: (reason) => `存储空间已满，未能保存（${reason}）。工作仍在内存中，请导出情景以保留。`,
    storageFailed: (reason) => `情景库操作失败：${reason}`,
  },
  en: {
    open: 'Library',
    heading: 'Scenario library',
    close: 'Close the library',
    untitled: 'Untitled scenario',
    draftLabel: 'Not in the library',
    saveToLibrary: 'Save to library',
    nameLabel: 'Scenario name',
    newScenario: 'New scenario',
    newScenarioName: 'New scenario',
    searchLabel: 'Search names or notes',
    sortLabel: 'Sort by',
    sortUpdated: 'Last changed',
    sortName: 'Name',
    sortCreated: 'Created',
    empty: 'The library is empty. Save the current scenario or import files.',
    noMatch: 'No scenario matches the search.',
    openEntry: (name) => `Open “${name}”`,
    openButton: 'Open',
    renameButton: 'Rename',
    duplicateButton: 'Duplicate',
    versionsButton: 'Versions',
    exportButton: 'Export',
    deleteButton: 'Delete',
    restoreButton: 'Restore',
    isOpen: 'Open now',
    rename: (name) => `Rename “${name}”`,
    renameConfirm: 'OK',
    duplicate: (name) => `Duplicate “${name}”`,
    remove: (name) => `Delete “${name}”`,
    removed: (name) => `Deleted “${name}”.`,
    undo: 'Undo',
    versions: (name) => `Versions of “${name}”`,
    versionsHeading: (name) => `Versions of “${name}” (last 50)`,
    restoreVersion: (when) => `Restore the version of ${when}`,
    noVersions: 'No saved versions yet.',
    exportOne: (name) => `Export “${name}” as a JSON file`,
    select: (name) => `Select “${name}” for export`,
    exportSelected: (count) => `Export selected (${count})`,
    exportCurrent: 'Export this scenario',
    exportAll: 'Export all scenarios',
    importFiles: 'Import files…',
    dropHere: 'Or drop scenario files (.json) here.',
    importReportHeading: 'Import report',
    importOk: (file, count) => `${file}: imported ${count} scenario${count === 1 ? '' : 's'}`,
    importFailed: (file) => `${file}: not imported (nothing from this file was written)`,
    importErrorCount: (count) => `${count.toLocaleString('en')} error${count === 1 ? '' : 's'}`,
    importMoreErrors: (count) => `and ${count.toLocaleString('en')} more error${count === 1 ? '' : 's'}`,
    importWarningCount: (count) => `${count.toLocaleString('en')} warning${count === 1 ? '' : 's'}:`,
    importMoreWarnings: (count) => `and ${count.toLocaleString('en')} more warning${count === 1 ? '' : 's'}`,
    importReading: (count) => `Reading ${count} file${count === 1 ? '' : 's'}…`,
    updated: (when) => `changed ${when}`,
    changedLevers: (count) => `${count} change${count === 1 ? '' : 's'}`,
    notesLabel: 'Scenario notes',
    corruptHeading: 'Records that cannot be read',
    corruptEntry: (id) => `Record ${id} is corrupt and was not deleted. Export its raw data or delete it.`,
    exportRaw: 'Export raw data',
    deleteCorrupt: 'Delete this record',
    copyLink: 'Copy link',
    linkCopied: 'Link copied to the clipboard.',
    linkManual: 'The clipboard is blocked; copy this link by hand:',
    linkOpened: 'Scenario opened from a link (not saved in the library yet).',
    linkOtherModel: (version, current) => `This link was made with model version ${version}; this is ${current}: results may differ from what the sender saw.`,
    linkUnchecked: 'This is an old link without a checksum, so damage in transit cannot be ruled out: check the settings.',
    linkInvalid: (reason) => `The scenario in the link cannot be read: ${reason}`,
    otherTabChanged: 'Another tab saved a newer version of this scenario.',
    otherTabLoad: 'Load it',
    otherTabMerged: 'Another tab changed other settings of this scenario; its changes and this tab’s were saved together.',
    conflictHeading: 'Another tab changed these settings too. This tab’s values were saved and theirs are kept in the version history; choose:',
    conflictValues: (mine, theirs) => `this tab: ${mine}; other tab: ${theirs}`,
    conflictKeepMine: 'Keep this tab’s value',
    conflictUseTheirs: 'Use the other tab’s value',
    conflictButtonName: (action, setting) => `${action}: ${setting}`,
    conflictDefault: 'default',
    conflictName: 'scenario name',
    conflictNotes: 'notes',
    importNotStored: (file, count) => `${file}: valid (${count} scenario${count === 1 ? '' : 's'}) but could not be written to storage; nothing was imported`,
    dismiss: 'Dismiss',
    memoryOnly: 'Browser storage is unavailable: your work is kept in memory only and is lost when the page closes. Export your scenarios to keep them.',
    quotaFull: (reason) => `Storage is full and the scenario was not saved (${reason}). Your work is still in memory: export it to keep it.`,
    storageFailed: (reason) => `The library could not do that: ${reason}`,
  },
};
