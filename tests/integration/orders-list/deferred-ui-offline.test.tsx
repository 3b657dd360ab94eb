import { screen, waitFor, within } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app';
import { useTestApi } from '../../support/test-api';
import { apiList, notices, ofStatus, pick, rowOf, waitForTable } from './helpers';

const api = useTestApi();

it('says so when the delete confirmation cannot load, deletes nothing, and opens it once it can', async () => {
  vi.stubGlobal('requestIdleCallback', () => 0);
  vi.doMock('@/features/orders-list/delete-dialog', () => {
    throw new Error('Failed to fetch dynamically imported module');
  });
  const order = pick(apiList(api.backend).items, ofStatus('unpaid'), 'an unpaid order');
  const app = await renderApp('/');
  await waitForTable();
  const remove = () => within(rowOf(order.code)).getByRole('button', { name: 'Delete' });

  await app.user.click(remove());

  await waitFor(() =>
    expect(notices()).toHaveTextContent("Couldn't open the delete confirmation. Check your connection and try again."),
  );
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(api.backend.get(order.id).ok).toBe(true);

  vi.doUnmock('@/features/orders-list/delete-dialog');
  await app.user.click(remove());
  expect(await screen.findByRole('dialog', { name: `Delete order #${order.code}?` })).toBeInTheDocument();
});
