import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { orderKeys } from '@/api/query-keys';
import type { Order } from '@/domain';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { rowCheckbox, rowOf } from '../../support/orders-table';
import { apiList, codesOf, expectRows, waitForTable } from './helpers';

const api = setUpApi({ seedOrders: 400 });

/** The Unpaid tab's last order on page 1, and the order that takes its place once it is gone. */
async function unpaidTab() {
  const last = apiList(api.backend, { status: 'unpaid' }).items.at(-1)!;
  const next = apiList(api.backend, { status: 'unpaid', page: 2 }).items[0]!;
  const app = await renderApp('/?status=unpaid');
  await waitForTable();
  return { app, last, next, page1: apiList(api.backend, { status: 'unpaid' }).items };
}

/** Someone else deletes `order`; the list refreshes (as it does when the window regains focus). */
async function deletedElsewhere(app: Awaited<ReturnType<typeof renderApp>>, page1: Order[], order: Order, next: Order) {
  await api.backend.api.bulkDelete([order.id]);
  await app.queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
  await expectRows(codesOf([...page1.slice(0, -1), next]));
}

it('an open row menu never turns into another order’s menu when a refresh replaces its order', async () => {
  const { app, last, next, page1 } = await unpaidTab();
  await app.user.click(within(rowOf(last.code)).getByRole('button', { name: `Actions for order #${last.code}` }));
  const menu = await screen.findByRole('menu', {}, { timeout: 4000 });
  expect(menu).toBeInTheDocument();

  await deletedElsewhere(app, page1, last, next);

  // The menu the merchant opened was for `last`: it must not now act on `next`.
  const open = screen.queryByRole('menu');
  const remove = open ? within(open).getByRole('menuitem', { name: 'Delete' }) : null;
  if (remove) await app.user.click(remove);
  expect(screen.queryByRole('dialog', { name: new RegExp(`#${next.code}`) })).not.toBeInTheDocument();
  expect(within(rowOf(next.code)).getByRole('button', { name: `Actions for order #${next.code}` })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

it('a focused row control whose order is replaced by a refresh is focused anew (so it is announced), not silently retargeted', async () => {
  const { app, last, next, page1 } = await unpaidTab();
  const checkbox = rowCheckbox(last.code);
  checkbox.focus();
  let focusEvents = 0;
  document.addEventListener('focusin', () => (focusEvents += 1));

  await deletedElsewhere(app, page1, last, next);

  expect(rowCheckbox(next.code)).toHaveFocus();
  // The element under focus is now another order's: a screen reader hears of it only if focus moves.
  expect(rowCheckbox(next.code) === checkbox && focusEvents === 0).toBe(false);
});
