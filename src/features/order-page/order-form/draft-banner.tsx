import { Button } from '@/components/ui/button';

interface DraftBannerProps {
  onDiscard: () => void;
  onDismiss: () => void;
}

/** Said when unsaved changes from an earlier visit were put back in the form. */
export function DraftBanner({ onDiscard, onDismiss }: DraftBannerProps) {
  return (
    <div
      role="status"
      className="flex items-center justify-between gap-3 rounded-lg bg-sky-50 px-4 py-3 text-sm text-sky-950 ring-1 ring-sky-600/20 ring-inset"
    >
      <p>Your unsaved changes from earlier are back in the form.</p>
      <div className="flex gap-2">
        <Button size="sm" onClick={onDiscard}>
          Discard them
        </Button>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          OK
        </Button>
      </div>
    </div>
  );
}
