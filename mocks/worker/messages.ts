import type { BackendMethod } from '../backend/backend-api';
import type { Overlay } from '../backend/overlay';

/** Page → worker. */
export type ToWorker =
  | { type: 'init'; seedOrders: number | undefined; overlay: Overlay | null }
  | { type: 'reload'; overlay: Overlay | null }
  | { type: 'call'; id: number; method: BackendMethod; args: unknown[] };

/** Worker → page. */
export type FromWorker =
  | { type: 'result'; id: number; result: unknown }
  | { type: 'failure'; id: number; message: string }
  | { type: 'save'; overlay: Overlay }
  | { type: 'clear' };
