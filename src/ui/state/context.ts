import { createContext } from 'svelte';
import type { Workbench } from './workbench.svelte';

const [get, set] = createContext<Workbench>();

/** The workbench of the page, as App.svelte (or a rehearsal stage) set it; call during a component's initialisation. */
export function getWorkbench(): Workbench {
  return get();
}

/** Shares `workbench` with every component below the caller; App.svelte calls it once (a rehearsal stage, for its copy). */
export function setWorkbench(workbench: Workbench): Workbench {
  return set(workbench);
}
