import { screen, within } from '@testing-library/react';

/** Finders for the All Orders table, by the names the page gives its parts. */

export function ordersTable(): HTMLElement {
  return screen.getByRole('table', { name: 'Orders' });
}

export function rowCheckbox(code: string): HTMLElement {
  return screen.getByRole('checkbox', { name: `Select order #${code}` });
}

/** The table row holding the "Select order #CODE" checkbox. */
export function rowOf(code: string): HTMLElement {
  const rows = within(ordersTable()).getAllByRole('row');
  const row = rows.find((r) => within(r).queryByRole('checkbox', { name: `Select order #${code}` }) !== null);
  if (!row) throw new Error(`No row for order #${code}`);
  return row;
}
