import { describe, it, expect } from 'vitest';
import { fieldLabel, issueSentence } from '@/domain/field-labels';
import { addressSchema, isoDate, shippingMethodSchema } from '@/domain/model';
import { orderChangesSchema, orderDraftSchema } from '@/domain/order-input';
import { z } from '@/domain/zod';
import { makeAddress } from './fixtures';

const messageOf = (schema: z.ZodMiniType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues.map((issue) => issue.message);
};

describe('schema messages in merchant words', () => {
  it.each([
    ['a string over its limit', z.string().check(z.maxLength(120)), 'x'.repeat(121), 'Use at most 120 characters'],
    ['a string of one character too many', z.string().check(z.maxLength(1)), 'ab', 'Use at most 1 character'],
    ['a long limit', z.string().check(z.maxLength(1000)), 'x'.repeat(1001), 'Use at most 1,000 characters'],
    ['an exact length', z.string().check(z.length(2)), 'USA', 'Use exactly 2 characters'],
    ['an empty required string', z.string().check(z.minLength(1)), '', 'Fill in this field'],
    ['a number too large', z.number().check(z.maximum(999)), 1000, 'Enter 999 or less'],
    ['a number too small', z.number().check(z.minimum(1)), 0, 'Enter 1 or more'],
    ['a fraction where a whole number goes', z.number().check(z.int()), 1.5, 'Enter a whole number'],
    ['text where a number goes', z.number(), 'two', 'Enter a number'],
    ['a number where text goes', z.string(), 5, 'Enter text here'],
    ['a missing field', z.object({ name: z.string() }), {}, 'This is required'],
    ['a list too long', z.array(z.string()).check(z.maxLength(2)), ['a', 'b', 'c'], 'Give at most 2 entries'],
    ['an empty list', z.array(z.string()).check(z.minLength(1)), [], 'Give at least 1 entry'],
    ['an unknown method', shippingMethodSchema, 'overnight', 'Choose one of "standard", "express"'],
    ['a bad date', isoDate, 'yesterday', 'Enter a date and time like 2026-11-30T14:00:00Z'],
    ['an unknown field', z.strictObject({}), { colour: 'red' }, "Leave out colour: it isn't something we take"],
  ])('%s', (_label, schema, input, message) => {
    expect(messageOf(schema, input)).toEqual([message]);
  });

  it('no message a merchant can meet in an order reads like a developer’s', () => {
    const hostile = {
      customer: { name: 'x'.repeat(200), email: 5 },
      items: [{ productId: '', quantity: 1.5, personalization: 'y'.repeat(300), extra: true }],
      shippingAddress: { ...makeAddress({ line1: 'z'.repeat(500), country: 'USA' }), phone: null },
      shippingMethod: 'overnight',
    };
    const messages = [
      ...messageOf(orderDraftSchema, hostile),
      ...messageOf(orderChangesSchema, hostile),
      ...messageOf(addressSchema, {}),
    ];
    expect(messages.length).toBeGreaterThan(8);
    for (const message of messages) expect(message).not.toMatch(/expected|received|too big|too small|<=|>=|invalid/i);
  });
});

describe('fieldLabel and issueSentence', () => {
  it.each([
    ['shippingAddress.line1', 'Address line 1'],
    ['shippingAddress.postalCode', 'ZIP / postal code'],
    ['customer.email', 'Email'],
    ['items.0.quantity', 'Item 1 quantity'],
    ['items.2', 'Item 3'],
    ['shippingMethod', 'Shipping method'],
    ['somethingElse', 'somethingElse'],
  ])('%j → %j', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it('names the field before the message', () => {
    expect(issueSentence({ path: 'shippingAddress.city', message: 'Use at most 80 characters' })).toBe(
      'City: Use at most 80 characters',
    );
    expect(issueSentence({ path: '', message: 'Send an object' })).toBe('Send an object');
  });
});
