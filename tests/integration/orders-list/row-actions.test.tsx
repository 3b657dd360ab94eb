import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { allOrders, bulkBar, ofStatus, pick, waitForTable } from './helpers';
import { rowCheckbox, rowOf } from '../../support/orders-table';

const api = setUpApi({ seedOrders: 120 });

it('does not offer a second Delete while the first is on its way', async () => {
  const order = pick(allOrders(api.backend), ofStatus('unpaid'), 'unpaid order');
  api.server.use(
    http.post('*/api/orders/bulk-delete', async () => {
      await delay(400);
      return HttpResponse.json({ deleted: [order.id], skipped: [] });
    }),
  );
  const app = await renderApp('/');
  await waitForTable();
  await app.user.click(rowCheckbox(order.code));
  await app.user.click(within(bulkBar()).getByRole('button', { name: 'Delete' }));
  // The confirmation may still be loading (it loads once the browser is idle after the page paints).
  await app.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));

  const again = within(bulkBar()).getByRole('button', { name: 'Delete' });
  expect(again).toHaveAttribute('aria-disabled', 'true');
  expect(again).toHaveAccessibleDescription('Deleting the selected orders…');
  await app.user.click(again);
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

it('Cancel in a refund dialog opened from a row goes back to All Orders as it was', async () => {
  const order = pick(allOrders(api.backend), ofStatus('shipped'), 'shipped order');
  const app = await renderApp('/?status=shipped');
  await waitForTable();
  await app.user.click(within(rowOf(order.code)).getByRole('button', { name: 'Refund' }));
  const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
  await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(app.location()).toBe('/?status=shipped'));
  expect(await screen.findByRole('heading', { name: 'All Orders' })).toBeInTheDocument();
});
