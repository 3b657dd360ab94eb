import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, waitForTable } from './helpers';

const api = setUpApi({ seedOrders: 1500 });

it('counts with thousands separators: the store, the tabs and the pages', async () => {
  await renderApp('/');
  await waitForTable();
  expect(screen.getByText('1,500 orders in your store')).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: /^All/ })).toHaveTextContent('1,500');
  expect(screen.getByText(/of 1,500/)).toBeInTheDocument();
});

it('says "1 order matches" for a single match', async () => {
  const order = apiList(api.backend).items[0];
  if (!order) throw new Error('Test data has no orders');
  const q = order.customer.email;
  expect(apiList(api.backend, { q }).total).toBe(1);
  await renderApp(`/?q=${encodeURIComponent(q)}`);
  await waitForTable();
  expect(screen.getByText(`1 order matches “${q}”`)).toBeInTheDocument();
  expect(within(screen.getByRole('table', { name: 'Orders' })).getAllByRole('row')).toHaveLength(2);
});
