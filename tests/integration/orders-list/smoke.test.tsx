import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';

setUpApi();

it('shows the first page of orders', async () => {
  await renderApp('/');
  const table = await screen.findByRole('table', { name: 'Orders' });
  expect(await within(table).findAllByRole('checkbox', { name: /Select order #/ })).toHaveLength(25);
  expect(screen.getByRole('heading', { name: 'All Orders' })).toBeInTheDocument();
});
