/** Strings of the guided tour, its invitation and the help menu, in both languages (identical keys; a spec checks). */
import type { TourStepId } from '../state/tour-steps';
import type { Language } from './messages';

/** One step of the tour: its title (the dialog's name) and its text (the dialog's description). */
export interface TourStepText {
  readonly title: string;
  readonly body: string;
}

/** Every string of the tour, in one language. */
export interface TourText {
  /** The help menu's button in the header, and its one entry. */
  readonly help: string;
  readonly helpMenuLabel: string;
  readonly startTour: string;
  /** The first-visit invitation under the header. */
  readonly invitation: string;
  readonly invitationStart: string;
  readonly invitationDismiss: string;
  /** The tour dialog's buttons and its "2 / 6". */
  readonly back: string;
  readonly next: string;
  readonly done: string;
  readonly skip: string;
  readonly stepCount: (step: number, total: number) => string;
  /** Read after the step count: the keys that work in the dialog. */
  readonly keysHint: string;
  readonly steps: Readonly<Record<TourStepId, TourStepText>>;
}

/** The tour's strings in Chinese and English. */
export const TOUR_TEXT: Readonly<Record<Language, TourText>> = {
  zh: {
    help: '帮助',
    helpMenuLabel: '帮助菜单',
    startTour: '导览',
    invitation: '第一次使用？',
    invitationStart: '开始导览',
    invitationDismiss: '不用了',
    back: '上一步',
    next: '下一步',
    done: '完成',
    skip: '跳过导览',
    stepCount: (step, total) => `${step} / ${total}`,
    keysHint: '左右方向键切换步骤，Esc 键结束导览。',
    steps: {
      levers: {
        title: '政策杠杆',
        body: '规划中的每项政策杠杆，按规划分组：拖动滑块或输入数值，刻度标出基线；“逐年设置”可为2021–2035年逐年安排。增长率、价格等假设在下方单独的面板里。在手机上，点“政策杠杆”按钮打开。',
      },
      charts: {
        title: '结果图表',
        body: '结果分五个视图：目标轨迹、设区市、收入分布、典型家庭和情景比较。目标轨迹中大图显示一个指标的情景、基线和目标，小图列出每个建模目标，点击小图即可放大；每张图都附有数据表。',
      },
      scorecard: {
        title: '目标记分卡',
        body: '规划的全部66项目标：2025年的数值、目标值、差距、状态和首次达标年份。可按规划章节筛选、按差距排序；未建模的目标可自行设定趋势。',
      },
      seek: {
        title: '要达到需要什么？',
        body: '每个建模目标一行都有“需要什么？”按钮：选一项政策杠杆，模型算出达到目标所需的最小调整、那时的目标值和2021–2025年累计财政成本；可一键应用到情景，也可撤销。',
      },
      uncertainty: {
        title: '不确定性',
        body: '运行不确定性分析：在不确定范围内随机抽取模型假设，得出每个建模目标的达标概率和全部达标的概率，目标轨迹图上显示概率区间。',
      },
      compare: {
        title: '情景比较',
        body: '把当前情景与最多三个预设情景、情景库、文件或链接中的情景并排比较：目标轨迹、记分卡、财政成本与达标数量的权衡，以及政策杠杆和假设的差异。',
      },
      library: {
        title: '情景库',
        body: '为情景命名，保存到情景库，导出、导入或复制链接分享；每次修改都会自动保存。之后可随时从页面顶部的“帮助”菜单重新打开本导览。',
      },
    },
  },
  en: {
    help: 'Help',
    helpMenuLabel: 'Help menu',
    startTour: 'Tour',
    invitation: 'First time here?',
    invitationStart: 'Take the tour',
    invitationDismiss: 'No thanks',
    back: 'Back',
    next: 'Next',
    done: 'Done',
    skip: 'Skip tour',
    stepCount: (step, total) => `${step} / ${total}`,
    keysHint: 'Left and right arrow keys change the step; Escape ends the tour.',
    steps: {
      levers: {
        title: 'Policy levers',
        body: 'Every policy lever of the plan, grouped as the plan groups them: drag a slider or type a value; a tick marks the baseline, and “Year by year” sets each year from 2021 to 2035. Assumptions such as growth and prices have their own panel below. On a phone, the Levers button opens them.',
      },
      charts: {
        title: 'Result charts',
        body: 'The results come in five views: Paths, Cities, Distribution, Household and Compare. In Paths the large chart shows one output for the scenario, the baseline and the target, and a small chart shows each modelled target; choose one to see it large. Every chart has its data table.',
      },
      scorecard: {
        title: 'Target scorecard',
        body: 'All 66 targets of the plan: the 2025 value, the target, the gap, the status and the first year reached. Filter by plan section or sort by gap; targets the model does not cover take a trend you set.',
      },
      seek: {
        title: 'What would it take?',
        body: 'Every modelled target\'s row has a "What would it take?" button: choose a lever and the model finds the smallest change that meets the target, the value it gives and the cumulative 2021–2025 fiscal cost; apply it to the scenario in one click, and undo it.',
      },
      uncertainty: {
        title: 'Uncertainty',
        body: "Run the uncertainty analysis: the model's assumptions are drawn within their uncertainty, giving each modelled target's probability of being met and the probability that all are met; the target paths show the bands.",
      },
      compare: {
        title: 'Compare',
        body: 'Set the scenario on screen beside up to three presets, library scenarios, files or links: target paths, the scorecard, fiscal cost against targets met, and the levers and assumptions that differ.',
      },
      library: {
        title: 'Scenario library',
        body: 'Name the scenario, save it to the library, export, import or copy a link to share it; every edit is saved as you go. Open this tour again at any time from the Help menu at the top of the page.',
      },
    },
  },
};
