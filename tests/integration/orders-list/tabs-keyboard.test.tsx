import { screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { param, waitForTable } from './helpers';

setUpApi();

it('moves between status tabs with the arrow keys, Home and End, as one Tab stop', async () => {
  const app = await renderApp('/');
  await waitForTable();
  const all = screen.getByRole('tab', { name: /^All/ });
  expect(all).toHaveAttribute('tabindex', '0');
  expect(screen.getByRole('tab', { name: /^Unpaid/ })).toHaveAttribute('tabindex', '-1');
  expect(screen.getByRole('tabpanel', { name: /^All/ })).toBeInTheDocument();

  all.focus();
  await app.user.keyboard('{ArrowRight}');
  await waitFor(() => expect(param(app, 'status')).toBe('unpaid'));
  expect(screen.getByRole('tab', { name: /^Unpaid/ })).toHaveFocus();
  expect(screen.getByRole('tab', { name: /^Unpaid/ })).toHaveAttribute('aria-selected', 'true');

  await app.user.keyboard('{End}');
  await waitFor(() => expect(param(app, 'status')).toBe('cancelled'));
  await app.user.keyboard('{ArrowRight}');
  await waitFor(() => expect(param(app, 'status')).toBeNull());
  expect(screen.getByRole('tab', { name: /^All/ })).toHaveFocus();
  await app.user.keyboard('{ArrowLeft}');
  await waitFor(() => expect(param(app, 'status')).toBe('cancelled'));
});
