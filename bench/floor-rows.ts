/**
 * The floor's rows: one page of 25 orders as plain DOM, with the same columns and text as All
 * Orders (code, date, customer, ship to, items, total, status). Shared by both floor pages.
 */
import { COUNTRIES, pendingRefundRequest, STATUS_LABELS, type Order } from '@/domain';
import { formatMoney } from '../src/lib/format-number';
import { formatRelative } from '../src/lib/format-date';

export const PAGE_SIZE = 25;

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

/** Replaces the table body's rows with these orders. */
export function renderRows(orders: readonly Order[], now: Date): void {
  document.querySelector('tbody')?.replaceChildren(...orders.map((order) => renderRow(order, now)));
}

/** Calls `show` on every click of the page's "Next page" button. */
export function onNextPage(show: () => void): void {
  document.getElementById('next')?.addEventListener('click', show);
}
