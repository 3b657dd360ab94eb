import * as RadixTooltip from '@radix-ui/react-tooltip';
import { useSyncExternalStore, type ReactElement, type ReactNode } from 'react';

/*
 * Each tooltip has its own Radix provider: they load after the page has painted, when no provider
 * can be put above them any more. What Radix's provider shares between tooltips is kept here
 * instead: while one is open, and for 300 ms after it closes, the next opens without the delay.
 */
const SKIP_DELAY_MS = 300;
let skipping = false;
let skipTimer = 0;
const listeners = new Set<() => void>();

function setSkipping(value: boolean) {
  if (skipping === value) return;
  skipping = value;
  for (const listener of listeners) listener();
}

function onOpenChange(open: boolean) {
  window.clearTimeout(skipTimer);
  if (open) setSkipping(true);
  else skipTimer = window.setTimeout(() => setSkipping(false), SKIP_DELAY_MS);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isSkipping = () => skipping;

/** While a tooltip is open, and for a moment after it closes, the next one opens without the delay. */
export function isSkippingDelay(): boolean {
  return skipping;
}

interface TooltipPopupProps {
  content: ReactNode;
  delayDuration: number;
  /** Open at once: the pointer or focus was already on the trigger when this loaded. */
  defaultOpen: boolean;
  children: ReactElement;
}

export function TooltipPopup({ content, delayDuration, defaultOpen, children }: TooltipPopupProps) {
  const skip = useSyncExternalStore(subscribe, isSkipping, isSkipping);
  return (
    <RadixTooltip.Provider delayDuration={skip ? 0 : delayDuration}>
      <RadixTooltip.Root defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
        <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
        <RadixTooltip.Portal>
          <RadixTooltip.Content
            side="top"
            sideOffset={6}
            collisionPadding={8}
            className="z-50 max-w-72 rounded-md bg-zinc-900 px-2.5 py-1.5 text-xs leading-snug text-white shadow-lg"
          >
            {content}
            <RadixTooltip.Arrow className="fill-zinc-900" />
          </RadixTooltip.Content>
        </RadixTooltip.Portal>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
}
