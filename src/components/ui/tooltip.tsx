import {
  cloneElement,
  createContext,
  useContext,
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
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]';

/**
 * A short explanation on hover and on keyboard focus. The trigger must be focusable (or hold
 * something focusable). Until the tooltip code has loaded the trigger is shown as is; pointed at
 * or focused meanwhile, it loads at once and its tooltip opens as it arrives.
 */
export function Tooltip({ content, children }: { content: ReactNode; children: ReactElement<TriggerProps> }) {
  const loaded = useIdleModule(popup);
  const delayDuration = useContext(DelayContext);
  const [trigger, setTrigger] = useState<HTMLElement | null>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  // The trigger is a new element once the tooltip is in: if focus was on the old one, put it back.
  const refocus = loaded !== undefined && focused;
  const refocused = useRef(false);
  useLayoutEffect(() => {
    if (!refocus || refocused.current || !trigger?.isConnected) return;
    refocused.current = true;
    if (document.activeElement && document.activeElement !== document.body) return;
    (trigger.matches(FOCUSABLE) ? trigger : trigger.querySelector<HTMLElement>(FOCUSABLE))?.focus();
  }, [refocus, trigger]);

  if (loaded) {
    return (
      <loaded.TooltipPopup content={content} delayDuration={delayDuration} defaultOpen={hovered || focused}>
        {cloneElement(children, { ref: setTrigger })}
      </loaded.TooltipPopup>
    );
  }
  const own = children.props;
  const wanted = () => void popup.load().catch(() => undefined);
  return cloneElement(children, {
    ref: setTrigger,
    onPointerEnter: (event) => {
      own.onPointerEnter?.(event);
      setHovered(true);
      wanted();
    },
    onPointerLeave: (event) => {
      own.onPointerLeave?.(event);
      setHovered(false);
    },
    onFocus: (event) => {
      own.onFocus?.(event);
      setFocused(true);
      wanted();
    },
    onBlur: (event) => {
      own.onBlur?.(event);
      setFocused(false);
    },
  });
}
