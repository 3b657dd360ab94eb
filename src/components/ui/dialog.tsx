import * as RadixDialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode } from 'react';
import { rememberRowPlace } from '@/lib/row-controls';

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  width?: 'sm' | 'md' | 'lg';
  /** The element to focus on opening, found in the dialog; else its first focusable control. */
  initialFocus?: (content: HTMLElement) => HTMLElement | null;
}

const WIDTHS = { sm: 'max-w-md', md: 'max-w-lg', lg: 'max-w-2xl' } as const;

/** A modal: focus goes in, Escape closes, focus returns to where it was. */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  width = 'sm',
  initialFocus,
}: DialogProps) {
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const returnToRow = useRef<(() => boolean) | null>(null);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40" />
        <RadixDialog.Content
          className={`fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] ${WIDTHS[width]} -translate-x-1/2 -translate-y-1/2 flex-col rounded-xl bg-white shadow-2xl ring-1 ring-zinc-950/10`}
          // Without a description, say so explicitly (Radix otherwise points at a missing one).
          {...(description ? {} : { 'aria-describedby': undefined })}
          onOpenAutoFocus={(event) => {
            returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            returnToRow.current = rememberRowPlace(returnFocusTo.current);
            const first = event.currentTarget instanceof HTMLElement ? initialFocus?.(event.currentTarget) : null;
            if (first) {
              event.preventDefault();
              first.focus();
            }
          }}
          onCloseAutoFocus={(event) => {
            // Back where the merchant was; if that control's row was deleted, to the same control of
            // the row now in its place; failing that, to the page heading. Focus that has already
            // moved on (to a notice's Undo, say) stays there.
            event.preventDefault();
            const current = document.activeElement;
            if (current instanceof HTMLElement && current !== document.body && !current.closest('[role="dialog"]'))
              return;
            const target = returnFocusTo.current;
            // In a table row, through the row: its toolbar only shows (can take focus) once the row has focus.
            if (returnToRow.current?.()) return;
            if (target?.isConnected) target.focus();
            else document.querySelector<HTMLElement>('main h1')?.focus();
          }}
        >
          <div className="space-y-1.5 px-5 pt-5">
            <RadixDialog.Title className="text-base font-semibold text-zinc-900">{title}</RadixDialog.Title>
            {description ? (
              <RadixDialog.Description className="text-sm text-zinc-600">{description}</RadixDialog.Description>
            ) : null}
          </div>
          {children ? <div className="overflow-y-auto px-5 py-4">{children}</div> : <div className="h-4" />}
          {footer ? (
            <div className="flex flex-wrap items-center justify-end gap-2 border-t border-zinc-100 px-5 py-3">
              {footer}
            </div>
          ) : null}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
