import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, STATUS_RANK, type OrderStatus } from '@/domain';

describe("sorting by status follows an order's life", () => {
  it('puts unpaid first, then paid by progress, shipped, and cancelled last', () => {
    const shuffled: OrderStatus[] = ['shipped', 'cancelled', 'unpaid', 'fulfilled', 'in_production', 'unfulfilled'];
    expect([...shuffled].sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b])).toEqual([
      'unpaid',
      'unfulfilled',
      'in_production',
      'fulfilled',
      'shipped',
      'cancelled',
    ]);
  });

  it('ranks every status, each differently', () => {
    expect(new Set(ORDER_STATUSES.map((status) => STATUS_RANK[status])).size).toBe(ORDER_STATUSES.length);
  });
});
