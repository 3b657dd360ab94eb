import { discardAllDrafts } from '@/features/order-page/order-form/draft-keys';
import { useSelection } from '@/features/orders-list/selection-store';
import { forgetAllRefundKeys } from '@/features/refund/refund-key';
import { useLastListSearch } from '@/stores/last-list-search';
import { useReturnFocus } from '@/stores/return-focus';

/**
 * What the browser kept about the account that is leaving (signed out, or another account signed
 * in): unsaved drafts, refund request keys, the selection and the last list view.
 */
export function forgetAccountData(): void {
  discardAllDrafts();
  forgetAllRefundKeys();
  useSelection.getState().clear();
  useLastListSearch.getState().remember({});
  useReturnFocus.getState().clear();
}
