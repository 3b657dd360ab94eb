/**
 * The benchmark's floor for the demo: seed the same orders the demo backend seeds, then render one
 * page of 25 rows as plain DOM (same columns and text as All Orders). "Next page" re-renders the
 * next 25.
 */
import { DEFAULT_SEED_ORDERS, MAX_SEED_ORDERS, seedOrders } from '../src/backend/seed/seed';
import { onNextPage, PAGE_SIZE, renderRows } from './floor-rows';

function seedCount(): number {
  const raw = Number.parseInt(new URLSearchParams(window.location.search).get('seedOrders') ?? '', 10);
  return Number.isFinite(raw) ? Math.max(0, Math.min(MAX_SEED_ORDERS, raw)) : DEFAULT_SEED_ORDERS;
}

const now = new Date();
const orders = seedOrders(seedCount(), now.getTime());
let page = 0;

function render(): void {
  const start = page * PAGE_SIZE;
  renderRows(orders.slice(start, start + PAGE_SIZE), now);
}

onNextPage(() => {
  if ((page + 1) * PAGE_SIZE < orders.length) page += 1;
  render();
});
render();
