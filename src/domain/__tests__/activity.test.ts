import { describe, expect, it } from 'vitest';
import { activitySentence, describeEdit, refundRequestDetail } from '@/domain';
import { makeAddress, makeItem, makeOrder, makeRefundRequest } from './fixtures';

describe('an edit in the activity trail', () => {
  it('reads each changed field as it was and as it became', () => {
    const before = makeOrder({ shippingAddress: makeAddress({ line1: '12 Oak St', city: 'Austin' }) });
    const after = { ...before, shippingAddress: { ...before.shippingAddress, line1: '9 Elm Rd' } };
    const changes = describeEdit(before, after, ['shippingAddress.line1', 'shippingAddress.city']);
    expect(changes).toEqual([{ path: 'shippingAddress.line1', before: '12 Oak St', after: '9 Elm Rd' }]);
    expect(activitySentence({ action: 'edited', changes })).toBe('changed the shipping address: 12 Oak St → 9 Elm Rd');
  });

  it('names every part of the order that changed when there are several changes', () => {
    const before = makeOrder({ items: [makeItem({ quantity: 1 })], shippingMethod: 'standard' });
    const after = { ...before, items: [makeItem({ quantity: 2 })], shippingMethod: 'express' as const };
    const changes = describeEdit(before, after, ['items', 'shippingMethod']);
    expect(changes).toEqual([
      { path: 'items', before: '1 × Classic Bracelet', after: '2 × Classic Bracelet' },
      { path: 'shippingMethod', before: 'Standard', after: 'Express' },
    ]);
    expect(activitySentence({ action: 'edited', changes })).toBe('changed the items and the shipping method');
  });

  it('says a field that was emptied is empty', () => {
    const before = makeOrder({ shippingAddress: makeAddress({ line2: 'Apt 4' }) });
    const after = { ...before, shippingAddress: { ...before.shippingAddress, line2: '' } };
    const changes = describeEdit(before, after, ['shippingAddress.line2']);
    expect(activitySentence({ action: 'edited', changes })).toBe('changed the shipping address: Apt 4 → (empty)');
  });
});

describe('other writes in the activity trail', () => {
  it('read as what was done to the order', () => {
    expect(activitySentence({ action: 'created', changes: [] })).toBe('created the order');
    expect(activitySentence({ action: 'deleted', changes: [] })).toBe('deleted the order');
    expect(activitySentence({ action: 'restored', changes: [] })).toBe('restored the order');
    expect(activitySentence({ action: 'cancelled', changes: [] })).toBe('cancelled the order');
    expect(activitySentence({ action: 'refund_requested', changes: [] })).toBe('requested a refund');
  });

  it('give a refund request’s reason and estimate, or say support will review it', () => {
    const estimated = makeRefundRequest({
      reason: 'damaged',
      estimate: {
        kind: 'estimate',
        rule: 'before_production',
        explanation: 'Before production: everything back.',
        lines: [],
        shippingCents: 0,
        totalCents: 2400,
        currency: 'USD',
      },
    });
    expect(refundRequestDetail(estimated)).toBe('Damaged or defective · estimate $24.00');
    expect(refundRequestDetail(makeRefundRequest({ reason: 'not_received' }))).toBe(
      'Not received · for review under the return policy',
    );
  });
});
