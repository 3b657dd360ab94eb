import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, bulkBar, notices, ofStatus, pick, waitForTable } from './helpers';
import { rowCheckbox } from '../../support/orders-table';

const api = setUpApi();

it('never takes a missing status in a select-all answer for "unpaid": nothing unknown is selected or deleted', async () => {
  const unpaid = apiList(api.backend, { status: 'unpaid' }).items;
  const ticked = pick(unpaid, ofStatus('unpaid'), 'unpaid order');
  const paid = pick(apiList(api.backend, { pageSize: 100 }).items, ofStatus('unfulfilled'), 'paid order');
  // An answer that names a paid order without its status.
  api.server.use(
    http.get('*/api/orders/ids', () =>
      HttpResponse.json({ ids: [ticked.id, paid.id], statuses: ['unpaid'], total: 2 }),
    ),
  );
  const app = await renderApp('/?status=unpaid');
  await waitForTable();
  await app.user.click(rowCheckbox(ticked.code));

  await app.user.click(within(bulkBar()).getByRole('button', { name: /^Select all/ }));

  expect(await within(notices()).findByText(/^Couldn't select every matching order\./)).toBeInTheDocument();
  expect(within(bulkBar()).getByText('1 selected')).toBeInTheDocument();
  await app.user.click(within(bulkBar()).getByRole('button', { name: 'Delete' }));
  const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
  expect(dialog).toHaveAccessibleName('Delete 1 order?');
  await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
  await waitFor(() => expect(api.backend.get(ticked.id).ok).toBe(false));
  expect(api.backend.get(paid.id).ok).toBe(true);
});
