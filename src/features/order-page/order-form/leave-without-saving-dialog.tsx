import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

interface LeaveWithoutSavingDialogProps {
  open: boolean;
  onStay: () => void;
  onLeave: () => void;
}

/** Asked before any navigation away from a form with unsaved changes. */
export function LeaveWithoutSavingDialog({ open, onStay, onLeave }: LeaveWithoutSavingDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={(stillOpen) => {
        if (!stillOpen) onStay();
      }}
      title="Leave without saving?"
      description="Your changes to this order have not been saved."
      footer={
        <>
          <Button onClick={onStay}>Stay</Button>
          <Button variant="danger" onClick={onLeave}>
            Leave
          </Button>
        </>
      }
    />
  );
}
