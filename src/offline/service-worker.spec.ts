import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, UPDATE_CHECK_INTERVAL_MS, type ServiceWorkerHost } from './service-worker';

// The service worker's lifecycle, played by hand on small fakes of the browser's objects: a
// version installs, waits behind the one in use, and takes over only when the page asks it to.

class FakeWorker extends EventTarget {
  readonly messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  updates = 0;
  update(): Promise<void> {
    this.updates++;
    return Promise.resolve();
  }

  /** A new version is found and installs: `updatefound`, then `installed` (waiting when a version is active). */
  install(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    this.waiting = worker;
    this.move(worker, 'installed');
  }

  /** The waiting version becomes the active one. */
  activate(worker: FakeWorker): void {
    this.waiting = null;
    this.active = worker;
    this.move(worker, 'activating');
    this.move(worker, 'activated');
  }

  move(worker: FakeWorker, state: ServiceWorkerState): void {
    worker.state = state;
    worker.dispatchEvent(new Event('statechange'));
  }
}

class FakeHost implements ServiceWorkerHost {
  controller: unknown = null;
  readonly onControllerChange: (() => void)[] = [];
  constructor(readonly registration: FakeRegistration | Error | undefined) {}
  register(): Promise<ServiceWorkerRegistration> {
    if (this.registration instanceof Error) return Promise.reject(this.registration);
    return Promise.resolve(this.registration as unknown as ServiceWorkerRegistration);
  }
  addEventListener(_type: 'controllerchange', listener: () => void): void {
    this.onControllerChange.push(listener);
  }
  /** The page gets a new controller: listeners added with { once: true } run once. */
  changeController(controller: unknown): void {
    this.controller = controller;
    for (const listener of this.onControllerChange.splice(0)) listener();
  }
}

/** Registers on fakes; returns what the page saw: offers of an update, and reloads. */
async function start(registration: FakeRegistration | Error | undefined) {
  const host = new FakeHost(registration);
  const offers: (() => void)[] = [];
  let reloads = 0;
  const result = await registerServiceWorker('./sw.js', (reload) => offers.push(reload), { host, reload: () => reloads++ });
  return { host, offers, result, reloads: () => reloads };
}

describe('registerServiceWorker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('offers nothing at the first installation: the new worker serves at once', async () => {
    const registration = new FakeRegistration();
    const page = await start(registration);
    const first = new FakeWorker('installing');
    registration.install(first);
    registration.activate(first);
    expect(page.offers).toHaveLength(0);
    expect(first.messages).toEqual([]);
  });

  it('offers a new version that waits behind the active one, and lets it in only when asked, reloading once it controls the page', async () => {
    const registration = new FakeRegistration();
    const current = new FakeWorker('activated');
    registration.active = current;
    const page = await start(registration);
    page.host.controller = current;

    const next = new FakeWorker('installing');
    registration.install(next);
    expect(page.offers).toHaveLength(1);
    // Waiting: nothing changes until the user chooses.
    expect(next.messages).toEqual([]);
    expect(page.reloads()).toBe(0);

    page.offers[0]!();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(page.reloads()).toBe(0);
    registration.activate(next);
    page.host.changeController(next);
    expect(page.reloads()).toBe(1);
  });

  it('offers a version that already waits as the page loads (a reload does not let it in)', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    registration.waiting = new FakeWorker('installed');
    const page = await start(registration);
    expect(page.offers).toHaveLength(1);
    page.offers[0]!();
    expect(registration.waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
  });

  it('only reloads when the waiting version has already been let in (by another tab)', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const page = await start(registration);
    const next = new FakeWorker('installing');
    registration.install(next);
    registration.activate(next);
    page.offers[0]!();
    expect(next.messages).toEqual([]);
    expect(page.reloads()).toBe(1);
  });

  it('offers each new version once, and a later one again', async () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const page = await start(registration);
    const second = new FakeWorker('installing');
    registration.install(second);
    second.dispatchEvent(new Event('statechange'));
    expect(page.offers).toHaveLength(1);
    registration.install(new FakeWorker('installing'));
    expect(page.offers).toHaveLength(2);
  });

  it('asks for a new build every hour while the page is open', async () => {
    const registration = new FakeRegistration();
    await start(registration);
    vi.advanceTimersByTime(UPDATE_CHECK_INTERVAL_MS - 1);
    expect(registration.updates).toBe(0);
    vi.advanceTimersByTime(1);
    expect(registration.updates).toBe(1);
  });

  it('resolves to undefined where no service worker can register, and the page runs on', async () => {
    const refused = await start(new Error('SecurityError: insecure origin'));
    expect(refused.result).toBeUndefined();
    expect(refused.offers).toHaveLength(0);
    // A stub that resolves to nothing (Playwright's serviceWorkers: 'block').
    const stubbed = await start(undefined);
    expect(stubbed.result).toBeUndefined();
  });
});
