/**
 * The benchmark's floor against the server: fetch the first page of orders from the server's API
 * (the request All Orders makes first, with the browser context's session cookie) and render its
 * 25 rows as plain DOM, with no parsing beyond JSON and no framework. "Next page" fetches and
 * renders the next page. So it pays the server's answer and the smallest render, nothing else.
 */
import type { Order } from '@/domain';
import { onNextPage, PAGE_SIZE, renderRows } from './floor-rows';

let page = 1;

async function show(): Promise<void> {
  const query = new URLSearchParams({
    status: 'all',
    sort: '-createdAt',
    page: String(page),
    pageSize: String(PAGE_SIZE),
  });
  const response = await fetch(`/api/orders?${query.toString()}`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`GET /api/orders answered ${response.status}`);
  const body = (await response.json()) as { items: Order[] };
  renderRows(body.items, new Date());
}

onNextPage(() => {
  page += 1;
  void show();
});
void show();
