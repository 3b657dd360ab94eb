import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, notices, ofStatus, pick, waitForTable } from './helpers';
import { rowOf } from '../../support/orders-table';

const api = setUpApi();

/** What the page asked to run when the browser is idle; the tests say when that is. */
const idleTasks: (() => void)[] = [];

beforeEach(() => {
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idleTasks.push(task));
});

/** The browser idle until `done`: the page asks for one idle task at a time, each after the last has settled. */
async function idleUntil(done: () => boolean) {
  await waitFor(
    async () => {
      await act(async () => {
        for (const task of idleTasks.splice(0)) task();
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
      expect(done()).toBe(true);
    },
    { timeout: 5000 },
  );
}

it('says so when the delete confirmation cannot load, deletes nothing, and opens it once it can', async () => {
  vi.doMock('@/features/orders-list/delete-dialog', () => {
    throw new Error('Failed to fetch dynamically imported module');
  });
  const order = pick(apiList(api.backend).items, ofStatus('unpaid'), 'an unpaid order');
  const app = await renderApp('/');
  await waitForTable();
  const remove = () => within(rowOf(order.code)).getByRole('button', { name: 'Delete' });

  await app.user.click(remove());

  await waitFor(() =>
    expect(notices()).toHaveTextContent(
      "Couldn't open the delete confirmation. Check your connection, then try again or reload the page.",
    ),
  );
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(api.backend.get(order.id).ok).toBe(true);

  vi.doUnmock('@/features/orders-list/delete-dialog');
  await app.user.click(remove());
  expect(await screen.findByRole('dialog', { name: `Delete order #${order.code}?` })).toBeInTheDocument();
});

it('keeps focus on Columns when the chooser loads while it has focus', async () => {
  const app = await renderApp('/');
  await waitForTable();
  const before = screen.getByRole('button', { name: /Columns/ });
  before.focus();

  await idleUntil(() => screen.getByRole('button', { name: /Columns/ }) !== before);
  const columns = screen.getByRole('button', { name: /Columns/ });
  expect(columns).toHaveFocus();
  await app.user.keyboard('{Enter}');
  expect(await screen.findByRole('group', { name: 'Visible columns' })).toBeInTheDocument();
});
