import { useEffect, useRef, type RefObject } from 'react';
import { FOCUSABLE, focusRowControl, rememberRowPlace, rowControls } from '@/lib/row-controls';

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * The table's rows as one Tab stop (a roving tabindex, as in the WAI-ARIA grid pattern): Tab
 * enters on the control last used, the arrow keys move between rows and along a row, Home and End
 * go to its ends (with Ctrl, to the first or last row), and Tab leaves for the pagination. When the
 * focused row goes (deleted), focus moves to the row that took its place.
 */
export function useRovingRows(body: RefObject<HTMLTableSectionElement | null>) {
  const active = useRef<HTMLElement | null>(null);
  const restore = useRef<(() => boolean) | null>(null);

  useEffect(() => {
    const tbody = body.current;
    if (!tbody) return;
    const sync = () => {
      if (active.current && !active.current.isConnected) {
        const focusLost = document.activeElement === null || document.activeElement === document.body;
        active.current = null;
        if (focusLost && restore.current?.()) return;
      }
      const controls = [...tbody.querySelectorAll<HTMLElement>(FOCUSABLE)];
      active.current ??= controls[0] ?? null;
      for (const control of controls) control.tabIndex = control === active.current ? 0 : -1;
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement) || !event.target.closest('tbody > tr')) return;
      if (active.current && active.current !== event.target) active.current.tabIndex = -1;
      active.current = event.target;
      active.current.tabIndex = 0;
      restore.current = rememberRowPlace(event.target);
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(tbody, { childList: true, subtree: true });
    tbody.addEventListener('focusin', onFocusIn);
    tbody.addEventListener('keydown', onArrowKey);
    return () => {
      observer.disconnect();
      tbody.removeEventListener('focusin', onFocusIn);
      tbody.removeEventListener('keydown', onArrowKey);
    };
  }, [body]);
}

function onArrowKey(event: KeyboardEvent) {
  if (!KEYS.has(event.key) || event.altKey || event.metaKey || !(event.target instanceof HTMLElement)) return;
  const row = event.target.closest('tbody > tr');
  if (!row?.parentElement) return;
  const rows = [...row.parentElement.children];
  const rowIndex = rows.indexOf(row);
  const controls = rowControls(row);
  const index = Math.max(0, controls.indexOf(event.target));
  const last = controls.length - 1;
  const move: [number, number] | null =
    event.key === 'ArrowDown'
      ? [rowIndex + 1, index]
      : event.key === 'ArrowUp'
        ? [rowIndex - 1, index]
        : event.key === 'ArrowRight'
          ? [rowIndex, Math.min(last, index + 1)]
          : event.key === 'ArrowLeft'
            ? [rowIndex, Math.max(0, index - 1)]
            : event.key === 'Home'
              ? [event.ctrlKey ? 0 : rowIndex, 0]
              : [event.ctrlKey ? rows.length - 1 : rowIndex, Number.MAX_SAFE_INTEGER];
  event.preventDefault();
  const [toRow, toControl] = move;
  if (toRow < 0 || toRow >= rows.length) return;
  focusRowControl(rows[toRow], toControl);
}
