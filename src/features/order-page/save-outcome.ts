import { isApiError } from '@/api/api-error';
import type { SaveOutcome } from './order-form/order-form';

/** Turns a failed save into what the form shows: field issues, a message, and whether to offer a retry. */
export function failedSave(error: unknown): Extract<SaveOutcome, { ok: false }> {
  if (!isApiError(error)) {
    return { ok: false, message: 'Saving failed. Your changes are still here.', issues: [], retryable: true };
  }
  switch (error.code) {
    case 'validation':
      return { ok: false, message: 'Some fields need attention.', issues: error.issues, retryable: false };
    case 'shipping_method_unavailable':
      return {
        ok: false,
        message: error.message,
        issues: [{ path: 'shippingMethod', message: error.message }],
        retryable: false,
      };
    case 'unauthenticated':
      return {
        ok: false,
        message:
          'Your session ended before this was saved. Sign in again, then press Save: your changes are still here.',
        issues: [],
        retryable: true,
      };
    case 'field_locked':
      return { ok: false, message: `${error.message}. The order has been reloaded.`, issues: [], retryable: false };
    default:
      return {
        ok: false,
        message: `${error.isNetwork ? error.message : `Saving failed: ${error.message}`} Your changes are still here.`,
        issues: [],
        retryable: error.isNetwork || error.status >= 500,
      };
  }
}
