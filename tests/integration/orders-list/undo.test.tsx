import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import type { Order } from '@/domain';
import { renderApp, type RenderedApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, notices, ofStatus, visibleCodes, waitForTable } from './helpers';
import { rowCheckbox, rowOf } from '../../support/orders-table';

const api = setUpApi();

/** A delete, an Undo and a refetch each; the first also loads the confirmation's code. */
const SLOW = { timeout: 15_000 };

function firstUnpaid(): Order {
  const order = apiList(api.backend).items.find(ofStatus('unpaid'));
  if (!order) throw new Error('Test data lacks an unpaid order on page 1');
  return order;
}

async function deleteFromRow(app: RenderedApp, order: Order, { waitForNotice = true } = {}) {
  await app.user.click(within(rowOf(order.code)).getByRole('button', { name: 'Delete' }));
  // The confirmation's code loads on first use.
  const dialog = await screen.findByRole('dialog', { name: `Delete order #${order.code}?` }, { timeout: 5000 });
  await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
  if (waitForNotice) await within(notices()).findByText('1 order deleted');
}

it('puts focus on Undo after a delete, and on the restored row after Undo', SLOW, async () => {
  const order = firstUnpaid();
  const app = await renderApp('/');
  await waitForTable();
  await deleteFromRow(app, order);

  const undo = within(notices()).getByRole('button', { name: 'Undo' });
  await waitFor(() => expect(undo).toHaveFocus());
  expect(undo).toHaveAccessibleDescription('1 order deleted');

  await app.user.keyboard('{Enter}');

  await within(notices()).findByText('1 order restored');
  await waitFor(() => expect(rowCheckbox(order.code)).toHaveFocus());
});

it('offers "Try again" when Undo fails, and the retry restores the order', SLOW, async () => {
  const order = firstUnpaid();
  api.server.use(
    http.post(
      '*/api/orders/restore',
      () => HttpResponse.json({ code: 'server_error', message: 'boom' }, { status: 500 }),
      {
        once: true,
      },
    ),
  );
  const app = await renderApp('/');
  await waitForTable();
  await deleteFromRow(app, order);

  await app.user.click(within(notices()).getByRole('button', { name: 'Undo' }));

  await within(notices()).findByText("Couldn't undo the delete. boom");
  const retry = within(notices()).getByRole('button', { name: 'Try again' });
  await waitFor(() => expect(retry).toHaveFocus());
  expect(visibleCodes()).not.toContain(order.code);

  await app.user.keyboard('{Enter}');

  await within(notices()).findByText('1 order restored');
  await waitFor(() => expect(visibleCodes()).toContain(order.code));
  expect(api.backend.get(order.id).ok).toBe(true);
  await waitFor(() => expect(rowCheckbox(order.code)).toHaveFocus());
});

it('does not take focus from the search box while the merchant types', SLOW, async () => {
  const order = firstUnpaid();
  const app = await renderApp('/');
  await waitForTable();
  await deleteFromRow(app, order, { waitForNotice: false });
  const search = screen.getByRole('searchbox', { name: 'Search orders' });
  await app.user.click(search);

  await within(notices()).findByText('1 order deleted');

  expect(search).toHaveFocus();
});
