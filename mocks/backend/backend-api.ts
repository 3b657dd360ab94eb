import type { DemoBackend } from './demo-backend';

type Method =
  | 'list'
  | 'ids'
  | 'get'
  | 'products'
  | 'create'
  | 'patch'
  | 'bulkDelete'
  | 'restore'
  | 'cancel'
  | 'requestRefund'
  | 'reset';

/**
 * What the HTTP handlers need from the demo backend: the backend itself (tests, in Node) or a proxy
 * to it in a Web Worker (the browser), whose answers arrive asynchronously.
 */
export type BackendApi = {
  [K in Method]: (
    ...args: Parameters<DemoBackend[K]>
  ) => ReturnType<DemoBackend[K]> | Promise<ReturnType<DemoBackend[K]>>;
};

export type BackendMethod = Method;
