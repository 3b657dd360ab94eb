import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import { REASONS } from '@/domain';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, ofStatus, pick, waitForTable } from './helpers';
import { rowOf } from '../../support/orders-table';

/*
 * The delete confirmation, the column chooser's popover and the tooltips load after All Orders
 * has painted, when the browser is first idle. Here the browser is never idle, so each loads only
 * when the merchant reaches for it: it must still open, with focus where it belongs.
 */
const api = setUpApi();

beforeEach(() => {
  vi.stubGlobal('requestIdleCallback', () => 0);
});

it('keeps focus on a disabled Delete whose tooltip loads while it has focus, and shows the reason', async () => {
  const order = pick(apiList(api.backend).items, ofStatus('unfulfilled'), 'a paid order');
  await renderApp('/');
  await waitForTable();
  const remove = () => within(rowOf(order.code)).getByRole('button', { name: 'Delete' });

  remove().focus();

  expect(await screen.findByRole('tooltip')).toHaveTextContent(REASONS.deletePaid);
  expect(remove()).toHaveFocus();
  expect(remove()).toHaveAccessibleDescription(REASONS.deletePaid);
});

it('shows the reason on keyboard focus after a touch on the button turned into a scroll', async () => {
  const order = pick(apiList(api.backend).items, ofStatus('unfulfilled'), 'a paid order');
  await renderApp('/');
  await waitForTable();
  const remove = () => within(rowOf(order.code)).getByRole('button', { name: 'Delete' });

  fireEvent.pointerDown(remove(), { pointerType: 'touch' });
  fireEvent.pointerCancel(document, { pointerType: 'touch' });
  remove().focus();

  expect(await screen.findByRole('tooltip')).toHaveTextContent(REASONS.deletePaid);
});

it('opens the delete confirmation pressed before it has loaded: focus inside, Escape gives it back', async () => {
  const order = pick(apiList(api.backend).items, ofStatus('unpaid'), 'an unpaid order');
  const app = await renderApp('/');
  await waitForTable();
  const remove = within(rowOf(order.code)).getByRole('button', { name: 'Delete' });

  await app.user.click(remove);

  const dialog = await screen.findByRole('dialog', { name: `Delete order #${order.code}?` });
  // Where focus is, is what this test checks: Testing Library has no query for the focused element.
  // eslint-disable-next-line testing-library/no-node-access
  await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
  await app.user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(remove).toHaveFocus();
  expect(api.backend.get(order.id).ok).toBe(true);
});

it('opens the column chooser pressed before it has loaded, and Escape gives focus back to Columns', async () => {
  const app = await renderApp('/');
  await waitForTable();

  await app.user.click(screen.getByRole('button', { name: /Columns/ }));

  expect(await screen.findByRole('group', { name: 'Visible columns' })).toBeInTheDocument();
  await app.user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('group', { name: 'Visible columns' })).not.toBeInTheDocument());
  expect(screen.getByRole('button', { name: /Columns/ })).toHaveFocus();
});
