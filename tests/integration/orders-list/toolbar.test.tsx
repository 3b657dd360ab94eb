import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StatusFilter } from '@/api/contract';
import { REASONS, type Order, type OrderStatus } from '@/domain';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, ofStatus, pick, waitForTable } from './helpers';
import { hasPendingRefund } from '../../support/orders';
import { rowCheckbox, rowOf } from '../../support/orders-table';

const api = setUpApi();

interface Case {
  what: string;
  status: OrderStatus;
  pending?: boolean;
  deleteReason: string | null;
  refundReason: string | null;
}

const CASES: Case[] = [
  { what: 'an unpaid order', status: 'unpaid', deleteReason: null, refundReason: REASONS.refundUnpaid },
  { what: 'a paid, unfulfilled order', status: 'unfulfilled', deleteReason: REASONS.deletePaid, refundReason: null },
  { what: 'an order in production', status: 'in_production', deleteReason: REASONS.deletePaid, refundReason: null },
  { what: 'a fulfilled order', status: 'fulfilled', deleteReason: REASONS.deletePaid, refundReason: null },
  { what: 'a shipped order', status: 'shipped', deleteReason: REASONS.deletePaid, refundReason: null },
  {
    what: 'a cancelled order',
    status: 'cancelled',
    deleteReason: REASONS.deleteCancelled,
    refundReason: REASONS.refundCancelled,
  },
  {
    what: 'an order with a refund request pending',
    status: 'in_production',
    pending: true,
    deleteReason: REASONS.deletePaid,
    refundReason: REASONS.refundPending,
  },
];

/** An order of this kind on the first page of its status tab, and that tab's URL. */
function orderFor(c: Case): { order: Order; url: string } {
  const status: StatusFilter = c.status;
  const page = apiList(api.backend, { status }).items;
  const order = c.pending
    ? pick(page, (o) => o.status === c.status && hasPendingRefund(o), c.what)
    : pick(page, ofStatus(c.status), c.what);
  return { order, url: `/?status=${status}` };
}

function toolbarButton(code: string, name: 'Delete' | 'Refund') {
  return within(rowOf(code)).getByRole('button', { name });
}

function expectAllowed(button: HTMLElement, reason: string | null) {
  if (reason === null) {
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).not.toHaveAccessibleDescription();
  } else {
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(reason);
  }
}

describe('row toolbar', () => {
  it.each(CASES)('offers Delete and Refund on $what only where allowed, saying why not', async (c) => {
    const { order, url } = orderFor(c);
    await renderApp(url);
    await waitForTable();

    const toolbar = within(rowOf(order.code)).getByRole('group', { name: `Actions for order #${order.code}` });
    expect(within(toolbar).getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/orders/${order.id}`);
    expectAllowed(toolbarButton(order.code, 'Delete'), c.deleteReason);
    expectAllowed(toolbarButton(order.code, 'Refund'), c.refundReason);
  });

  it('names the buttons exactly "Delete", "Refund", "Previous page" also when they are disabled', async () => {
    const page = apiList(api.backend).items;
    const paid = pick(page, ofStatus('shipped'), 'a shipped order');
    const unpaid = pick(page, ofStatus('unpaid'), 'an unpaid order');
    await renderApp('/');
    await waitForTable();

    // The reason belongs in the description only; in the name a screen reader reads it twice.
    expect(within(rowOf(paid.code)).getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
      REASONS.deletePaid,
    );
    expect(within(rowOf(unpaid.code)).getByRole('button', { name: 'Refund' })).toHaveAccessibleDescription(
      REASONS.refundUnpaid,
    );
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('does not open the delete dialog from a disabled Delete', async () => {
    const order = pick(apiList(api.backend).items, ofStatus('shipped'), 'a shipped order');
    const app = await renderApp('/');
    await waitForTable();

    await app.user.click(toolbarButton(order.code, 'Delete'));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.backend.get(order.id).ok).toBe(true);
  });

  it('shows why Delete is disabled in a tooltip on hover', async () => {
    const order = pick(apiList(api.backend).items, ofStatus('unfulfilled'), 'a paid order');
    const app = await renderApp('/');
    await waitForTable();

    await app.user.hover(toolbarButton(order.code, 'Delete'));

    expect(await screen.findByRole('tooltip')).toHaveTextContent(REASONS.deletePaid);
  });

  it('opens the delete dialog from an enabled Delete', async () => {
    const order = pick(apiList(api.backend).items, ofStatus('unpaid'), 'an unpaid order');
    const app = await renderApp('/');
    await waitForTable();

    await app.user.click(toolbarButton(order.code, 'Delete'));

    expect(await screen.findByRole('dialog', { name: `Delete order #${order.code}?` })).toBeInTheDocument();
  });

  it('goes to the refund request from an enabled Refund, and nowhere from a disabled one', async () => {
    const page = apiList(api.backend).items;
    const unpaid = pick(page, ofStatus('unpaid'), 'an unpaid order');
    const paid = pick(page, ofStatus('unfulfilled'), 'a paid order');
    const app = await renderApp('/');
    await waitForTable();

    await app.user.click(toolbarButton(unpaid.code, 'Refund'));
    expect(app.location()).toBe('/');

    await app.user.click(toolbarButton(paid.code, 'Refund'));
    await waitFor(() => expect(app.router.state.location.pathname).toBe(`/orders/${paid.id}/refund`));
  });

  it.each(['Escape', 'Cancel'] as const)(
    'hands focus back to the row when the refund dialog opened from it is closed with %s',
    async (how) => {
      const paid = pick(apiList(api.backend).items, ofStatus('in_production'), 'an order in production');
      const app = await renderApp('/');
      await waitForTable();

      await app.user.click(toolbarButton(paid.code, 'Refund'));
      const dialog = await screen.findByRole('dialog');
      if (how === 'Escape') await app.user.keyboard('{Escape}');
      else await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

      await waitFor(() => expect(app.location()).toBe('/'));
      await waitFor(() => expect(rowCheckbox(paid.code)).toHaveFocus());
    },
  );
});
