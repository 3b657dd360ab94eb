import { describe, it, expect } from 'vitest';
import type { Address } from '@/domain/model';
import { VALIDATION_MESSAGES, validateAddress, validateCustomer } from '@/domain/validation';
import { withCountry } from '@/domain/regions';
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

  describe('US ZIP against the state', () => {
    const zipIssues = (region: string, postalCode: string, country = 'US') =>
      validateAddress(makeAddress({ region, postalCode, country })).filter((i) => i.path.endsWith('postalCode'));

    it.each([
      ['CA', '94107'],
      ['NY', '10001'],
      ['NY', '06390'], // Fishers Island: a New York ZIP under Connecticut's prefix
      ['MA', '02108'],
      ['NJ', '07001'],
      ['TX', '78701-1234'],
      ['TX', '73960'], // Texhoma: a Texas ZIP under Oklahoma's prefix
      ['MO', '72643'], // a Missouri ZIP under Arkansas's prefix
      ['VA', '20598'], // a Virginia ZIP under Washington DC's prefix
      ['DC', '20001'],
      ['DC', '20500'],
      ['DC', '56901'], // federal agencies' DC ZIPs
      ['PR', '00901'],
      ['PR', '00601'],
      ['AK', '99501'],
      ['HI', '96813'],
      ['WY', '83001'],
      ['WY', '83414'], // Yellowstone: a Wyoming ZIP under Idaho's prefix
      ['WA', '98101'],
    ])('%s with %j is accepted', (region, postalCode) => {
      expect(zipIssues(region, postalCode)).toEqual([]);
    });

    it.each([
      ['CA', '10001', 'ZIP code 10001 is in New York, not California. Check the ZIP code and the state.'],
      ['NY', '94107', 'ZIP code 94107 is in California, not New York. Check the ZIP code and the state.'],
      ['WI', '63005', 'ZIP code 63005 is in Missouri, not Wisconsin. Check the ZIP code and the state.'],
      ['CT', '06390', 'ZIP code 06390 is in New York, not Connecticut. Check the ZIP code and the state.'],
      ['NY', '07001-1234', 'ZIP code 07001 is in New Jersey, not New York. Check the ZIP code and the state.'],
      ['VA', '20001', 'ZIP code 20001 is in District of Columbia, not Virginia. Check the ZIP code and the state.'],
      ['FL', '00901', 'ZIP code 00901 is in Puerto Rico, not Florida. Check the ZIP code and the state.'],
      ['CA', '96910', 'ZIP code 96910 is in Guam, not California. Check the ZIP code and the state.'],
      [
        'NY',
        '09001',
        'ZIP code 09001 is in the Armed Forces Europe (AE), not New York. Check the ZIP code and the state.',
      ],
      ['HI', '99501', 'ZIP code 99501 is in Alaska, not Hawaii. Check the ZIP code and the state.'],
    ])('%s with %j is refused', (region, postalCode, message) => {
      expect(zipIssues(region, postalCode)).toEqual([{ path: 'shippingAddress.postalCode', message }]);
    });

    it.each(['00001', '21301', '34301'])('%j starts with a prefix no state has', (postalCode) => {
      expect(zipIssues('CA', postalCode)).toEqual([
        {
          path: 'shippingAddress.postalCode',
          message: `No US ZIP code starts with ${postalCode.slice(0, 3)}. Check the ZIP code.`,
        },
      ]);
    });

    it('a malformed ZIP gets the format message only', () => {
      expect(zipIssues('CA', '1000')).toEqual([
        { path: 'shippingAddress.postalCode', message: VALIDATION_MESSAGES.zip },
      ]);
    });

    it('with no state chosen, only the state is asked for', () => {
      expect(validateAddress(makeAddress({ region: '', postalCode: '10001' }))).toEqual([
        { path: 'shippingAddress.region', message: VALIDATION_MESSAGES.state },
      ]);
    });

    it.each([
      ['00901', []],
      ['10001', ['ZIP code 10001 is in New York, not Puerto Rico. Check the ZIP code and the state.']],
      ['PR 1', [VALIDATION_MESSAGES.zip]],
    ])('Puerto Rico as the country: ZIP %j', (postalCode, messages) => {
      expect(zipIssues('', postalCode, 'PR').map((i) => i.message)).toEqual(messages);
    });
  });

  describe('US state', () => {
    it.each([
      ['CA', '94107'],
      ['NY', '10001'],
      ['AK', '99501'],
      ['HI', '96813'],
      ['DC', '20001'],
      ['WY', '82001'],
    ])('%j is valid (with ZIP %j)', (region, postalCode) => {
      expect(paths({ region, postalCode })).toEqual([]);
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

describe('withCountry', () => {
  it.each([
    ['US', 'CA', '94107', ''],
    ['US', 'DE', '94107', '94107'],
    ['US', 'AU', '94107', ''],
    ['CA', 'US', 'M5H 2N2', ''],
    ['GB', 'NL', 'SW1A 1AA', ''],
    ['US', 'PR', '00901', '00901'],
    ['US', 'PR', '10001', ''],
    ['DE', 'FR', '10115', '10115'],
  ])('%s → %s: region cleared, postal code %j → %j', (from, to, postalCode, kept) => {
    const moved = withCountry(makeAddress({ country: from, region: 'XX', postalCode }), to);
    expect(moved).toMatchObject({ country: to, region: '', postalCode: kept });
  });

  it('the same country changes nothing', () => {
    const address = makeAddress();
    expect(withCountry(address, 'US')).toBe(address);
  });
});
