/**
 * The benchmark's floor: seed the same orders the demo backend seeds, then render one page of
 * 25 rows as plain DOM (same columns and text as All Orders). "Next page" re-renders the next 25.
 */
import { COUNTRIES, pendingRefundRequest, STATUS_LABELS, type Order } from '@/domain';
import { formatMoney } from '../src/lib/format-number';
import { DEFAULT_SEED_ORDERS, MAX_SEED_ORDERS, seedOrders } from '../src/backend/seed/seed';
import { formatRelative } from '../src/lib/format-date';

const PAGE_SIZE = 25;

function seedCount(): number {
  const raw = Number.parseInt(new URLSearchParams(window.location.search).get('seedOrders') ?? '', 10);
  return Number.isFinite(raw) ? Math.max(0, Math.min(MAX_SEED_ORDERS, raw)) : DEFAULT_SEED_ORDERS;
}

function shipTo(order: Order): string {
  const { city, region, country } = order.shippingAddress;
  return [city, region, country === 'US' ? '' : (COUNTRIES[country] ?? country)].filter(Boolean).join(', ');
}

function itemCount(order: Order): string {
  const units = order.items.reduce((sum, item) => sum + item.quantity, 0);
  return units === 1 ? '1 item' : `${units} items`;
}

function cell(row: HTMLTableRowElement, ...children: (Node | string)[]): void {
  const td = document.createElement('td');
  td.append(...children);
  row.append(td);
}

function div(text: string): HTMLDivElement {
  const element = document.createElement('div');
  element.textContent = text;
  return element;
}

function renderRow(order: Order, now: Date): HTMLTableRowElement {
  const row = document.createElement('tr');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.setAttribute('aria-label', `Select order #${order.code}`);
  cell(row, box);
  const link = document.createElement('a');
  link.href = `/orders/${order.id}`;
  link.textContent = `#${order.code}`;
  cell(row, link);
  const time = document.createElement('time');
  time.dateTime = order.createdAt;
  time.textContent = formatRelative(order.createdAt, now);
  cell(row, time);
  cell(row, div(order.customer.name), div(order.customer.email));
  cell(row, shipTo(order));
  cell(row, itemCount(order));
  cell(row, formatMoney(order.totalCents, order.currency));
  cell(
    row,
    pendingRefundRequest(order) ? `${STATUS_LABELS[order.status]} · Refund requested` : STATUS_LABELS[order.status],
  );
  return row;
}

const now = new Date();
const orders = seedOrders(seedCount(), now.getTime());
const body = document.querySelector('tbody');
let page = 0;

function render(): void {
  const start = page * PAGE_SIZE;
  body?.replaceChildren(...orders.slice(start, start + PAGE_SIZE).map((order) => renderRow(order, now)));
}

document.getElementById('next')?.addEventListener('click', () => {
  if ((page + 1) * PAGE_SIZE < orders.length) page += 1;
  render();
});
render();
