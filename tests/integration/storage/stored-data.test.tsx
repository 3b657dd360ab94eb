import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readDraft } from '@/features/order-page/order-form/draft-storage';
import { usePreferences } from '@/features/orders-list/preferences-store';
import { refundKeyFor } from '@/features/refund/refund-key';
import { pickOrder, withoutPendingRefund } from '../../support/orders';
import { setUpApi } from '../../support/test-api';
import { field, openOrder } from '../order-page/helpers';

/** What a browser may hold under our keys after a crash, a hand edit or an older version of the app. */
const GARBAGE = [
  '{not json',
  'null',
  '42',
  '"a string"',
  '[]',
  '{}',
  JSON.stringify({ changes: 'all of them', savedAt: 1 }),
  JSON.stringify({ changes: [['shippingAddress.line1', 7]], savedAt: 1 }),
  JSON.stringify({ changes: [['customer.creditCard', 'x']], savedAt: 1 }),
  JSON.stringify({ changes: [['items', [{ productId: 5 }]]], savedAt: 1 }),
  JSON.stringify({ state: { pageSize: 33, hiddenColumns: ['date'] }, version: 1 }),
  JSON.stringify({ state: { pageSize: 50, hiddenColumns: ['price'] }, version: 1 }),
  JSON.stringify({ state: { pageSize: 50, hiddenColumns: [] }, version: 0 }),
];

const api = setUpApi();

describe('data kept in the browser is checked when it is read back', () => {
  it.each(GARBAGE)('drops a draft stored as %s', (stored) => {
    window.sessionStorage.setItem('orderdesk.draft.ord_1', stored);
    expect(readDraft('ord_1')).toBeNull();
    expect(window.sessionStorage.getItem('orderdesk.draft.ord_1')).toBeNull();
  });

  it('reads back a draft the form wrote, an emptied quantity included', () => {
    const changes = [
      ['shippingAddress.line1', '1 New Rd'],
      ['shippingMethod', 'express'],
      ['items', [{ id: 'itm_1', productId: 'prd_photo_watch', quantity: null, personalization: '' }]],
    ];
    window.sessionStorage.setItem('orderdesk.draft.ord_1', JSON.stringify({ changes, savedAt: 1 }));
    expect(readDraft('ord_1')).toEqual([
      { path: 'shippingAddress.line1', value: '1 New Rd' },
      { path: 'shippingMethod', value: 'express' },
      {
        path: 'items',
        value: [{ id: 'itm_1', productId: 'prd_photo_watch', quantity: Number.NaN, personalization: '' }],
      },
    ]);
  });

  it.each(GARBAGE)('opens the order page with the server copy when the draft is %s', async (stored) => {
    const order = pickOrder(api, 'unfulfilled', withoutPendingRefund());
    window.sessionStorage.setItem(`orderdesk.draft.${order.id}`, stored);
    await openOrder(order);
    expect(field('Address line 1')).toHaveValue(order.shippingAddress.line1);
    expect(screen.getByText('No unsaved changes.')).toBeInTheDocument();
  });

  it.each(GARBAGE)('starts from the default table preferences when they are stored as %s', async (stored) => {
    window.localStorage.setItem('orderdesk.preferences', stored);
    await usePreferences.persist.rehydrate();
    expect(usePreferences.getState()).toMatchObject({ pageSize: 25, hiddenColumns: [] });
  });

  it('reads back table preferences it wrote', async () => {
    window.localStorage.setItem(
      'orderdesk.preferences',
      JSON.stringify({ state: { pageSize: 100, hiddenColumns: ['date', 'items'] }, version: 1 }),
    );
    await usePreferences.persist.rehydrate();
    expect(usePreferences.getState()).toMatchObject({ pageSize: 100, hiddenColumns: ['date', 'items'] });
  });

  it.each(GARBAGE)('makes a new refund key when the kept one is %s', (stored) => {
    window.sessionStorage.setItem('orderdesk.refund-key.ord_1', stored);
    const key = refundKeyFor('ord_1');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(refundKeyFor('ord_1')).toBe(key);
  });
});
