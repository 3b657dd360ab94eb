import { REASONS } from '@/domain';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { plural } from '@/lib/format-number';
import { UNDO_WINDOW_HINT } from '@/lib/undo-delete';
import { planDelete, type SelectionEntry } from './delete-plan';

interface DeleteDialogProps {
  entries: readonly SelectionEntry[] | null;
  /** Shown when the dialog is for one order from its row. */
  orderCode?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function DeleteDialog({ entries, orderCode, onConfirm, onCancel }: DeleteDialogProps) {
  const { deletable, skipped } = planDelete(entries ?? []);
  const title = orderCode ? `Delete order #${orderCode}?` : `Delete ${plural(deletable.length, 'order')}?`;
  return (
    <Dialog
      open={entries !== null}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      title={title}
      description={
        deletable.length > 0
          ? `${plural(deletable.length, 'unpaid order')} will be deleted. ${UNDO_WINDOW_HINT}`
          : 'Nothing in the selection can be deleted.'
      }
      footer={
        <>
          <Button onClick={onCancel}>Cancel</Button>
          <Button
            variant="danger"
            disabledReason={deletable.length === 0 ? REASONS.deleteOnlyUnpaid : null}
            onClick={onConfirm}
          >
            Confirm
          </Button>
        </>
      }
    >
      {skipped > 0 ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-600/20 ring-inset">
          {plural(skipped, 'selected order')} will be skipped. {REASONS.deleteOnlyUnpaid} Paid orders go through a
          refund request instead.
        </p>
      ) : null}
    </Dialog>
  );
}
