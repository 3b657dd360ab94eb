import type { OrderWrites } from '@/backend/order-store';
import type { SqlOrderStore } from '../../server/db/sql-order-store';

type Step = 'getForUpdate' | 'nextCreated';

export interface PausedWrite {
  /** `store`, but a write stops right after `step`, holding what that step locked. */
  store: SqlOrderStore;
  /** Settles once a write has stopped there. */
  reached: Promise<void>;
  /** Lets it go on. */
  release: () => void;
}

/** For tests that race another write against one holding the locks of `step`. */
export function pauseAfter(store: SqlOrderStore, step: Step): PausedWrite {
  let release!: () => void;
  const go = new Promise<void>((resolve) => (release = resolve));
  let stopped!: () => void;
  const reached = new Promise<void>((resolve) => (stopped = resolve));
  const paused = Object.create(store) as SqlOrderStore;
  paused.transaction = <T>(work: (tx: OrderWrites) => Promise<T>) =>
    store.transaction((tx) => {
      const original = tx[step] as (...args: unknown[]) => Promise<unknown>;
      const stopping = async (...args: unknown[]) => {
        const result = await original(...args);
        stopped();
        await go;
        return result;
      };
      return work({ ...tx, [step]: stopping });
    });
  return { store: paused, reached, release };
}
