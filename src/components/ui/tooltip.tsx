import {
  cloneElement,
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type PointerEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { idleModule, useIdleModule } from '@/lib/idle-module';

/** Radix Tooltip and the positioning under it: they only show on hover or focus, so they load after the page has painted. */
const popup = idleModule(() => import('./tooltip-popup'));

const DelayContext = createContext(700);

/** How long the pointer rests on a trigger before its tooltip opens. */
export function TooltipProvider({ delayDuration, children }: { delayDuration: number; children: ReactNode }) {
  return <DelayContext value={delayDuration}>{children}</DelayContext>;
}

interface TriggerProps {
  ref?: Ref<HTMLElement>;
  onPointerEnter?: (event: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (event: PointerEvent<HTMLElement>) => void;
  onPointerDown?: (event: PointerEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]';

/** What a plain trigger keeps between its events: the rest timer, and whether a press is under way. */
class PointerWatch {
  private timer = 0;
  private down = false;
  rest(delayMs: number, done: () => void): void {
    this.stop();
    this.timer = window.setTimeout(done, delayMs);
  }
  stop(): void {
    window.clearTimeout(this.timer);
    this.timer = 0;
  }
  press(): void {
    this.stop();
    this.down = true;
    const release = () => {
      this.down = false;
      document.removeEventListener('pointerup', release);
      document.removeEventListener('pointercancel', release);
    };
    // A touch that turns into a scroll ends in pointercancel, not pointerup.
    document.addEventListener('pointerup', release);
    document.addEventListener('pointercancel', release);
  }
  get pressing(): boolean {
    return this.down;
  }
}

/**
 * A short explanation on hover and on keyboard focus. The trigger must be focusable (or hold
 * something focusable).
 *
 * A page shows dozens of triggers (a row's disabled buttons) and a merchant reaches for few, so
 * Radix's tooltip (a provider, a popper, a portal and their effects) is mounted for a trigger only
 * once it is pointed at or focused: until then the trigger is shown as is, with light handlers.
 * Pointed at, it opens after the rest delay (at once while another tooltip is showing, as Radix
 * does); focused from the keyboard, it opens at once. From then on Radix handles that trigger.
 */
export function Tooltip({ content, children }: { content: ReactNode; children: ReactElement<TriggerProps> }) {
  const loaded = useIdleModule(popup);
  const delayDuration = useContext(DelayContext);
  // Only the trigger Radix is mounted for is kept (to put focus back on it): the others need no ref.
  const [trigger, setTrigger] = useState<HTMLElement | null>(null);
  // Whether the pointer has rested on the trigger long enough, and whether it has keyboard focus.
  const [rested, setRested] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pointer] = useState(() => new PointerWatch());
  const active = rested || focused;
  // Once mounted for this trigger, Radix stays: it closes the tooltip itself when the pointer leaves.
  const [mounted, setMounted] = useState(false);
  if (loaded && active && !mounted) setMounted(true);

  useEffect(() => () => pointer.stop(), [pointer]);

  // The trigger is a new element once the tooltip is in: if focus was on the old one, put it back.
  const refocus = mounted && focused;
  const refocused = useRef(false);
  useLayoutEffect(() => {
    if (!refocus || refocused.current || !trigger?.isConnected) return;
    refocused.current = true;
    if (document.activeElement && document.activeElement !== document.body) return;
    (trigger.matches(FOCUSABLE) ? trigger : trigger.querySelector<HTMLElement>(FOCUSABLE))?.focus();
  }, [refocus, trigger]);

  if (mounted && loaded) {
    return (
      <loaded.TooltipPopup content={content} delayDuration={delayDuration} defaultOpen={active}>
        {cloneElement(children, { ref: setTrigger })}
      </loaded.TooltipPopup>
    );
  }
  const own = children.props;
  return cloneElement(children, {
    onPointerEnter: (event) => {
      own.onPointerEnter?.(event);
      if (event.pointerType === 'touch') return;
      void popup.load().catch(() => undefined);
      pointer.rest(popup.current()?.isSkippingDelay() ? 0 : delayDuration, () => setRested(true));
    },
    onPointerLeave: (event) => {
      own.onPointerLeave?.(event);
      pointer.stop();
      setRested(false);
    },
    onPointerDown: (event) => {
      own.onPointerDown?.(event);
      // A press closes a tooltip and keeps the focus it gives from opening one (as Radix does).
      pointer.press();
    },
    onFocus: (event) => {
      own.onFocus?.(event);
      if (pointer.pressing) return;
      void popup.load().catch(() => undefined);
      setFocused(true);
    },
    onBlur: (event) => {
      own.onBlur?.(event);
      setFocused(false);
    },
  });
}
