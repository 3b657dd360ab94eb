import { describe, it, expect } from 'vitest';
import { FREE_CANCEL_WINDOW_MS, cancelWindow } from '@/domain/cancel-window';
import { formatDuration } from '@/domain/time';
import { NOW, hours, isoAgo, makeOrder, minutes } from './fixtures';

const at = (msAgo: number): Date => new Date(NOW.getTime() - msAgo);

describe('cancelWindow', () => {
  it('lasts exactly 2 hours', () => {
    expect(FREE_CANCEL_WINDOW_MS).toBe(7_200_000);
  });

  it.each([
    ['just paid', 0, hours(2)],
    ['paid 30 min ago', minutes(30), minutes(90)],
    ['paid 48 min ago', minutes(48), minutes(72)],
    ['paid 1:59:59 ago', hours(2) - 1000, 1000],
  ])('unfulfilled, %s → open with msLeft %i', (_label, ago, msLeft) => {
    const order = makeOrder({ status: 'unfulfilled', paidAt: isoAgo(ago) });
    expect(cancelWindow(order, NOW)).toEqual({
      open: true,
      endsAt: new Date(at(ago).getTime() + hours(2)),
      msLeft,
    });
  });

  it('endsAt is paidAt + 2 h as a Date', () => {
    const order = makeOrder({ status: 'unfulfilled', paidAt: '2025-03-14T11:15:00.000Z' });
    const window = cancelWindow(order, NOW);
    expect(window.endsAt?.toISOString()).toBe('2025-03-14T13:15:00.000Z');
  });

  it.each([
    ['exactly 2 h ago', hours(2)],
    ['2 h and 1 ms ago', hours(2) + 1],
    ['3 h ago', hours(3)],
    ['2 days ago', hours(48)],
  ])('unfulfilled, paid %s → closed, endsAt still reported', (_label, ago) => {
    const order = makeOrder({ status: 'unfulfilled', paidAt: isoAgo(ago) });
    expect(cancelWindow(order, NOW)).toEqual({ open: false, endsAt: new Date(at(ago).getTime() + hours(2)) });
  });

  it.each(['in_production', 'fulfilled', 'shipped', 'cancelled'] as const)(
    '%s paid 10 min ago → not open (only unfulfilled orders can be cancelled for free)',
    (status) => {
      const order = makeOrder({ status, paidAt: isoAgo(minutes(10)) });
      expect(cancelWindow(order, NOW)).toEqual({ open: false, endsAt: new Date(at(minutes(10)).getTime() + hours(2)) });
    },
  );

  it('unpaid → closed, endsAt null', () => {
    expect(cancelWindow(makeOrder({ status: 'unpaid' }), NOW)).toEqual({ open: false, endsAt: null });
  });
});

describe('formatDuration', () => {
  it.each([
    [minutes(72), '1 h 12 min'],
    [minutes(45), '45 min'],
    [hours(2), '2 h'],
    [hours(1), '1 h'],
    [minutes(1), '1 min'],
    [minutes(119) + 59_999, '1 h 59 min'],
    [59_999, 'less than a minute'],
    [1, 'less than a minute'],
    [0, 'less than a minute'],
    [-5000, 'less than a minute'],
  ])('%i ms → %j', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
