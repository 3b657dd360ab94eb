import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { formatCount, plural } from '@/lib/format-number';

interface BulkBarProps {
  count: number;
  /** Offered when a filter is active and not every match is selected yet. */
  matching: number | null;
  selectingAll: boolean;
  /** A delete is on its way: another would send the same orders again. */
  deleting: boolean;
  onSelectAllMatching: () => void;
  onClear: () => void;
  onDelete: () => void;
}

export function BulkBar({
  count,
  matching,
  selectingAll,
  deleting,
  onSelectAllMatching,
  onClear,
  onDelete,
}: BulkBarProps) {
  // "Select all N matching" goes once every match is selected: focus moves on to Delete, the next step.
  const selectAllPressed = useRef(false);
  const remove = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (matching !== null || !selectAllPressed.current) return;
    selectAllPressed.current = false;
    remove.current?.focus();
  }, [matching]);
  return (
    <div
      role="region"
      aria-label="Selected orders"
      className="flex flex-wrap items-center gap-3 rounded-lg bg-zinc-900 px-4 py-2 text-sm text-white shadow-sm"
    >
      <span className="font-medium tabular">{formatCount(count)} selected</span>
      {matching !== null ? (
        <button
          type="button"
          onClick={() => {
            selectAllPressed.current = true;
            onSelectAllMatching();
          }}
          disabled={selectingAll}
          className="rounded px-1 font-medium text-sky-300 underline-offset-2 hover:underline disabled:opacity-60"
        >
          {selectingAll ? 'Selecting…' : `Select all ${plural(matching, 'matching order')}`}
        </button>
      ) : null}
      <div className="ml-auto flex items-center gap-2">
        <button
          type="button"
          className="inline-flex h-7 items-center rounded-md px-2.5 text-xs font-medium text-white hover:bg-zinc-700"
          onClick={onClear}
        >
          Clear
        </button>
        <Button
          ref={remove}
          size="sm"
          variant="danger"
          disabledReason={deleting ? 'Deleting the selected orders…' : null}
          onClick={onDelete}
        >
          Delete
        </Button>
      </div>
    </div>
  );
}
