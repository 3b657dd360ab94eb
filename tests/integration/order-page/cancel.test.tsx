import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Order } from '@/domain';
import { formatClock } from '@/lib/format-date';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { field, findNotice, openOrder, orderTitle } from './helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

const MINUTE = 60_000;
const FREE_WINDOW = 120 * MINUTE;

const paidMs = (order: Order) => Date.parse(order.paidAt ?? '');

/** A paid order still in the free window: the seed's newest orders were paid minutes ago. */
const recentlyPaid = () =>
  pickOrder(
    api,
    'unfulfilled',
    withoutPendingRefund((o) => Date.now() - paidMs(o) < 60 * MINUTE),
  );

afterEach(() => {
  vi.useRealTimers();
});

describe('Cancel order', () => {
  it('cancels an order paid minutes ago for free, after a confirmation', async () => {
    const order = recentlyPaid();
    const app = await openOrder(order);

    const endsAt = formatClock(new Date(paidMs(order) + FREE_WINDOW), new Date());
    expect(
      screen.getByText(new RegExp(`^Free cancellation ends at ${endsAt}, in (\\d+ h \\d+ min|\\d+ (h|min))$`)),
    ).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog', { name: `Cancel order #${order.code}?` });
    expect(dialog).toHaveTextContent(/refunded in full, with no fee/);

    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(orderTitle(order)).toHaveTextContent('Cancelled'));
    await findNotice(new RegExp(`^Order #${order.code} cancelled\\. \\$[\\d,.]+ will be refunded\\.$`));
    expect(api.backend.get(order.id)).toMatchObject({ body: { status: 'cancelled' } });
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
    expect(screen.getByText("This order can't be edited.")).toBeInTheDocument();
    expect(field('Address line 1')).toBeDisabled();
  });

  it('"Keep order" closes the confirmation and cancels nothing', async () => {
    const order = recentlyPaid();
    const app = await openOrder(order);

    await app.user.click(screen.getByRole('button', { name: 'Cancel order' }));
    await app.user.click(await screen.findByRole('button', { name: 'Keep order' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.backend.get(order.id)).toMatchObject({ body: { status: 'unfulfilled' } });
  });

  it('counts down to the end of the free window, then sends a cancellation to support instead', async () => {
    // Fake clock for the page and the demo backend alike (both read Date); real time still flows
    // so MSW, React Query and user-event keep working.
    const order = recentlyPaid();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(paidMs(order) + FREE_WINDOW - 90_000);
    const app = await renderApp(`/orders/${order.id}`, { user: { advanceTimers: vi.advanceTimersByTime } });
    await screen.findByRole('heading', { name: `Order #${order.code}`, level: 1 });

    const endsAt = formatClock(new Date(paidMs(order) + FREE_WINDOW), new Date());
    expect(screen.getByText(`Free cancellation ends at ${endsAt}, in 1 min`)).toBeInTheDocument();

    await act(async () => {
      await vi.advanceTimersByTimeAsync(91_000);
    });

    await waitFor(() => expect(screen.queryByText(/Free cancellation ends at/)).not.toBeInTheDocument());
    await app.user.click(screen.getByRole('button', { name: 'Cancel order' }));

    await waitFor(() => expect(app.location()).toBe(`/orders/${order.id}/refund?reason=cancellation`));
    const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
    expect(within(dialog).getByLabelText('Reason')).toHaveDisplayValue('Cancellation');
    expect(api.backend.get(order.id)).toMatchObject({ body: { status: 'unfulfilled' } });
  });

  it('tells the merchant when the free window closed while the confirmation was open', async () => {
    const order = recentlyPaid();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(paidMs(order) + FREE_WINDOW - 90_000);
    const app = await renderApp(`/orders/${order.id}`, { user: { advanceTimers: vi.advanceTimersByTime } });
    await screen.findByRole('heading', { name: `Order #${order.code}`, level: 1 });
    await app.user.click(screen.getByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog', { name: `Cancel order #${order.code}?` });

    // The server's clock moves on past the window; the merchant then confirms.
    vi.setSystemTime(paidMs(order) + FREE_WINDOW + 1_000);
    await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await findNotice('Free cancellation has just ended. Send a refund request to support instead.');
    expect(api.backend.get(order.id)).toMatchObject({ body: { status: 'unfulfilled' } });
  });

  it('sends an order in production to the refund request, with Cancellation as the reason', async () => {
    const order = pickOrder(api, 'in_production', withoutPendingRefund());
    const app = await openOrder(order);

    expect(screen.queryByText(/Free cancellation ends at/)).not.toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Cancel order' }));

    await waitFor(() => expect(app.location()).toBe(`/orders/${order.id}/refund?reason=cancellation`));
    const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
    expect(within(dialog).getByLabelText('Reason')).toHaveDisplayValue('Cancellation');
  });

  it("says a shipped order can't be cancelled", async () => {
    const order = pickOrder(api, 'shipped', withoutPendingRefund());
    const app = await openOrder(order);

    const cancel = screen.getByRole('button', { name: 'Cancel order' });
    expect(cancel).toHaveAttribute('aria-disabled', 'true');
    expect(cancel).toHaveAccessibleDescription("Shipped orders can't be cancelled.");

    await app.user.click(cancel);
    expect(app.location()).toBe(`/orders/${order.id}`);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers no Cancel order on an unpaid or a cancelled order', async () => {
    const unpaid = pickOrder(api, 'unpaid', withoutPendingRefund());
    const { unmount } = await openOrder(unpaid);
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
    unmount();

    const cancelled = pickOrder(api, 'cancelled', withoutPendingRefund());
    await openOrder(cancelled);
    expect(screen.queryByRole('button', { name: 'Cancel order' })).not.toBeInTheDocument();
  });

  it('a cancellation link opened inside the free window says free cancellation is still open, and until when', async () => {
    const order = recentlyPaid();
    await renderApp(`/orders/${order.id}/refund?reason=cancellation`);

    const dialog = await screen.findByRole('dialog', { name: `Refund request for order #${order.code}` });
    const endsAt = formatClock(new Date(paidMs(order) + FREE_WINDOW), new Date());
    expect(dialog).toHaveTextContent(`Free cancellation is still open, until ${endsAt}`);
    expect(dialog).toHaveTextContent('choose Cancel order on the order page to cancel now with a full refund');
    expect(dialog).not.toHaveTextContent('no longer possible');
  });
});
