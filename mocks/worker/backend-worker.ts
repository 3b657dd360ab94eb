/// <reference lib="webworker" />
import type { BackendMethod } from '../backend/backend-api';
import { DemoBackend } from '../backend/demo-backend';
import type { Overlay, OverlayStorage } from '../backend/overlay';
import type { FromWorker, ToWorker } from './messages';

/**
 * The demo backend in its own thread: seeding and indexing 100,000 orders never blocks the page,
 * and the indexes are built on the second core while the page loads. Storage stays with the page
 * (workers have no localStorage), so saves are posted back.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

let overlay: Overlay | null = null;
const storage: OverlayStorage = {
  load: () => overlay,
  save: (next) => {
    overlay = next;
    post({ type: 'save', overlay: next });
  },
  clear: () => {
    overlay = null;
    post({ type: 'clear' });
  },
};

let backend: DemoBackend | null = null;

/** Yields to queued messages without setTimeout's 4 ms clamp, so the build loses little time. */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToMessages = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  }).then(() => {
    // Right after an answer the page renders it: leave it the CPU for a moment (2 cores here).
    const rest = quietUntil - performance.now();
    return rest > 0 ? new Promise<void>((resolve) => setTimeout(resolve, rest)) : undefined;
  });
/** Until then, background work waits: the page is showing an answer. */
let quietUntil = 0;
const QUIET_AFTER_ANSWER_MS = 100;
/**
 * The sorting and search columns are made once the first answer has gone (or after a second if no
 * request comes), so they don't compete with the page's first load for the CPU. Short steps: a
 * request from the page waits at most about 4 ms.
 */
let unprepared: DemoBackend | null = null;
function prepareAfterFirstAnswer(loaded: DemoBackend) {
  unprepared = loaded;
  setTimeout(prepareNow, 1000);
}
function prepareNow() {
  const loaded = unprepared;
  unprepared = null;
  void loaded?.prepareInBackground(yieldToMessages, 4);
}

const queue: Extract<ToWorker, { type: 'call' }>[] = [];

function answer({ id, method, args }: Extract<ToWorker, { type: 'call' }>) {
  if (!backend) {
    queue.push({ type: 'call', id, method, args });
    return;
  }
  const call = backend.serve[method as BackendMethod] as (...a: unknown[]) => unknown;
  Promise.resolve()
    .then(() => call(...args))
    .then(
      (result) => {
        post({ type: 'result', id, result });
        quietUntil = performance.now() + QUIET_AFTER_ANSWER_MS;
        if (unprepared) setTimeout(prepareNow, 0);
      },
      (error: unknown) =>
        post({ type: 'failure', id, message: error instanceof Error ? error.message : String(error) }),
    );
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    overlay = message.overlay;
    backend = new DemoBackend({
      seedOrders: message.seedOrders,
      storage,
      onLoad: prepareAfterFirstAnswer,
    });
    for (const waiting of queue.splice(0)) answer(waiting);
  } else if (message.type === 'reload') {
    overlay = message.overlay;
    backend?.reloadFromStorage();
  } else {
    answer(message);
  }
};
