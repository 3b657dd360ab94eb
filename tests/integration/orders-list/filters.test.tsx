import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { StatusFilter } from '@/api/contract';
import { ORDER_STATUSES, STATUS_LABELS } from '@/domain';
import { renderApp } from '../../support/render-app';
import { fakeTimersFollowingTheClock, setUpApi } from '../../support/test-api';
import { allOrders, apiList, codesOf, expectRows, param, visibleCodes, waitForTable } from './helpers';
import { ordersTable, rowOf } from '../../support/orders-table';

const api = setUpApi();

const LABELS: Record<StatusFilter, string> = { all: 'All', ...STATUS_LABELS };
const tab = (status: StatusFilter) => screen.getByRole('tab', { name: new RegExp(`^${LABELS[status]}`) });
const searchBox = () => screen.getByRole('searchbox', { name: 'Search orders' });

/** A city some, but not all, orders ship to (and, if asked, some unpaid ones). */
function cityWithFewOrders(status: StatusFilter = 'all'): string {
  const everything = allOrders(api.backend);
  for (const order of allOrders(api.backend, { status })) {
    const city = order.shippingAddress.city;
    const total = apiList(api.backend, { q: city }).total;
    if (total >= 2 && total < Math.min(25, everything.length)) return city;
  }
  throw new Error('Test data has no suitable city');
}

/** List requests the page sent, as their search params. */
function recordListRequests(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  api.server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/api/orders')) seen.push(url.searchParams);
  });
  return seen;
}

describe('status tabs', () => {
  it('shows only unpaid orders on the Unpaid tab', async () => {
    const app = await renderApp('/');
    await waitForTable();
    const unpaid = apiList(api.backend, { status: 'unpaid' });
    expect(unpaid.total).toBeGreaterThan(0);

    await app.user.click(tab('unpaid'));

    await expectRows(codesOf(unpaid.items));
    expect(param(app, 'status')).toBe('unpaid');
    expect(tab('unpaid')).toHaveAttribute('aria-selected', 'true');
    expect(tab('all')).toHaveAttribute('aria-selected', 'false');
    for (const code of visibleCodes()) expect(within(rowOf(code)).getByText('Unpaid')).toBeInTheDocument();
    for (const other of ORDER_STATUSES.filter((s) => s !== 'unpaid')) {
      expect(within(ordersTable()).queryByText(STATUS_LABELS[other])).not.toBeInTheDocument();
    }
  });

  it('counts the orders of each status, also within a search', async () => {
    const app = await renderApp('/');
    await waitForTable();
    const { counts } = apiList(api.backend);
    for (const status of ['all', ...ORDER_STATUSES] as const) {
      expect(within(tab(status)).getByText(String(counts[status]))).toBeInTheDocument();
    }

    const city = cityWithFewOrders();
    await app.user.type(searchBox(), `${city}{Enter}`);

    const within_ = apiList(api.backend, { q: city }).counts;
    expect(within_.all).toBeLessThan(counts.all);
    await waitFor(() => expect(within(tab('all')).getByText(String(within_.all))).toBeInTheDocument());
    for (const status of ORDER_STATUSES) {
      expect(within(tab(status)).getByText(String(within_[status]))).toBeInTheDocument();
    }
  });
});

describe('search', () => {
  it('searches on Enter', async () => {
    const app = await renderApp('/');
    await waitForTable();
    const city = cityWithFewOrders();

    await app.user.type(searchBox(), `${city}{Enter}`);

    expect(param(app, 'q')).toBe(city);
    const found = apiList(api.backend, { q: city }).items;
    await expectRows(codesOf(found));
    for (const code of visibleCodes()) expect(within(rowOf(code)).getByText(new RegExp(city))).toBeInTheDocument();
  });

  it('finds an order by its code', async () => {
    const app = await renderApp('/');
    await waitForTable();
    const target = allOrders(api.backend)[60];

    await app.user.type(searchBox(), `#${target?.code ?? ''}{Enter}`);

    await waitFor(() => expect(visibleCodes()).toEqual([target?.code]));
  });

  it('searches by itself a moment after typing stops, once', async () => {
    const requests = recordListRequests();
    fakeTimersFollowingTheClock();
    const app = await renderApp('/');
    await waitForTable();
    const city = cityWithFewOrders();

    await app.user.type(searchBox(), city);
    expect(param(app, 'q')).toBeNull();
    await vi.advanceTimersByTimeAsync(150);
    expect(param(app, 'q')).toBeNull();

    await waitFor(() => expect(param(app, 'q')).toBe(city));
    await expectRows(codesOf(apiList(api.backend, { q: city }).items));
    expect(requests.map((r) => r.get('q') ?? '').filter((q) => q !== '')).toEqual([city]);
    api.server.events.removeAllListeners();
  });

  it('opens a link with a status and a search as that view', async () => {
    const city = cityWithFewOrders('unpaid');
    const expected = apiList(api.backend, { status: 'unpaid', q: city });
    expect(expected.total).toBeGreaterThan(0);

    await renderApp(`/?status=unpaid&q=${encodeURIComponent(city)}`);

    await expectRows(codesOf(expected.items));
    expect(tab('unpaid')).toHaveAttribute('aria-selected', 'true');
    expect(searchBox()).toHaveValue(city);
  });

  it('goes back to the previous view with the browser Back button', async () => {
    const app = await renderApp('/?status=unpaid');
    await waitForTable();
    const city = cityWithFewOrders('unpaid');
    await app.user.type(searchBox(), `${city}{Enter}`);
    await expectRows(codesOf(apiList(api.backend, { status: 'unpaid', q: city }).items));

    app.router.history.back();

    await expectRows(codesOf(apiList(api.backend, { status: 'unpaid' }).items));
    expect(param(app, 'q')).toBeNull();
    expect(searchBox()).toHaveValue('');
    expect(tab('unpaid')).toHaveAttribute('aria-selected', 'true');
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const app = await renderApp('/?status=unpaid');
    await waitForTable();

    await app.user.type(searchBox(), 'zzqxnomatch{Enter}');

    expect(await screen.findByRole('heading', { name: 'No orders match' })).toBeInTheDocument();
    expect(screen.getByText('Nothing matches “zzqxnomatch” among Unpaid orders', { exact: false })).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Orders' })).not.toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Clear search and status' }));

    await expectRows(codesOf(apiList(api.backend).items));
    expect(param(app, 'q')).toBeNull();
    expect(param(app, 'status')).toBeNull();
    expect(searchBox()).toHaveValue('');
    expect(tab('all')).toHaveAttribute('aria-selected', 'true');
  });

  it('an empty status tab says so, without suggesting another search when there was none', async () => {
    api.server.use(
      http.get('*/api/orders', ({ request }) => {
        if (new URL(request.url).searchParams.get('status') !== 'cancelled') return undefined;
        const all = apiList(api.backend);
        return HttpResponse.json({ ...all, items: [], total: 0 });
      }),
    );
    const app = await renderApp('/?status=cancelled');

    expect(await screen.findByRole('heading', { name: 'No Cancelled orders' })).toBeInTheDocument();
    expect(screen.queryByText(/search/i)).not.toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Show all orders' }));
    await expectRows(codesOf(apiList(api.backend).items));
    expect(tab('all')).toHaveAttribute('aria-selected', 'true');
  });
});
