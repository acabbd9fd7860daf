/** Builds the app's services once (model worker client, scenario store) and mounts the page. */
import { mount } from 'svelte';
import { wrap } from 'comlink';
import type { ModelApi } from './compute/model-api';
import { ModelClient } from './compute/model-client';
import { DexieScenarioStore } from './storage/scenario-store';
import App from './ui/App.svelte';
import { Workbench } from './ui/state/workbench.svelte';

const worker = new Worker(new URL('../workers/model.worker.ts', import.meta.url), { type: 'module', name: 'model' });
const client = new ModelClient(wrap<ModelApi>(worker));
const workbench = new Workbench(client, new DexieScenarioStore());

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { workbench } });
void workbench.init();
