import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { resetDemoData } from '@/api/demo/reset-demo-data';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { discardAllDrafts } from '@/features/order-page/order-form/draft-keys';
import { useSelection } from '@/features/orders-list/selection-store';
import { forgetAllRefundKeys } from '@/features/refund/refund-key';
import { NOTICES } from '@/lib/notice-messages';
import { notify } from '@/stores/notices';

/**
 * "Reset demo data" (only where the mock runs): asks first, then goes to All Orders — through the
 * leave-without-saving prompt when the order form has unsaved edits — and resets there.
 */
export function ResetDemoData() {
  const queryClient = useQueryClient();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const reset = async () => {
    setConfirming(false);
    if (router.state.location.pathname !== '/') {
      await router.navigate({ to: '/' });
      // The merchant chose to stay with unsaved edits: nothing is reset.
      if (router.state.location.pathname !== '/') return;
    }
    setBusy(true);
    try {
      await resetDemoData();
      // Every cached answer, selection and draft is about the old data: start over.
      useSelection.getState().clear();
      discardAllDrafts();
      forgetAllRefundKeys();
      await queryClient.resetQueries();
      notify({ message: NOTICES.demoReset });
    } catch (error) {
      notify({ tone: 'error', message: NOTICES.demoResetFailed(error instanceof Error ? error.message : '') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="sm" variant="ghost" className="max-sm:px-1.5" busy={busy} onClick={() => setConfirming(true)}>
        Reset demo data
      </Button>
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Reset demo data?"
        description="Every order created, changed or deleted in this demo goes back to the seeded data. This can't be undone."
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
            <Button variant="danger" onClick={() => void reset()}>
              Reset
            </Button>
          </>
        }
      />
    </>
  );
}
