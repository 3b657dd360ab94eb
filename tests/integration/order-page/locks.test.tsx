import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '@/domain';
import { setUpApi } from '../../support/test-api';
import { field, openOrder, radio } from './helpers';
import { pickOrder, withoutPendingRefund } from '../../support/orders';

const api = setUpApi({ seedOrders: 120 });

const FIELDS = ['Name', 'Email', 'Quantity', 'Recipient', 'Address line 1', 'City', 'Country'] as const;

/** Every control of that label (Quantity repeats per item). */
function controls(label: string): HTMLElement[] {
  return screen.getAllByLabelText(label);
}

describe('what may change, by status', () => {
  it('lets everything change on an unpaid order, with a Save button', async () => {
    const order = pickOrder(api, 'unpaid', withoutPendingRefund());
    await openOrder(order);

    for (const label of FIELDS) {
      for (const control of controls(label)) {
        expect(control, label).toBeEnabled();
        expect(control, label).not.toHaveAccessibleDescription(/can't change|Nothing can change/);
      }
    }
    expect(radio('Standard')).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(screen.queryByText("This order can't be edited.")).not.toBeInTheDocument();
  });

  it('locks items, customer and country on a paid, unfulfilled order, saying why, and keeps the shipping fields open', async () => {
    const order = pickOrder(
      api,
      'unfulfilled',
      withoutPendingRefund((o) => o.shippingAddress.country === 'US'),
    );
    await openOrder(order);

    expect(field('Name')).toBeDisabled();
    expect(field('Name')).toHaveAccessibleDescription(
      expect.stringContaining("Customer details can't change once the order is paid"),
    );
    expect(field('Email')).toBeDisabled();
    for (const quantity of controls('Quantity')) {
      expect(quantity).toBeDisabled();
      expect(quantity).toHaveAccessibleDescription(
        expect.stringContaining("Items can't change once the order is paid"),
      );
    }
    expect(field('Country')).toBeDisabled();
    expect(field('Country')).toHaveAccessibleDescription(
      expect.stringContaining("Country can't change once the order is paid"),
    );

    for (const label of ['Recipient', 'Address line 1', 'Address line 2', 'City', 'State', 'ZIP code', 'Phone']) {
      expect(field(label), label).toBeEnabled();
    }
    expect(radio('Standard')).toBeEnabled();
    expect(radio('Express')).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.queryByText("This order can't be edited.")).not.toBeInTheDocument();
  });

  const CLOSED: { status: OrderStatus; reason: string }[] = [
    { status: 'in_production', reason: 'Nothing can change once the order is in production' },
    { status: 'fulfilled', reason: 'Nothing can change once the order is fulfilled' },
    { status: 'shipped', reason: 'Nothing can change once the order has shipped' },
    { status: 'cancelled', reason: 'Nothing can change on a cancelled order' },
  ];

  it.each(CLOSED)(
    'locks every field of a $status order, with a banner and no Save button',
    async ({ status, reason }) => {
      const order = pickOrder(api, status, withoutPendingRefund());
      await openOrder(order);

      expect(screen.getByText("This order can't be edited.")).toBeInTheDocument();
      expect(screen.getByText(new RegExp(`^${reason}\\.`))).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Saving…' })).not.toBeInTheDocument();

      for (const label of FIELDS) {
        for (const control of controls(label)) {
          expect(control, label).toBeDisabled();
          expect(control, label).toHaveAccessibleDescription(expect.stringContaining(reason));
        }
      }
      expect(radio('Standard')).toBeDisabled();
      expect(radio('Express')).toBeDisabled();
      // What was entered stays readable.
      expect(field('Address line 1')).toHaveValue(order.shippingAddress.line1);
      expect(field('Email')).toHaveValue(order.customer.email);
    },
  );

  it('tells a cancelled order was refunded and a closed paid order goes through support', async () => {
    const cancelled = pickOrder(api, 'cancelled', withoutPendingRefund());
    const { unmount } = await openOrder(cancelled);
    expect(screen.getByText(/It was refunded when it was cancelled\./)).toBeInTheDocument();
    unmount();

    const shipped = pickOrder(api, 'shipped', withoutPendingRefund());
    await openOrder(shipped);
    expect(screen.getByText(/To get money back, send a refund request to support\./)).toBeInTheDocument();
  });

  it('offers no Add item or Remove on a paid order', async () => {
    const order = pickOrder(api, 'unfulfilled', withoutPendingRefund());
    await openOrder(order);

    expect(screen.queryByRole('button', { name: 'Add item' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove item/ })).not.toBeInTheDocument();
  });
});
