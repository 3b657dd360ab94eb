import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, codesOf, expectRows, param } from '../orders-list/helpers';
import { recordRequests, renderAppWith, tallyFaults, realQueryClients, shortenTimeout } from './support';
import { regionWith } from '../../support/regions';

const api = setUpApi({ seedOrders: 120 });
tallyFaults(api);
shortenTimeout(300);
const realQueryClient = realQueryClients();

const LOAD_FAILED = "Orders couldn't be loaded";

/** The "Orders couldn't be loaded" panel (role="alert"). */
async function findLoadFailed(): Promise<HTMLElement> {
  await screen.findByRole('heading', { name: LOAD_FAILED }, { timeout: 3000 });
  return regionWith('alert', LOAD_FAILED);
}

/** The offline banner, found by its "You're offline." text. */
function offlineBanner(): HTMLElement | null {
  return screen.queryByText("You're offline.")?.closest<HTMLElement>('[role="alert"]') ?? null;
}

const unpaidCodes = () => codesOf(apiList(api.backend, { status: 'unpaid' }).items);

describe('reading orders on a bad network', () => {
  it('shows the failure with Retry; Retry loads the rows and keeps the filter in the URL', async () => {
    api.faults.set({ failRate: 1 });
    const lists = recordRequests(api.server, 'get', '*/api/orders');
    const app = await renderApp('/?status=unpaid');

    const panel = await findLoadFailed();
    const retry = within(panel).getByRole('button', { name: 'Retry' });
    expect(panel).toHaveTextContent('The server failed (injected fault).');
    expect(screen.queryByRole('table', { name: 'Orders' })).not.toBeInTheDocument();
    expect(lists).toHaveLength(1); // the test client does not retry: one request, one failure

    api.faults.set({ failRate: 0 });
    await app.user.click(retry);

    await expectRows(unpaidCodes());
    expect(screen.queryByRole('heading', { name: LOAD_FAILED })).not.toBeInTheDocument();
    expect(param(app, 'status')).toBe('unpaid');
    expect(lists.every((r) => new URL(r.url).searchParams.get('status') === 'unpaid')).toBe(true);
    expect(lists).toHaveLength(2);
  });

  it('says "You\'re offline." while the network is gone; "Try again" once it is back hides it and loads the rows', async () => {
    api.faults.set({ offline: true });
    const app = await renderApp('/');

    await waitFor(() => expect(offlineBanner()).not.toBeNull());
    const banner = offlineBanner();
    if (!banner) throw new Error('unreachable');
    expect(banner).toHaveTextContent('Nothing you typed is lost.');
    expect(await findLoadFailed()).toHaveTextContent("Can't reach the server.");

    // Still offline: "Try again" fails again and the banner stays.
    const injectedBefore = api.faults.injected.offline;
    await app.user.click(within(banner).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(api.faults.injected.offline).toBeGreaterThan(injectedBefore));
    expect(offlineBanner()).not.toBeNull();

    api.faults.set({ offline: false });
    await app.user.click(within(banner).getByRole('button', { name: 'Try again' }));

    await expectRows(codesOf(apiList(api.backend).items));
    await waitFor(() => expect(offlineBanner()).toBeNull());
    expect(screen.queryByRole('heading', { name: LOAD_FAILED })).not.toBeInTheDocument();
  });

  it('ends a request that never answers with a clear message, not an endless spinner', async () => {
    api.faults.set({ timeoutRate: 1 });
    const started = Date.now();
    await renderApp('/');

    const panel = await findLoadFailed();
    expect(Date.now() - started).toBeLessThan(2500);
    expect(panel).toHaveTextContent('The server took too long to answer. Check your connection and try again.');
    const retry = within(panel).getByRole('button', { name: 'Retry' });
    expect(retry).not.toHaveAttribute('aria-busy');
    expect(screen.queryByRole('table', { name: 'Orders' })).not.toBeInTheDocument();
    expect(api.faults.injected.timeout).toBeGreaterThan(0);
  });

  it('stops saying "Loading orders…" once the read has given up', async () => {
    api.faults.set({ timeoutRate: 1 });
    await renderApp('/');

    await findLoadFailed();
    // The line under the heading must not contradict the failure shown below it.
    expect(screen.getByRole('heading', { name: 'All Orders', level: 1 })).toBeInTheDocument();
    expect(screen.queryByText('Loading orders…')).not.toBeInTheDocument();
    expect(screen.getByText('Orders are not available right now.')).toBeInTheDocument();
  });

  it('retries a failed read with growing back-off, and the rows appear without the merchant doing anything', async () => {
    // The first two list requests fail with a 500, the third goes through.
    const lists = recordRequests(api.server, 'get', '*/api/orders', (count) =>
      api.faults.set({ failRate: count <= 2 ? 1 : 0 }),
    );
    await renderAppWith('/', realQueryClient()); // the app's own policy: retries on

    // Once the first page shows, the next one is fetched ahead: only the first page's reads count here.
    const firstPage = () => lists.filter((r) => (new URL(r.url).searchParams.get('page') ?? '1') === '1');
    await waitFor(() => expect(firstPage()).toHaveLength(3), { timeout: 6000 });
    await expectRows(codesOf(apiList(api.backend).items));
    expect(screen.queryByRole('heading', { name: LOAD_FAILED })).not.toBeInTheDocument();
    expect(firstPage()).toHaveLength(3);

    const [first, second, third] = firstPage().map((r) => r.at);
    if (first === undefined || second === undefined || third === undefined) throw new Error('unreachable');
    const gap1 = second - first;
    const gap2 = third - second;
    expect(gap1).toBeGreaterThanOrEqual(400); // not an immediate hammering
    expect(gap2).toBeGreaterThan(gap1 * 1.5); // backs off
  }, 15_000);
});
