import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { REASONS, type Order } from '@/domain';
import { renderApp, type RenderedApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, bulkBar, codesOf, expectRows, notices, ofStatus, param, visibleCodes, waitForTable } from './helpers';
import { rowCheckbox, rowOf } from '../../support/orders-table';

const api = setUpApi();

/** Two unpaid orders and a paid one from the first page. */
function firstPageMix(): { unpaid: [Order, Order]; paid: Order } {
  const page = apiList(api.backend).items;
  const [a, b] = page.filter(ofStatus('unpaid'));
  const paid = page.find(ofStatus('unfulfilled'));
  if (!a || !b || !paid) throw new Error('Test data lacks two unpaid and one paid order on page 1');
  return { unpaid: [a, b], paid };
}

async function tick(app: RenderedApp, orders: readonly Order[]) {
  for (const order of orders) await app.user.click(rowCheckbox(order.code));
}

async function openBulkDelete(app: RenderedApp) {
  await app.user.click(within(bulkBar()).getByRole('button', { name: 'Delete' }));
  return screen.findByRole('dialog');
}

async function deleteFromRow(app: RenderedApp, order: Order) {
  await app.user.click(within(rowOf(order.code)).getByRole('button', { name: 'Delete' }));
  const dialog = await screen.findByRole('dialog', { name: `Delete order #${order.code}?` });
  await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
}

const shown = (order: Order) => visibleCodes().includes(order.code);
const exists = (order: Order) => api.backend.get(order.id).ok;

describe('bulk delete', () => {
  it('confirms what will be deleted and skipped; Cancel deletes nothing', async () => {
    const { unpaid, paid } = firstPageMix();
    const app = await renderApp('/');
    await waitForTable();
    await tick(app, [...unpaid, paid]);

    const dialog = await openBulkDelete(app);
    expect(dialog).toHaveAccessibleName('Delete 2 orders?');
    expect(dialog).toHaveTextContent('2 unpaid orders will be deleted');
    expect(dialog).toHaveTextContent('1 selected order will be skipped. Only unpaid orders can be deleted.');

    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect([...unpaid, paid].every(shown)).toBe(true);
    expect([...unpaid, paid].every(exists)).toBe(true);
    expect(within(bulkBar()).getByText('3 selected')).toBeInTheDocument();
  });

  it('deletes the unpaid orders, keeps the paid one and says so', async () => {
    const { unpaid, paid } = firstPageMix();
    const app = await renderApp('/');
    await waitForTable();
    await tick(app, [...unpaid, paid]);

    const dialog = await openBulkDelete(app);
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(unpaid.some(shown)).toBe(false));
    expect(
      await within(notices()).findByText('2 orders deleted, 1 skipped: only unpaid orders can be deleted'),
    ).toBeInTheDocument();
    expect(shown(paid)).toBe(true);
    expect(unpaid.some(exists)).toBe(false);
    expect(exists(paid)).toBe(true);
    expect(screen.queryByRole('region', { name: 'Selected orders' })).not.toBeInTheDocument();
    await waitFor(() => expect(visibleCodes()).toHaveLength(25)); // the page fills up again
  });

  it('undoes a bulk delete from the notice', async () => {
    const { unpaid } = firstPageMix();
    const app = await renderApp('/');
    await waitForTable();
    await tick(app, unpaid);
    await app.user.click(within(await openBulkDelete(app)).getByRole('button', { name: 'Confirm' }));
    await within(notices()).findByText('2 orders deleted');

    await app.user.click(within(notices()).getByRole('button', { name: 'Undo' }));

    expect(await within(notices()).findByText('2 orders restored')).toBeInTheDocument();
    await waitFor(() => expect(unpaid.every(shown)).toBe(true));
    expect(unpaid.every(exists)).toBe(true);
  });

  it('reports an order that was paid in the meantime as skipped', async () => {
    const { unpaid } = firstPageMix();
    const [stillUnpaid, paidMeanwhile] = unpaid;
    api.server.use(
      http.post('*/api/orders/bulk-delete', async () => {
        const result = await api.backend.api.bulkDelete([stillUnpaid.id]);
        const skipped = [{ id: paidMeanwhile.id, code: 'not_deletable', message: REASONS.deletePaid }];
        return HttpResponse.json({ deleted: result.deleted, skipped });
      }),
    );
    const app = await renderApp('/');
    await waitForTable();
    await tick(app, unpaid);
    await app.user.click(within(await openBulkDelete(app)).getByRole('button', { name: 'Confirm' }));

    expect(await within(notices()).findByText('1 order deleted, 1 skipped: paid in the meantime')).toBeInTheDocument();
    await waitFor(() => expect(shown(paidMeanwhile)).toBe(true));
    expect(shown(stillUnpaid)).toBe(false);
  });

  it('keeps the selection when the server fails, so the merchant can retry', async () => {
    const { unpaid } = firstPageMix();
    api.server.use(
      http.post('*/api/orders/bulk-delete', async () => {
        await delay(100);
        return HttpResponse.json({ code: 'server_error', message: 'boom' }, { status: 500 });
      }),
    );
    const app = await renderApp('/');
    await waitForTable();
    await tick(app, unpaid);
    await app.user.click(within(await openBulkDelete(app)).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(unpaid.some(shown)).toBe(false));
    await within(notices()).findByText('Nothing was deleted: boom. The orders are back.');
    await waitFor(() => expect(unpaid.every(shown)).toBe(true));
    for (const order of unpaid) expect(rowCheckbox(order.code)).toBeChecked();
    expect(within(bulkBar()).getByText('2 selected')).toBeInTheDocument();
  });

  it('moves back a page when every order on the last page was deleted', async () => {
    // Unpaid ranks first by status, so sorted descending the last page holds only unpaid orders.
    const last = apiList(api.backend, { sort: '-status', page: 5 });
    expect(last.items.length).toBeGreaterThan(0);
    expect(last.items.every((o) => o.status === 'unpaid')).toBe(true);
    const app = await renderApp('/?sort=-status&page=5');
    await waitForTable();
    await app.user.click(screen.getByRole('checkbox', { name: 'Select all orders on this page' }));
    await app.user.click(within(await openBulkDelete(app)).getByRole('button', { name: 'Confirm' }));

    await within(notices()).findByText(`${last.items.length} orders deleted`);
    await waitFor(() => expect(param(app, 'page')).toBe('4'));
    await expectRows(codesOf(apiList(api.backend, { sort: '-status', page: 4 }).items));
    expect(screen.queryByRole('heading', { name: 'No orders match' })).not.toBeInTheDocument();
  });
});

describe('deleting one order from its row', () => {
  it('asks, deletes and offers Undo', async () => {
    const order = firstPageMix().unpaid[0];
    const app = await renderApp('/');
    await waitForTable();

    await deleteFromRow(app, order);

    expect(await within(notices()).findByText('1 order deleted')).toBeInTheDocument();
    await waitFor(() => expect(shown(order)).toBe(false));
    expect(exists(order)).toBe(false);

    await app.user.click(within(notices()).getByRole('button', { name: 'Undo' }));

    expect(await within(notices()).findByText('1 order restored')).toBeInTheDocument();
    await waitFor(() => expect(shown(order)).toBe(true));
    expect(exists(order)).toBe(true);
  });

  it('removes the row at once and puts it back when the server fails', async () => {
    const order = firstPageMix().unpaid[0];
    // The server answers only when the test lets it: the row must be gone before that.
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    api.server.use(
      http.post('*/api/orders/bulk-delete', async () => {
        await answered;
        return HttpResponse.json({ code: 'server_error', message: 'boom' }, { status: 500 });
      }),
    );
    const app = await renderApp('/');
    await waitForTable();

    await deleteFromRow(app, order);

    await waitFor(() => expect(shown(order)).toBe(false));
    answer();
    const notice = await within(notices()).findByText(/Nothing was deleted/);
    expect(notice).toHaveTextContent('Nothing was deleted: boom. The orders are back.');
    await waitFor(() => expect(shown(order)).toBe(true));
    expect(within(notices()).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(exists(order)).toBe(true);
  });
});
