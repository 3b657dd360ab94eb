import * as Popover from '@radix-ui/react-popover';
import type { ReactNode, Ref } from 'react';
import { COLUMN_LABELS, OPTIONAL_COLUMNS, usePreferences } from './preferences-store';

interface ColumnChooserPopoverProps {
  /** The trigger's look and label, from ColumnChooser (the same before this loads). */
  className: string;
  children: ReactNode;
  triggerRef: Ref<HTMLButtonElement>;
  /** Opened already: the merchant asked for it before it had loaded. */
  defaultOpen: boolean;
}

/** Show or hide columns; remembered in this browser. Escape or a click outside closes it. */
export function ColumnChooserPopover({ className, children, triggerRef, defaultOpen }: ColumnChooserPopoverProps) {
  const hidden = usePreferences((state) => state.hiddenColumns);
  const toggle = usePreferences((state) => state.toggleColumn);
  return (
    <Popover.Root defaultOpen={defaultOpen}>
      <Popover.Trigger ref={triggerRef} className={className}>
        {children}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={4}
          className="z-30 w-48 rounded-lg bg-white p-2 shadow-lg ring-1 ring-zinc-950/10"
        >
          <fieldset className="space-y-1">
            <legend className="px-2 pb-1 text-xs font-medium text-zinc-500">Visible columns</legend>
            {OPTIONAL_COLUMNS.map((column) => (
              <label
                key={column}
                className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 hover:bg-zinc-50"
              >
                <input
                  type="checkbox"
                  className="size-4 accent-accent-600"
                  checked={!hidden.includes(column)}
                  onChange={() => toggle(column)}
                />
                {COLUMN_LABELS[column]}
              </label>
            ))}
          </fieldset>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
