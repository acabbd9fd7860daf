import type { Language } from '../i18n/messages';

/**
 * What the chart PNG buttons need from the page but are not handed by their parents: the
 * language (for the button's name) and the scenario's name (for file names). ExportMenu keeps it
 * in step with the workbench, so ChartCanvas and the views that place it need no new props.
 */
export const exportSettings: { language: Language; scenarioName: string } = $state({ language: 'zh', scenarioName: '' });
