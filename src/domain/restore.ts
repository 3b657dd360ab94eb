import { MINUTE_MS } from './time';

/** A delete can be undone for this long. */
export const RESTORE_WINDOW_MS = MINUTE_MS;
export const RESTORE_REFUSED = 'Only orders deleted in the last minute can be restored.';

export function canRestore(deletedAtMs: number, now: Date): boolean {
  const age = now.getTime() - deletedAtMs;
  return age >= 0 && age < RESTORE_WINDOW_MS;
}
