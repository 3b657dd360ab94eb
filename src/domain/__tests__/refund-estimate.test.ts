import { describe, it, expect } from 'vitest';
import type { LineItem, OrderStatus, RefundEstimate } from '@/domain/model';
import { ESTIMATE_EXPLANATIONS, coveredItems, refundEstimate, refundNoteIssue } from '@/domain/refund-estimate';
import { NOW, hours, isoAgo, makeItem, makeOrder, makePersonalizedItem, minutes } from './fixtures';

type Estimate = Extract<RefundEstimate, { kind: 'estimate' }>;

/** Narrows to a numeric estimate, failing the test otherwise. */
function expectEstimate(result: RefundEstimate | null): Estimate {
  expect(result?.kind).toBe('estimate');
  if (result === null || result.kind !== 'estimate') throw new Error('expected a numeric estimate');
  return result;
}

const STANDARD = makeItem(); // 1 × 2500
const PERSONALIZED = makePersonalizedItem(); // 1 × 1999
const SHIPPING = 499;

function orderWith(status: OrderStatus, items: LineItem[], paidAgo = hours(3)) {
  return makeOrder({ status, items, paidAt: status === 'unpaid' ? null : isoAgo(paidAgo), shippingCents: SHIPPING });
}

describe('refundEstimate: within the 2-hour free window', () => {
  it('refunds everything, with no fee (rule free_window)', () => {
    const order = orderWith('unfulfilled', [STANDARD, PERSONALIZED], minutes(30));
    expect(refundEstimate(order, NOW)).toEqual({
      kind: 'estimate',
      rule: 'free_window',
      explanation: 'Within 2 hours of payment everything is refunded, with no fee.',
      lines: [
        { itemId: 'li-std', name: 'Classic Bracelet', quantity: 1, paidCents: 2500, feeCents: 0, refundCents: 2500 },
        { itemId: 'li-pers', name: 'Name Necklace', quantity: 1, paidCents: 1999, feeCents: 0, refundCents: 1999 },
      ],
      shippingCents: 499,
      totalCents: 4998,
      currency: 'USD',
    });
  });

  it('still free at 1:59:59, no longer at exactly 2:00:00', () => {
    const justInside = orderWith('unfulfilled', [PERSONALIZED], hours(2) - 1000);
    const atEdge = orderWith('unfulfilled', [PERSONALIZED], hours(2));
    expect(expectEstimate(refundEstimate(justInside, NOW)).rule).toBe('free_window');
    expect(expectEstimate(refundEstimate(atEdge, NOW)).rule).toBe('before_production');
  });
});

describe('refundEstimate: unfulfilled after the window (before production)', () => {
  it('refunds items and shipping in full (rule before_production)', () => {
    const order = orderWith('unfulfilled', [STANDARD, PERSONALIZED], hours(3));
    const estimate = expectEstimate(refundEstimate(order, NOW));
    expect(estimate.rule).toBe('before_production');
    expect(estimate.explanation).toBe(ESTIMATE_EXPLANATIONS.before_production);
    expect(estimate.lines.map((l) => [l.itemId, l.paidCents, l.feeCents, l.refundCents])).toEqual([
      ['li-std', 2500, 0, 2500],
      ['li-pers', 1999, 0, 1999],
    ]);
    expect(estimate.shippingCents).toBe(499);
    expect(estimate.totalCents).toBe(4998);
  });
});

describe('refundEstimate: once in production', () => {
  const statuses = ['in_production', 'fulfilled'] as const;
  const mugX2 = makeItem({ id: 'li-mug', name: 'Mug', unitPriceCents: 1250, quantity: 2 });
  const plaqueX3 = makePersonalizedItem({ id: 'li-plaque', name: 'Music Plaque', unitPriceCents: 1999, quantity: 3 });

  // [label, items, expected lines as [itemId, paid, fee, refund], expected total]
  const table: [string, LineItem[], [string, number, number, number][], number][] = [
    ['standard only', [STANDARD], [['li-std', 2500, 0, 2500]], 2500 + 499],
    ['personalized only, odd cents (1999 × 1)', [PERSONALIZED], [['li-pers', 1999, 1000, 999]], 999 + 499],
    [
      'mixed',
      [STANDARD, PERSONALIZED],
      [
        ['li-std', 2500, 0, 2500],
        ['li-pers', 1999, 1000, 999],
      ],
      2500 + 999 + 499,
    ],
    [
      'quantity > 1',
      [mugX2, plaqueX3],
      [
        ['li-mug', 2500, 0, 2500],
        ['li-plaque', 5997, 2999, 2998],
      ],
      2500 + 2998 + 499,
    ],
    [
      'personalized, even amount',
      [makePersonalizedItem({ unitPriceCents: 4000 })],
      [['li-pers', 4000, 2000, 2000]],
      2000 + 499,
    ],
  ];

  it.each(statuses.flatMap((status) => table.map((row) => [status, ...row] as const)))(
    '%s, %s',
    (status, _label, items, lines, total) => {
      const estimate = expectEstimate(refundEstimate(orderWith(status, items), NOW));
      expect(estimate.rule).toBe('in_production');
      expect(estimate.explanation).toBe(ESTIMATE_EXPLANATIONS.in_production);
      expect(estimate.lines.map((l) => [l.itemId, l.paidCents, l.feeCents, l.refundCents])).toEqual(lines);
      expect(estimate.shippingCents).toBe(499);
      expect(estimate.totalCents).toBe(total);
      expect(estimate.currency).toBe('USD');
    },
  );

  it('personalized refund is floor(paid / 2) and the fee is the rest', () => {
    for (const price of [1, 2, 3, 999, 1999, 2000, 12345]) {
      const estimate = expectEstimate(
        refundEstimate(orderWith('in_production', [makePersonalizedItem({ unitPriceCents: price })]), NOW),
      );
      const [line] = estimate.lines;
      expect(line?.refundCents).toBe(Math.floor(price / 2));
      expect(line?.feeCents).toBe(price - Math.floor(price / 2));
    }
  });

  it('the explanation names the 50% customization fee', () => {
    expect(ESTIMATE_EXPLANATIONS.in_production).toContain('50%');
    expect(ESTIMATE_EXPLANATIONS.in_production).toContain('customization fee');
  });

  it('the fee does not depend on the free window once in production (paid 10 min ago)', () => {
    const estimate = expectEstimate(refundEstimate(orderWith('in_production', [PERSONALIZED], minutes(10)), NOW));
    expect(estimate.rule).toBe('in_production');
    expect(estimate.totalCents).toBe(999 + 499);
  });
});

describe('refundEstimate: no numeric estimate', () => {
  it('shipped → review under the 60-day return policy', () => {
    expect(refundEstimate(orderWith('shipped', [STANDARD, PERSONALIZED]), NOW)).toEqual({
      kind: 'review',
      rule: 'return_policy',
      explanation: 'Shipped orders get no estimate: support reviews the request under the 60-day return policy.',
    });
  });

  it.each(['unpaid', 'cancelled'] as const)('%s → null', (status) => {
    expect(refundEstimate(orderWith(status, [STANDARD]), NOW)).toBeNull();
    expect(refundEstimate(orderWith(status, [STANDARD]), NOW, ['li-std'])).toBeNull();
  });
});

describe('refundEstimate: a subset of the items', () => {
  const items = [STANDARD, PERSONALIZED];

  it('covers only the named items, without shipping, and says so', () => {
    const estimate = expectEstimate(refundEstimate(orderWith('in_production', items), NOW, ['li-pers']));
    expect(estimate.lines.map((l) => l.itemId)).toEqual(['li-pers']);
    expect(estimate.shippingCents).toBe(0);
    expect(estimate.totalCents).toBe(999);
    expect(estimate.explanation).toBe(
      'Once in production, standard products are refunded in full; made-to-order personalized products are refunded at 50% of their price (the other 50% is the customization fee). Shipping is refunded only when the request covers every item.',
    );
  });

  it.each([
    ['free_window', minutes(30), 2500],
    ['before_production', hours(3), 2500],
  ] as const)('%s: partial request still drops shipping', (rule, paidAgo, total) => {
    const estimate = expectEstimate(refundEstimate(orderWith('unfulfilled', items, paidAgo), NOW, ['li-std']));
    expect(estimate.rule).toBe(rule);
    expect(estimate.shippingCents).toBe(0);
    expect(estimate.totalCents).toBe(total);
    expect(estimate.explanation).toContain(ESTIMATE_EXPLANATIONS.partialShipping);
    // One sentence must not promise what the next takes back.
    expect(estimate.explanation).not.toMatch(
      /everything is refunded|shipping (?:is|are) refunded in full|and shipping/i,
    );
  });

  it('ignores unknown ids', () => {
    const withUnknown = refundEstimate(orderWith('in_production', items), NOW, ['li-std', 'nope']);
    const plain = refundEstimate(orderWith('in_production', items), NOW, ['li-std']);
    expect(withUnknown).toEqual(plain);
    expect(expectEstimate(withUnknown).lines.map((l) => l.itemId)).toEqual(['li-std']);
  });

  it.each([
    ['an empty list', []],
    ['no list', undefined],
    ['every id named', ['li-pers', 'li-std']],
  ] as const)('%s → all items, with shipping', (_label, ids) => {
    const estimate = expectEstimate(refundEstimate(orderWith('in_production', items), NOW, ids));
    expect(estimate.lines.map((l) => l.itemId)).toEqual(['li-std', 'li-pers']);
    expect(estimate.shippingCents).toBe(499);
    expect(estimate.totalCents).toBe(2500 + 999 + 499);
    expect(estimate.explanation).toBe(ESTIMATE_EXPLANATIONS.in_production);
    expect(estimate.explanation).not.toContain('Shipping is refunded only');
  });

  it('coveredItems keeps the order of the order, not of the request', () => {
    expect(coveredItems({ items }, ['li-pers', 'li-std']).map((i) => i.id)).toEqual(['li-std', 'li-pers']);
    expect(coveredItems({ items }, ['x'])).toEqual([]);
    expect(coveredItems({ items }, [])).toBe(items);
  });
});

describe('refundEstimate: totals are integer cents and add up', () => {
  const odd = [
    makeItem({ id: 'a', unitPriceCents: 333, quantity: 3 }),
    makePersonalizedItem({ id: 'b', unitPriceCents: 1999, quantity: 1 }),
    makePersonalizedItem({ id: 'c', unitPriceCents: 777, quantity: 7 }),
  ];
  const scenarios: [string, OrderStatus, number, string[] | undefined][] = [
    ['free window', 'unfulfilled', minutes(5), undefined],
    ['before production', 'unfulfilled', hours(5), undefined],
    ['in production', 'in_production', hours(5), undefined],
    ['fulfilled', 'fulfilled', hours(5), undefined],
    ['in production, subset', 'in_production', hours(5), ['b', 'c']],
    ['fulfilled, single item', 'fulfilled', hours(5), ['c']],
  ];

  it.each(scenarios)('%s', (_label, status, paidAgo, ids) => {
    const estimate = expectEstimate(refundEstimate(orderWith(status, odd, paidAgo), NOW, ids));
    const values = [
      estimate.totalCents,
      estimate.shippingCents,
      ...estimate.lines.flatMap((l) => [l.paidCents, l.feeCents, l.refundCents]),
    ];
    for (const v of values) expect(Number.isInteger(v)).toBe(true);
    for (const l of estimate.lines) expect(l.feeCents + l.refundCents).toBe(l.paidCents);
    expect(estimate.totalCents).toBe(
      estimate.lines.reduce((sum, l) => sum + l.refundCents, 0) + estimate.shippingCents,
    );
  });

  it('in production, the odd-cent order totals exactly', () => {
    // a: 999 full; b: 1999 → 999; c: 5439 → 2719; shipping 499
    expect(expectEstimate(refundEstimate(orderWith('in_production', odd), NOW)).totalCents).toBe(
      999 + 999 + 2719 + 499,
    );
  });
});

describe('refundNoteIssue', () => {
  it('asks for a note only when the reason is "other" and the note is blank', () => {
    expect(refundNoteIssue('other', '   ')).toBe('Tell support what the request is about');
    expect(refundNoteIssue('other', undefined)).toBe('Tell support what the request is about');
    expect(refundNoteIssue('other', 'Gift wrap was torn')).toBeNull();
    expect(refundNoteIssue('damaged', '')).toBeNull();
  });
});
