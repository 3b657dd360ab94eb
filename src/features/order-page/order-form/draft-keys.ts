import { removeStoredWithPrefix } from '@/lib/browser-storage';

/**
 * Where drafts are kept (sessionStorage, one key per order), apart from draft-storage.ts so that
 * forgetting them all (on sign-out) doesn't bring the order form's schemas into the first page.
 */
export const DRAFT_PREFIX = 'orderdesk.draft.';

/** Every draft of this browser tab: after sign-out, or a reset of the demo data. */
export function discardAllDrafts(): void {
  removeStoredWithPrefix('sessionStorage', DRAFT_PREFIX);
}
