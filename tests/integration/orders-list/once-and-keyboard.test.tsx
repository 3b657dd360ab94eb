import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { ordersTable, rowCheckbox, rowOf } from '../../support/orders-table';
import { apiList, notices, ofStatus, waitForTable } from './helpers';

const api = setUpApi();

it('sends one delete and shows one notice for a double click on Confirm', async () => {
  let deletes = 0;
  api.server.use(
    http.post('*/api/orders/bulk-delete', () => {
      deletes += 1;
      return undefined;
    }),
  );
  const order = apiList(api.backend).items.find(ofStatus('unpaid'));
  if (!order) throw new Error('No unpaid order on page 1');
  const app = await renderApp('/');
  await waitForTable();
  await app.user.click(within(rowOf(order.code)).getByRole('button', { name: 'Delete' }));
  // The first dialog of the run loads its code first.
  const dialog = await screen.findByRole('dialog', {}, { timeout: 4000 });
  await app.user.dblClick(within(dialog).getByRole('button', { name: 'Confirm' }));

  await waitFor(() => expect(notices()).toHaveTextContent('1 order deleted'));
  expect(deletes).toBe(1);
  expect(within(notices()).getAllByText(/deleted/)).toHaveLength(1);
});

it('makes the rows one Tab stop that the arrow keys move along', async () => {
  const app = await renderApp('/');
  await waitForTable();
  const body = within(ordersTable()).getAllByRole('rowgroup')[1] as HTMLElement;
  const controls = [
    ...within(body).queryAllByRole('link', { hidden: true }),
    ...within(body).queryAllByRole('button', { hidden: true }),
    ...within(body).queryAllByRole('checkbox', { hidden: true }),
  ];
  const tabStops = controls.filter((element) => element.getAttribute('tabindex') !== '-1');
  expect(tabStops).toHaveLength(1);

  const [first, second] = apiList(api.backend).items;
  if (!first || !second) throw new Error('Fewer than two orders');
  rowCheckbox(first.code).focus();
  await app.user.keyboard('{ArrowDown}');
  expect(rowCheckbox(second.code)).toHaveFocus();
  await app.user.keyboard('{ArrowRight}');
  expect(within(rowOf(second.code)).getByRole('link', { name: `#${second.code}` })).toHaveFocus();
  await app.user.keyboard('{ArrowUp}');
  expect(within(rowOf(first.code)).getByRole('link', { name: `#${first.code}` })).toHaveFocus();
  // The one Tab stop follows the focus.
  expect(rowCheckbox(first.code)).toHaveAttribute('tabindex', '-1');
  expect(within(rowOf(first.code)).getByRole('link', { name: `#${first.code}` })).toHaveAttribute('tabindex', '0');
});

it('offers each row’s actions in a menu too, a disabled one with its reason', async () => {
  const order = apiList(api.backend).items.find(ofStatus('unfulfilled'));
  if (!order) throw new Error('No paid order on page 1');
  const app = await renderApp('/');
  await waitForTable();
  await app.user.click(within(rowOf(order.code)).getByRole('button', { name: `Actions for order #${order.code}` }));
  const menu = await screen.findByRole('menu', {}, { timeout: 4000 });
  expect(within(menu).getByRole('menuitem', { name: 'Edit' })).toBeInTheDocument();
  const remove = within(menu).getByRole('menuitem', { name: 'Delete' });
  expect(remove).toHaveAttribute('aria-disabled', 'true');
  expect(remove).toHaveAccessibleDescription("Paid orders can't be deleted. Request a refund instead.");
  await app.user.click(within(menu).getByRole('menuitem', { name: 'Edit' }));
  await screen.findByRole('heading', { level: 1, name: `Order #${order.code}` });
});
