import * as Menu from '@radix-ui/react-dropdown-menu';
import { useId, useRef, type ReactNode } from 'react';
import type { RowAction } from './row-actions';

interface RowActionsMenuContentProps {
  actions: readonly RowAction[];
  /** The trigger's look and label, from RowActionsMenu (the same before this loads). */
  className: string;
  label: string;
  children: ReactNode;
  /** Opened already: mounted by the merchant's first press. */
  defaultOpen: boolean;
}

const ITEM =
  'flex cursor-pointer flex-col rounded-md px-3 py-2.5 text-sm outline-none select-none data-[disabled]:cursor-not-allowed data-[disabled]:text-zinc-400 data-[highlighted]:bg-zinc-100';

/**
 * Edit, Delete and Refund as a menu that works by touch and keyboard. A disabled action stays
 * listed with its reason. The chosen action runs once the menu has closed and focus is back on
 * its button, so a dialog it opens returns focus there too.
 */
export function RowActionsMenuContent({
  actions,
  className,
  label,
  children,
  defaultOpen,
}: RowActionsMenuContentProps) {
  const ids = useId();
  const chosen = useRef<RowAction | null>(null);
  return (
    <Menu.Root defaultOpen={defaultOpen} modal={false}>
      <Menu.Trigger className={className} aria-label={label}>
        {children}
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="end"
          sideOffset={4}
          collisionPadding={8}
          className="z-30 w-60 rounded-lg bg-white p-1 shadow-lg ring-1 ring-zinc-950/10"
          onCloseAutoFocus={() => {
            const action = chosen.current;
            chosen.current = null;
            // After Radix has put focus back on the trigger.
            if (action) queueMicrotask(action.run);
          }}
        >
          {actions.map((action) => (
            <Menu.Item
              key={action.name}
              aria-label={action.name}
              aria-describedby={action.disabledReason ? `${ids}-${action.name}` : undefined}
              disabled={action.disabledReason !== null}
              className={ITEM}
              onSelect={() => (chosen.current = action)}
            >
              <span className="font-medium">{action.name}</span>
              {action.disabledReason ? (
                <span id={`${ids}-${action.name}`} className="text-xs text-zinc-500">
                  {action.disabledReason}
                </span>
              ) : null}
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
