export const FOCUSABLE = 'a[href], button, input, select, textarea';

/**
 * The controls of a table row a keyboard user can reach, in order. Controls hidden for this
 * screen (display: none, e.g. the hover toolbar on a phone) are left out; the toolbar that is only
 * invisible until the row has focus is kept.
 */
export function rowControls(row: Element): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      !element.closest('[hidden]') && getComputedStyle(element).display !== 'none' && !hiddenByAncestor(element, row),
  );
}

function hiddenByAncestor(element: HTMLElement, row: Element): boolean {
  for (let node = element.parentElement; node && node !== row; node = node.parentElement) {
    if (getComputedStyle(node).display === 'none') return true;
  }
  return false;
}

/**
 * Focuses a control of `row`: the one at `index`, or the last if it has fewer. Its first control is
 * focused first so a toolbar shown on focus-within is visible (focusable) when its turn comes.
 */
export function focusRowControl(row: Element | null | undefined, index: number): boolean {
  if (!row) return false;
  const controls = rowControls(row);
  const target = controls[Math.min(index, controls.length - 1)];
  if (!target) return false;
  controls[0]?.focus({ preventScroll: true });
  target.focus();
  return document.activeElement === target;
}

/** Where focus was in a table body, to put it on the same control of the row now in that place. */
export function rememberRowPlace(element: Element | null): (() => boolean) | null {
  const row = element?.closest('tbody > tr');
  const body = row?.parentElement;
  if (!row || !body || !element) return null;
  const rowIndex = [...body.children].indexOf(row);
  const controlIndex = rowControls(row).indexOf(element as HTMLElement);
  return () => {
    if (!body.isConnected) return false;
    const rows = [...body.children].filter((child) => child.getAttribute('aria-hidden') !== 'true');
    return focusRowControl(rows[Math.min(rowIndex, rows.length - 1)], Math.max(0, controlIndex));
  };
}
