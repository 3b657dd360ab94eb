import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Order } from '@/domain';
import { renderApp, type RenderedApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { field, findNotice, orderTitle, radio, replaceText } from './helpers';

const api = setUpApi({ seedOrders: 120 });

async function openNewOrder(): Promise<RenderedApp> {
  const app = await renderApp('/orders/new');
  await screen.findByRole('form', { name: 'New order' });
  return app;
}

async function fillOrder(app: RenderedApp) {
  await app.user.type(field('Name'), 'Ada Lovelace');
  await app.user.type(field('Email'), 'ada@example.com');
  await app.user.selectOptions(field('Product 1'), 'prd_classic_bracelet');
  await replaceText(app, field('Quantity'), '2');
  await app.user.type(field('Recipient'), 'Ada Lovelace');
  await app.user.type(field('Address line 1'), '500 Howard St');
  await app.user.type(field('City'), 'San Francisco');
  await app.user.selectOptions(field('State'), 'California');
  await app.user.type(field('ZIP code'), '94105');
}

function created(): Order {
  const order = api.backend.list({ status: 'unpaid', q: 'ada@example.com', sort: '-createdAt', page: 1, pageSize: 25 })
    .items[0];
  if (!order) throw new Error('No order was created');
  return order;
}

describe('creating an order', () => {
  it('updates the total as the merchant types', async () => {
    const app = await openNewOrder();
    const total = screen.getByTestId('order-total');

    await app.user.selectOptions(field('Product 1'), 'prd_classic_bracelet');
    expect(total).toHaveTextContent('$44.98');

    await replaceText(app, field('Quantity'), '2');
    expect(total).toHaveTextContent('$84.97');

    await app.user.click(radio('Express'));
    expect(total).toHaveTextContent('$99.97');
  });

  it('creates an unpaid order and opens it, with a notice', async () => {
    const app = await openNewOrder();
    await fillOrder(app);
    expect(screen.getByTestId('order-total')).toHaveTextContent('$84.97');

    await app.user.click(screen.getByRole('button', { name: 'Create order' }));

    const order = await waitFor(created);
    await waitFor(() => expect(app.location()).toBe(`/orders/${order.id}`));
    await screen.findByRole('heading', { name: `Order #${order.code}`, level: 1 });
    expect(orderTitle(order)).toHaveTextContent('Unpaid');
    expect(await findNotice(`Order #${order.code} created. It is unpaid until the customer pays.`)).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    expect(order).toMatchObject({
      status: 'unpaid',
      customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
      items: [{ productId: 'prd_classic_bracelet', quantity: 2 }],
      shippingAddress: {
        line1: '500 Howard St',
        city: 'San Francisco',
        region: 'CA',
        postalCode: '94105',
        country: 'US',
      },
      shippingMethod: 'standard',
      totalCents: 8497,
    });
    // The page shows the new order, every field still open.
    expect(await screen.findByRole('form', { name: `Order #${order.code}` })).toBeInTheDocument();
    expect(field('Email')).toHaveValue('ada@example.com');
    expect(field('Product 1')).toHaveValue('prd_classic_bracelet');
    expect(field('State')).toHaveValue('CA');
  });

  it('can edit the order it just created', async () => {
    const app = await openNewOrder();
    await fillOrder(app);
    await app.user.click(screen.getByRole('button', { name: 'Create order' }));
    const order = await waitFor(created);
    await screen.findByRole('form', { name: `Order #${order.code}` });

    await replaceText(app, field('Name'), 'Ada King');
    await replaceText(app, field('Quantity'), '3');
    await app.user.click(screen.getByRole('button', { name: 'Save' }));

    await findNotice(`Order #${order.code} saved.`);
    const saved = api.backend.get(order.id);
    expect(saved).toMatchObject({
      ok: true,
      body: { customer: { name: 'Ada King' }, items: [{ quantity: 3 }], totalCents: 3 * 3999 + 499 },
    });
    expect(screen.getByTestId('order-total')).toHaveTextContent('$124.96');
  });

  it('says what is missing and creates nothing', async () => {
    const app = await openNewOrder();

    await app.user.click(screen.getByRole('button', { name: 'Create order' }));

    await waitFor(() =>
      expect(field('Name')).toHaveAccessibleDescription(expect.stringContaining('Enter the customer name')),
    );
    expect(field('Email')).toHaveAccessibleDescription(expect.stringContaining('Enter the email address'));
    expect(field('Product 1')).toHaveAccessibleDescription(expect.stringContaining('Choose a product'));
    expect(field('ZIP code')).toHaveAccessibleDescription(expect.stringContaining('Enter a 5-digit ZIP code'));
    expect(field('State')).toHaveAccessibleDescription(expect.stringContaining('Choose a US state'));
    expect(app.location()).toBe('/orders/new');
    // Created orders get ids ord_c00001, ord_c00002, …: none was made.
    expect(api.backend.get('ord_c00001').ok).toBe(false);
  });

  it('asks for the personalization text of a made-to-order product', async () => {
    const app = await openNewOrder();
    await fillOrder(app);
    await app.user.selectOptions(field('Product 1'), 'prd_name_necklace');

    await app.user.click(screen.getByRole('button', { name: 'Create order' }));

    await waitFor(() =>
      expect(field('Personalization')).toHaveAccessibleDescription(
        expect.stringContaining('Enter the personalization text'),
      ),
    );
    expect(app.location()).toBe('/orders/new');
  });
});
