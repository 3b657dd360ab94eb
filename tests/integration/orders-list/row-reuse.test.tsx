import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { orderKeys } from '@/api/query-keys';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { rowCheckbox, rowOf } from '../../support/orders-table';
import { apiList, codesOf, expectRows, waitForTable } from './helpers';

const api = setUpApi({ seedOrders: 400 });

it('an open row menu never turns into another order’s menu when a refresh replaces its order', async () => {
  const page1 = apiList(api.backend, { status: 'unpaid' }).items;
  const page2 = apiList(api.backend, { status: 'unpaid', page: 2 }).items;
  const last = page1.at(-1)!;
  const next = page2[0]!;
  const app = await renderApp('/?status=unpaid');
  await waitForTable();
  await app.user.click(within(rowOf(last.code)).getByRole('button', { name: `Actions for order #${last.code}` }));
  const menu = await screen.findByRole('menu', {}, { timeout: 4000 });
  expect(menu).toBeInTheDocument();

  // Someone else deletes that order; the list refreshes (as it does when the window regains focus).
  await api.backend.api.bulkDelete([last.id]);
  await app.queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
  await expectRows(codesOf([...page1.slice(0, -1), next]));

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
  const page1 = apiList(api.backend, { status: 'unpaid' }).items;
  const page2 = apiList(api.backend, { status: 'unpaid', page: 2 }).items;
  const last = page1.at(-1)!;
  const next = page2[0]!;
  const app = await renderApp('/?status=unpaid');
  await waitForTable();
  const checkbox = rowCheckbox(last.code);
  checkbox.focus();
  let focusEvents = 0;
  document.addEventListener('focusin', () => (focusEvents += 1));

  await api.backend.api.bulkDelete([last.id]);
  await app.queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
  await expectRows(codesOf([...page1.slice(0, -1), next]));

  expect(rowCheckbox(next.code)).toHaveFocus();
  // The element under focus is now another order's: a screen reader hears of it only if focus moves.
  expect(rowCheckbox(next.code) === checkbox && focusEvents === 0).toBe(false);
});
