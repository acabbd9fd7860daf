// The entry of the bench's Monte Carlo worker thread: Node does not carry the parent's TypeScript
// loader (`--import tsx`) into worker threads, so the worker registers tsx itself before loading
// the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./mc-worker.ts');
