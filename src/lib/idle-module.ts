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

/** Runs a task once the main content has shown and the browser is idle. */
export function whenIdle(task: () => void): void {
  const latest = new Promise<void>((resolve) => setTimeout(resolve, SHOWN_AT_THE_LATEST_MS));
  void Promise.race([contentShown, latest]).then(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
    else setTimeout(task, 0);
  });
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
      whenIdle(() => {
        scheduled = false;
        self.load().catch(() => {
          // Whoever needs it next tries again and says so if it still fails.
        });
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
