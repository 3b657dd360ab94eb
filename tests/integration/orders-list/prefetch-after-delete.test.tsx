import { screen, waitFor, within } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { rowCheckbox } from '../../support/orders-table';
import { answeredListPages, apiList, bulkBar, codesOf, expectRows, ofStatus } from './helpers';

const api = setUpApi();

it('after a delete on page 1, Next page never shows the page fetched ahead as it was before the delete', async () => {
  // What the page asks to run when the browser is idle (fetching the next page ahead among it);
  // the test says when that is.
  const idleTasks: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idleTasks.push(task));
  const asked = answeredListPages(api);
  const app = await renderApp('/');
  await expectRows(codesOf(apiList(api.backend, { page: 1 }).items));
  await waitFor(() => expect(idleTasks.length).toBeGreaterThan(0));
  for (const task of idleTasks.splice(0)) task();
  await waitFor(() => expect(asked).toContain('2')); // page 2 fetched ahead

  const victim = apiList(api.backend, { page: 1 }).items.find(ofStatus('unpaid'))!;
  await app.user.click(rowCheckbox(victim.code));
  await app.user.click(within(bulkBar()).getByRole('button', { name: 'Delete' }));
  await app.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Confirm' }));
  await expectRows(codesOf(apiList(api.backend, { page: 1 }).items));
  expect(screen.getByText(/1–25 of 119/)).toBeInTheDocument();

  // The browser has not been idle since: page 2 was not fetched ahead again; and the server is slow now.
  api.faults.set({ latencyMs: 1000 });
  await app.user.click(screen.getByRole('button', { name: 'Next page' }));
  // Whatever shows first must not contradict the delete just made: 119 orders.
  expect(screen.queryByText(/of 120/)).not.toBeInTheDocument();
  await expectRows(codesOf(apiList(api.backend, { page: 2 }).items));
  expect(screen.getByText(/26–50 of 119/)).toBeInTheDocument();
});
