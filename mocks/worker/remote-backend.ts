import { ORDER_METHODS, type BackendApi, type BackendMethod } from '../backend/backend-api';
import type { OverlayStorage } from '../backend/overlay';
import type { FromWorker, ToWorker } from './messages';

/** The page's side of the worker: the same calls as the backend, answered by message. */
export function startRemoteBackend(seedOrders: number | undefined, storage: OverlayStorage) {
  const worker = new Worker(new URL('./backend-worker.ts', import.meta.url), {
    type: 'module',
    name: 'orderdesk-demo-backend',
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;

  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'save') storage.save(message.overlay);
    else if (message.type === 'clear') storage.clear();
    else {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'result') waiting?.resolve(message.result);
      else waiting?.reject(new Error(message.message));
    }
  };
  const send = (message: ToWorker) => worker.postMessage(message);
  send({ type: 'init', seedOrders, overlay: storage.load() });

  const call =
    (method: BackendMethod) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        send({ type: 'call', id, method, args });
      });

  const methods: BackendMethod[] = [...ORDER_METHODS, 'signIn', 'authenticate', 'signOut', 'reset'];
  const api = Object.fromEntries(methods.map((method) => [method, call(method)])) as unknown as BackendApi;

  return {
    api,
    /** Another tab saved: the worker takes up its changes. */
    reload: () => send({ type: 'reload', overlay: storage.load() }),
  };
}
