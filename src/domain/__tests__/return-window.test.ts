import { describe, it, expect } from 'vitest';
import { ORDER_STATUSES } from '@/domain/model';
import { returnWindow } from '@/domain/return-window';

const PAID = '2026-09-01T12:00:00Z';
const SIXTY_DAYS_LATER = new Date('2026-10-31T12:00:00Z');

describe('returnWindow', () => {
  it.each([
    ['the day after payment', '2026-09-02T12:00:00Z'],
    ['a minute before 60 days after payment', '2026-10-31T11:59:00Z'],
  ])('%s: open, at least until 60 days after payment', (_label, now) => {
    expect(returnWindow({ status: 'shipped', paidAt: PAID }, new Date(now))).toEqual({
      known: 'open',
      openAtLeastUntil: SIXTY_DAYS_LATER,
    });
  });

  it.each([
    ['exactly 60 days after payment', '2026-10-31T12:00:00Z'],
    ['a year later', '2027-09-01T12:00:00Z'],
  ])('%s: unsure, since the shipping date is not recorded', (_label, now) => {
    expect(returnWindow({ status: 'shipped', paidAt: PAID }, new Date(now))).toEqual({
      known: 'unsure',
      closedNoEarlierThan: SIXTY_DAYS_LATER,
    });
  });

  it('a shipped order without a payment time: nothing can be said', () => {
    expect(returnWindow({ status: 'shipped', paidAt: null }, new Date(PAID))).toEqual({ known: 'no_payment' });
  });

  it.each(ORDER_STATUSES.filter((status) => status !== 'shipped'))('%s: no return window', (status) => {
    expect(returnWindow({ status, paidAt: PAID }, new Date(PAID))).toBeNull();
  });
});
