import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi, signInAfresh } from '../../support/test-api';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

const DAY = 24 * 60 * 60_000;
const day = (ms: number) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' }).format(ms);

afterEach(() => {
  vi.useRealTimers();
});

describe('a shipped order', () => {
  it.each([
    [10, 'The 60-day return window is open at least until'],
    [90, 'The 60-day return window may have closed: it ran at least until'],
  ])('%i days after payment says what is known of shipping and returns', async (daysAfter, sentence) => {
    const order = pickOrder(
      api,
      'shipped',
      withoutPendingRefund((o) => o.paidAt !== null),
    );
    const paidAt = Date.parse(order.paidAt ?? '');
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(paidAt + daysAfter * DAY);
    await signInAfresh(api);
    await renderApp(`/orders/${order.id}`);

    await screen.findByRole('heading', { name: `Order #${order.code}`, level: 1 }, { timeout: 5000 });
    expect(screen.getByText(/shipping date isn't recorded/)).toHaveTextContent(
      `Shipped; the shipping date isn't recorded. ${sentence} ${day(paidAt + 60 * DAY)}`,
    );
  });

  it('other orders say nothing about returns', async () => {
    const order = pickOrder(api, 'fulfilled', withoutPendingRefund());
    await renderApp(`/orders/${order.id}`);
    await screen.findByRole('heading', { name: `Order #${order.code}`, level: 1 }, { timeout: 5000 });
    expect(screen.queryByText(/return window/)).not.toBeInTheDocument();
  });
});
