import { screen, waitFor, within } from '@testing-library/react';
import { http, type JsonBodyType } from 'msw';
import type { Order } from '@/domain';
import { renderApp, type RenderedApp } from '../../support/render-app';

/** Shared finders for the order page and the refund dialog, by the names in docs/rules.md "Names on screen". */
/** Opens /orders/<id> (or a sub-route) and waits for the order's heading and form. */
export async function openOrder(order: Order, suffix = ''): Promise<RenderedApp> {
  const app = await renderApp(`/orders/${order.id}${suffix}`);
  await screen.findByRole('heading', { name: `Order #${order.code}`, level: 1 });
  await screen.findByRole('form', { name: `Order #${order.code}` });
  return app;
}

/** The header block holding the order's title, status badge and "Refund requested". */
export function orderTitle(order: Order): HTMLElement {
  const heading = screen.getByRole('heading', { name: `Order #${order.code}`, level: 1 });
  if (!heading.parentElement) throw new Error('Order heading has no container');
  return heading.parentElement;
}

export function field(label: string): HTMLInputElement | HTMLSelectElement {
  return screen.getByLabelText<HTMLInputElement | HTMLSelectElement>(label);
}

export function radio(name: 'Standard' | 'Express'): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('radio', { name });
}

/** The text of every live status region (the notice region, and any other polite status). */
export function noticeText(): string {
  return screen
    .queryAllByRole('status')
    .map((region) => region.textContent ?? '')
    .join('\n');
}

/** Waits for a notice whose whole text is this (or matches it), in a role="status" region. */
export async function findNotice(text: string | RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const [hit] = screen.queryAllByRole('status').flatMap((region) => within(region).queryAllByText(text));
    if (!hit) throw new Error(`No notice ${String(text)}; notices: ${noticeText()}`);
    return hit;
  });
}

export async function replaceText(app: RenderedApp, element: HTMLElement, text: string): Promise<void> {
  await app.user.clear(element);
  if (text !== '') await app.user.type(element, text);
}

/** Records every PATCH of an order, then lets it through to the demo backend. */
export function recordPatches(server: { use: (...handlers: ReturnType<typeof http.patch>[]) => void }): JsonBodyType[] {
  const bodies: JsonBodyType[] = [];
  server.use(
    http.patch('*/api/orders/:id', async ({ request }) => {
      bodies.push((await request.clone().json()) as JsonBodyType);
      return undefined;
    }),
  );
  return bodies;
}
