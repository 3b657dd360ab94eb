import { screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { renderApp } from '../../support/render-app';
import { fakeTimersFollowingTheClock, setUpApi } from '../../support/test-api';
import { waitForTable } from './helpers';

const api = setUpApi();

it('loads nothing it can defer (tooltips, dialogs, the order page) before the first page of orders has shown', async () => {
  const idleTasks: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idleTasks.push(task));
  // The browser is idle while the first answer is on its way: code compiled then would delay the rows.
  api.faults.set({ latencyMs: 300 });
  fakeTimersFollowingTheClock();
  await renderApp('/');
  await vi.advanceTimersByTimeAsync(150);
  expect(screen.queryByRole('checkbox', { name: /^Select order #/ })).not.toBeInTheDocument();
  expect(idleTasks).toHaveLength(0);

  await waitForTable();
  await waitFor(() => expect(idleTasks.length).toBeGreaterThan(0));
});
