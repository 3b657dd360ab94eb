import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, expect } from 'vitest';
import type { OrderListParams, OrderListResponse } from '@/api/contract';
import type { Order, OrderStatus } from '@/domain';
import { usePreferences } from '@/features/orders-list/preferences-store';
import { hasPendingRefund } from '../../support/orders';
import { ordersTable } from '../../support/orders-table';
import type { RenderedApp } from '../../support/render-app';
import type { TestApi } from '../../support/test-api';

/** Shared finders for the All Orders page, by the names in docs/rules.md "Names on screen". */

interface Backend {
  list: (params: OrderListParams) => OrderListResponse;
}

/** What the API answers for a list, with the page's defaults filled in. */
export function apiList(backend: Backend, params: Partial<OrderListParams> = {}): OrderListResponse {
  return backend.list({ status: 'all', q: '', sort: '-createdAt', page: 1, pageSize: 25, ...params });
}

/** Every order the API holds (up to 250), newest first. */
export function allOrders(backend: Backend, params: Partial<OrderListParams> = {}): Order[] {
  return apiList(backend, { pageSize: 250, ...params }).items;
}

export function pick<T>(items: readonly T[], predicate: (item: T) => boolean, what: string): T {
  const found = items.find(predicate);
  if (!found) throw new Error(`Test data has no ${what}`);
  return found;
}

export const ofStatus = (status: OrderStatus) => (order: Order) => order.status === status && !hasPendingRefund(order);

/** Order codes of the rows shown, top to bottom. */
export function visibleCodes(): string[] {
  const table = screen.queryByRole('table', { name: 'Orders' });
  if (!table) return [];
  return within(table)
    .queryAllByRole('checkbox', { name: /^Select order #/ })
    .map((box) => (box.getAttribute('aria-label') ?? '').replace('Select order #', ''));
}

/** Waits until the table shows exactly these orders (in this order), not busy. */
export async function expectRows(codes: readonly string[]): Promise<void> {
  await waitFor(() => {
    expect(visibleCodes()).toEqual(codes);
    expect(ordersTable()).toHaveAttribute('aria-busy', 'false');
  });
}

export const codesOf = (orders: readonly Order[]) => orders.map((o) => o.code);

/** One search param of the current URL. */
export function param(app: RenderedApp, name: string): string | null {
  return new URLSearchParams(app.router.state.location.searchStr).get(name);
}

export function bulkBar(): HTMLElement {
  return screen.getByRole('region', { name: 'Selected orders' });
}

export function notices(): HTMLElement {
  return screen.getByRole('status');
}

/** Renders and waits for the first page of rows. */
export async function waitForTable(): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: 'Orders' });
  await waitFor(() => expect(visibleCodes().length).toBeGreaterThan(0));
  return table;
}

/** The table preferences live in memory for the whole file: start each test from the defaults. */
export function resetPreferencesEachTest(): void {
  beforeEach(() => usePreferences.setState({ pageSize: 25, hiddenColumns: [] }));
}

/** The page number of every list the API has answered, in order (the next page fetched ahead among them). */
export function answeredListPages(api: TestApi): string[] {
  const pages: string[] = [];
  api.server.events.on('response:mocked', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/api/orders')) pages.push(url.searchParams.get('page') ?? '1');
  });
  return pages;
}
