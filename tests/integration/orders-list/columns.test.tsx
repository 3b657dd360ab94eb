import { screen, waitFor, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { usePreferences } from '@/features/orders-list/preferences-store';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';

setUpApi();

it('hides a column from the column chooser, remembers it, and Escape closes the chooser', async () => {
  const app = await renderApp('/');
  const table = await screen.findByRole('table', { name: 'Orders' });
  await within(table).findAllByRole('checkbox', { name: /^Select order #/ });
  expect(within(table).getByRole('columnheader', { name: /Ship to/ })).toBeInTheDocument();

  await app.user.click(screen.getByRole('button', { name: /Columns/ }));
  const chooser = await screen.findByRole('group', { name: 'Visible columns' });
  await app.user.click(within(chooser).getByRole('checkbox', { name: 'Ship to' }));

  await waitFor(() => expect(within(table).queryByRole('columnheader', { name: /Ship to/ })).not.toBeInTheDocument());
  expect(usePreferences.getState().hiddenColumns).toEqual(['shipTo']);
  expect(JSON.parse(window.localStorage.getItem('orderdesk.preferences') ?? '{}').state.hiddenColumns).toEqual([
    'shipTo',
  ]);

  await app.user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('group', { name: 'Visible columns' })).not.toBeInTheDocument());
});

it('closes the column chooser on a click elsewhere and leaves focus where the merchant clicked', async () => {
  const app = await renderApp('/');
  await screen.findAllByRole('checkbox', { name: /^Select order #/ });

  await app.user.click(screen.getByRole('button', { name: /Columns/ }));
  await screen.findByRole('group', { name: 'Visible columns' });
  const search = screen.getByRole('searchbox');
  await app.user.click(search);

  await waitFor(() => expect(screen.queryByRole('group', { name: 'Visible columns' })).not.toBeInTheDocument());
  expect(search).toHaveFocus();
  await app.user.keyboard('chicago');
  expect(search).toHaveValue('chicago');
});
