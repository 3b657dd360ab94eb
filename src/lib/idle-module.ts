import { useEffect, useSyncExternalStore } from 'react';

/**
 * Code a page can paint without (a dialog, a popover, tooltips), in its own chunk: loaded once,
 * when the browser is first idle after a component asked for it, or at once when it's needed.
 */
export interface IdleModule<T> {
  /** Loads it now unless it's loaded or on its way. A failed load is tried again on the next call. */
  load(): Promise<T>;
  /** Loads it when the browser is next idle (once, however many components ask). */
  loadWhenIdle(): void;
  /** The module once it has loaded. */
  current(): T | undefined;
  subscribe(listener: () => void): () => void;
}

let showContent: () => void = () => undefined;
const contentShown = new Promise<void>((resolve) => (showContent = resolve));
/** At the latest: a page that never says so still gets its deferred code. */
const SHOWN_AT_THE_LATEST_MS = 3000;

/**
 * The page's main content (the first page of orders, an order) has shown. Deferred code waits
 * for this as well as for idle time: the browser is also idle while the first answer is on its
 * way, and code compiled then would delay the first rows.
 */
export function markMainContentShown(): void {
  showContent();
}

/** A task for idle time: it may return a promise (a chunk on its way), which the next task waits for. */
type IdleTask = () => unknown;

let idleTasks: IdleTask[] = [];
let draining = false;
/** The longest the next idle task waits for the one before it to settle. */
const TASK_SETTLES_AT_THE_LATEST_MS = 5000;

/**
 * Runs a task once the main content has shown and the browser is idle; the function it returns
 * takes the task back if it has not run. Tasks run one per idle period, each after the one before
 * has settled: several chunks arriving and compiling at once kept the main thread busy for a few
 * hundred milliseconds, just when a merchant clicks first. A `soon` task (fetching the next page
 * ahead: cheap, and wanted at once) runs in the next idle period instead, queued behind nothing.
 */
export function whenIdle(task: IdleTask, { soon = false }: { soon?: boolean } = {}): () => void {
  let wanted = true;
  const entry: IdleTask = () => (wanted ? task() : undefined);
  if (soon) {
    void mainContentShownOrLate().then(() => onIdle(() => void runSafely(entry)));
  } else {
    idleTasks.push(entry);
    if (!draining) {
      draining = true;
      void mainContentShownOrLate().then(runIdleTasks);
    }
  }
  return () => {
    wanted = false;
    idleTasks = idleTasks.filter((queued) => queued !== entry);
  };
}

function mainContentShownOrLate(): Promise<void> {
  return Promise.race([contentShown, delay(SHOWN_AT_THE_LATEST_MS)]);
}

async function runIdleTasks(): Promise<void> {
  while (idleTasks.length > 0) {
    // In an array: a promise resolved with the task's own promise would wait for it, unbounded.
    const [settled] = await new Promise<[Promise<unknown>]>((resolve) =>
      onIdle(() => resolve([runSafely(idleTasks.shift())])),
    );
    await Promise.race([settled, delay(TASK_SETTLES_AT_THE_LATEST_MS)]);
  }
  draining = false;
}

function onIdle(run: () => void): void {
  try {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(run, { timeout: 1000 });
      return;
    }
  } catch {
    // A broken polyfill: the next turn will do.
  }
  setTimeout(run, 0);
}

/** A task's failure is its owner's to report, when the code is needed. */
function runSafely(task: IdleTask | undefined): Promise<unknown> {
  try {
    return Promise.resolve(task?.()).catch(() => undefined);
  } catch {
    return Promise.resolve();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function idleModule<T>(importer: () => Promise<T>): IdleModule<T> {
  let module: T | undefined;
  let loading: Promise<T> | null = null;
  let scheduled = false;
  const listeners = new Set<() => void>();
  const self: IdleModule<T> = {
    load() {
      loading ??= importer().then(
        (loaded) => {
          module = loaded;
          for (const listener of listeners) listener();
          return loaded;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    loadWhenIdle() {
      if (scheduled || module) return;
      scheduled = true;
      // Whoever needs it next tries again, and says so if it still fails.
      whenIdle(() => {
        scheduled = false;
        return self.load();
      });
    },
    current: () => module,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return self;
}

/** The module once loaded (re-rendering when it arrives); asks for it when the browser is idle. */
export function useIdleModule<T>(module: IdleModule<T>): T | undefined {
  const loaded = useSyncExternalStore(module.subscribe, module.current, module.current);
  useEffect(() => {
    if (!loaded) module.loadWhenIdle();
  }, [loaded, module]);
  return loaded;
}
