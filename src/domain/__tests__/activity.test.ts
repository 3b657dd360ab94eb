import { describe, expect, it } from 'vitest';
import { activitySentence, changeLine } from '@/domain';

describe('how an activity entry reads', () => {
  it.each([
    [
      'one field: its values in the sentence',
      { action: 'edited', changes: [{ path: 'shippingAddress.line1', before: '12 Oak St', after: '9 Elm Rd' }] },
      'changed the shipping address: 12 Oak St → 9 Elm Rd',
    ],
    [
      'several fields of one part: named once',
      {
        action: 'edited',
        changes: [
          { path: 'shippingAddress.line1', before: '12 Oak St', after: '9 Elm Rd' },
          { path: 'shippingAddress.city', before: 'Austin', after: 'Dallas' },
        ],
      },
      'changed the shipping address',
    ],
    [
      'fields of several parts: each part, joined with "and"',
      {
        action: 'edited',
        changes: [
          { path: 'shippingAddress.line2', before: '', after: 'Apt 4' },
          { path: 'shippingMethod', before: 'Standard', after: 'Express' },
        ],
      },
      'changed the shipping address and the shipping method',
    ],
    ['a refund request', { action: 'refund_requested', changes: [] }, 'requested a refund'],
  ] as const)('%s', (_, entry, sentence) => {
    expect(activitySentence(entry)).toBe(sentence);
  });

  it('gives each field of a several-field edit a line, with "(empty)" for nothing', () => {
    expect(changeLine({ path: 'shippingAddress.line2', before: '', after: 'Apt 4' })).toBe(
      'Address line 2: (empty) → Apt 4',
    );
    expect(changeLine({ path: 'customer.email', before: 'a@x.test', after: 'b@x.test' })).toBe(
      'Email: a@x.test → b@x.test',
    );
  });
});
