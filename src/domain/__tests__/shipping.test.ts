import { describe, it, expect } from 'vitest';
import { SHIPPING_REASONS, availableShippingMethods, isRemoteDestination, shippingNotice } from '@/domain/shipping';
import { makeAddress, makeItem, makeLighterItem, makePersonalizedItem } from './fixtures';

describe('availableShippingMethods', () => {
  const street = makeAddress();
  const poBox = makeAddress({ line1: 'PO Box 12' });
  const poBoxLine2 = makeAddress({ line1: 'Ana Silva', line2: 'P.O. Box 99' });

  it.each([
    ['standard items, street address', [makeItem()], street],
    ['personalized items, street address', [makeItem(), makePersonalizedItem()], street],
    ['a lighter', [makeLighterItem()], street],
    ['a P.O. Box', [makeItem()], poBox],
    ['a lighter to a P.O. Box', [makeLighterItem()], poBox],
    ['no items', [], street],
  ])('standard is always available: %s', (_label, items, address) => {
    expect(availableShippingMethods(items, address).standard).toEqual({ method: 'standard', available: true });
  });

  it('express is available for standard items to a street address', () => {
    expect(availableShippingMethods([makeItem(), makePersonalizedItem()], street)).toEqual({
      standard: { method: 'standard', available: true },
      express: { method: 'express', available: true },
    });
  });

  it('express is unavailable for a lighter, naming the product', () => {
    expect(availableShippingMethods([makeItem(), makeLighterItem()], street).express).toEqual({
      method: 'express',
      available: false,
      reason: "Express isn't available because the order contains a restricted product (Lighter). Choose Standard.",
    });
  });

  it('names each restricted product once', () => {
    const items = [
      makeLighterItem({ id: 'a' }),
      makeLighterItem({ id: 'b' }),
      makeLighterItem({ id: 'c', name: 'Butane Refill' }),
    ];
    expect(availableShippingMethods(items, street).express).toEqual({
      method: 'express',
      available: false,
      reason: SHIPPING_REASONS.restricted('Lighter, Butane Refill'),
    });
  });

  it.each([
    ['line1', poBox],
    ['line2', poBoxLine2],
  ])('express is unavailable for a P.O. Box in %s', (_label, address) => {
    expect(availableShippingMethods([makeItem()], address).express).toEqual({
      method: 'express',
      available: false,
      reason: "Express isn't available for P.O. Box or parcel locker addresses. Choose Standard.",
    });
  });

  it('a lighter to a P.O. Box gives the restricted-product reason first', () => {
    const result = availableShippingMethods([makeLighterItem()], poBox).express;
    expect(result).toEqual({ method: 'express', available: false, reason: SHIPPING_REASONS.restricted('Lighter') });
  });
});

describe('isRemoteDestination / shippingNotice', () => {
  const NOTICE = 'Deliveries to Alaska, Hawaii and Puerto Rico may take longer than usual.';

  it.each([
    ['US', 'AK'],
    ['US', 'HI'],
    ['US', 'PR'],
    ['US', 'ak'],
    ['US', ' HI '],
    ['US', 'Alaska'],
    ['US', 'hawaii'],
    ['US', 'Puerto Rico'],
    ['PR', ''],
    ['PR', 'San Juan'],
    ['pr', ''],
  ])('country %j, region %j → remote, with the notice', (country, region) => {
    const address = makeAddress({ country, region });
    expect(isRemoteDestination(address)).toBe(true);
    expect(shippingNotice(address)).toBe(NOTICE);
  });

  it.each([
    ['US', 'CA'],
    ['US', 'NY'],
    ['US', 'California'],
    ['US', ''],
    ['CA', 'ON'],
    ['CA', 'AK'],
    ['GB', 'Hawaii'],
  ])('country %j, region %j → not remote, no notice', (country, region) => {
    const address = makeAddress({ country, region });
    expect(isRemoteDestination(address)).toBe(false);
    expect(shippingNotice(address)).toBeNull();
  });
});
