import { flushSync, mount, unmount } from 'svelte';
import RehearsalViews from './components/RehearsalViews.svelte';
import type { RehearsalStage } from './state/warm-up';
import type { Workbench } from './state/workbench.svelte';

/**
 * The warm-up's stage (see state/warm-up.ts): renders the views a slider's first step changes on a
 * copy of `workbench`, in a hidden, inert element of its own, first as the page shows them and then
 * as the rehearsal, and removes them, all in one task with Svelte's `flushSync`: the browser paints
 * none of it, and the page's own state and views are never touched.
 */
export function detachedStage(workbench: Workbench): RehearsalStage {
  return (rehearsal) => {
    const copy = workbench.rehearsalCopy();
    const host = document.createElement('div');
    host.hidden = true;
    host.inert = true;
    document.body.append(host);
    const views = mount(RehearsalViews, { target: host, props: { workbench: copy } });
    try {
      flushSync();
      copy.editor.scenario = rehearsal.scenario;
      copy.autosave.saveState = 'unsaved';
      copy.runs.computing = true;
      copy.runs.result = rehearsal.result;
      flushSync();
    } finally {
      void unmount(views);
      host.remove();
    }
  };
}
