import { describe, it, expect } from 'vitest';
import type { Address } from '@/domain/model';
import { VALIDATION_MESSAGES, validateAddress, validateCustomer } from '@/domain/validation';
import { makeAddress, makeCustomer } from './fixtures';

const paths = (address: Partial<Address>): string[] => validateAddress(makeAddress(address)).map((i) => i.path);

describe('validateAddress', () => {
  it('accepts the fixture address', () => {
    expect(validateAddress(makeAddress())).toEqual([]);
  });

  it.each([
    ['name', 'shippingAddress.name', 'Enter the recipient name'],
    ['line1', 'shippingAddress.line1', 'Enter the street address'],
    ['city', 'shippingAddress.city', 'Enter the city'],
  ] as const)('requires %s', (field, path, message) => {
    expect(validateAddress(makeAddress({ [field]: '' }))).toEqual([{ path, message }]);
    expect(validateAddress(makeAddress({ [field]: '   ' }))).toEqual([{ path, message }]);
  });

  it('line2 and phone are optional', () => {
    expect(validateAddress(makeAddress({ line2: '', phone: '' }))).toEqual([]);
  });

  it('reports every missing field at once', () => {
    expect(paths({ name: '', line1: '', city: '', region: '', postalCode: '' })).toEqual([
      'shippingAddress.name',
      'shippingAddress.line1',
      'shippingAddress.city',
      'shippingAddress.region',
      'shippingAddress.postalCode',
    ]);
  });

  it('uses the given prefix', () => {
    expect(validateAddress(makeAddress({ city: '' }), 'billing').map((i) => i.path)).toEqual(['billing.city']);
  });

  describe('US ZIP', () => {
    it.each(['94107', '94107-1234', ' 94107 '])('%j is valid', (postalCode) => {
      expect(paths({ postalCode })).toEqual([]);
    });

    it.each(['9410', 'ABCDE', '941071', '94107-12', '94107 1234', ''])('%j is invalid', (postalCode) => {
      expect(validateAddress(makeAddress({ postalCode }))).toEqual([
        { path: 'shippingAddress.postalCode', message: 'Enter a 5-digit ZIP code, like 94107 or 94107-1234' },
      ]);
    });
  });

  describe('US state', () => {
    it.each(['CA', 'NY', 'AK', 'HI', 'DC', 'WY'])('%j is valid', (region) => {
      expect(paths({ region })).toEqual([]);
    });

    it.each(['ZZ', '', 'XX', 'toString', 'constructor', '__proto__'])('%j is invalid', (region) => {
      expect(validateAddress(makeAddress({ region }))).toEqual([
        { path: 'shippingAddress.region', message: VALIDATION_MESSAGES.state },
      ]);
    });
  });

  describe('outside the US', () => {
    it.each([
      ['GB', 'SW1A 1AA'],
      ['CA', 'K1A 0B1'],
      ['DE', '10115'],
    ])('%s with postal code %j is valid, any region', (country, postalCode) => {
      expect(paths({ country, postalCode, region: '' })).toEqual([]);
    });

    it.each(['', '  '])('a postal code is required (%j)', (postalCode) => {
      expect(validateAddress(makeAddress({ country: 'GB', region: '', postalCode }))).toEqual([
        { path: 'shippingAddress.postalCode', message: 'Enter the postal code' },
      ]);
    });

    it('the country must be one we ship to', () => {
      expect(validateAddress(makeAddress({ country: 'ZZ', postalCode: '123' }))).toEqual([
        { path: 'shippingAddress.country', message: 'Choose a country from the list' },
      ]);
    });
  });

  describe('phone', () => {
    it.each(['+1 415-555-0100', '(415) 555-0100', '415.555.0100', '4155550100', '+44 20 7946 0958'])(
      '%j is valid',
      (phone) => {
        expect(paths({ phone })).toEqual([]);
      },
    );

    it.each(['call me', '12345', '+1 415 555 0100 ext 5', '1234567890123456789012'])('%j is invalid', (phone) => {
      expect(validateAddress(makeAddress({ phone }))).toEqual([
        { path: 'shippingAddress.phone', message: 'Enter a phone number with 7 to 15 digits' },
      ]);
    });
  });
});

describe('validateCustomer', () => {
  it('accepts the fixture customer', () => {
    expect(validateCustomer(makeCustomer())).toEqual([]);
  });

  it.each(['ana@example.com', 'ana.silva+orders@shop.example.co', ' ana@example.com '])(
    'email %j is valid',
    (email) => {
      expect(validateCustomer(makeCustomer({ email }))).toEqual([]);
    },
  );

  it.each(['ana', 'ana@', 'ana@example', '@example.com', 'ana example@x.com', 'a@b.c', 'ana@@example.com'])(
    'email %j is invalid',
    (email) => {
      expect(validateCustomer(makeCustomer({ email }))).toEqual([
        { path: 'customer.email', message: 'Enter an email address like name@example.com' },
      ]);
    },
  );

  it.each(['', '   '])('email %j is required', (email) => {
    expect(validateCustomer(makeCustomer({ email }))).toEqual([
      { path: 'customer.email', message: 'Enter the email address' },
    ]);
  });

  it('requires a name', () => {
    expect(validateCustomer(makeCustomer({ name: '' }))).toEqual([
      { path: 'customer.name', message: 'Enter the customer name' },
    ]);
  });

  it('uses the given prefix', () => {
    expect(validateCustomer({ name: '', email: 'x' }, 'buyer').map((i) => i.path)).toEqual([
      'buyer.name',
      'buyer.email',
    ]);
  });
});
