import type { OrdersApi } from '@/backend/endpoints';

/**
 * What the HTTP handlers need from the demo backend: the backend itself (tests, in Node) or a proxy
 * to it in a Web Worker (the browser). The orders operations, and "Reset demo data".
 */
export type BackendApi = OrdersApi & { reset(seedCount?: number): Promise<number> | number };

export type BackendMethod = keyof BackendApi;
