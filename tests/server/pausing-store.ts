import type { OrderWrites } from '@/backend/order-store';
import type { SqlOrderStore } from '../../server/db/sql-order-store';

type Step = 'getForUpdate' | 'nextCreated';

/**
 * `store`, but a write stops right after `step` (holding what that step locked), says so through
 * `reached`, and goes on once `go` settles: for tests that race another write against it.
 */
export function pausingAfter(store: SqlOrderStore, step: Step, go: Promise<void>, reached: () => void): SqlOrderStore {
  const paused = Object.create(store) as SqlOrderStore;
  paused.transaction = <T>(work: (tx: OrderWrites) => Promise<T>) =>
    store.transaction((tx) => {
      const original = tx[step] as (...args: unknown[]) => Promise<unknown>;
      const stopping = async (...args: unknown[]) => {
        const result = await original(...args);
        reached();
        await go;
        return result;
      };
      return work({ ...tx, [step]: stopping });
    });
  return paused;
}
