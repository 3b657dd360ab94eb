import { describe, expect, it } from 'vitest';
import { activitySentence, changeLine } from '@/domain';

describe('an edit that changed several fields, field by field', () => {
  it('names the part once in the sentence and gives each field a line', () => {
    const changes = [
      { path: 'shippingAddress.line1', before: '12 Oak St', after: '9 Elm Rd' },
      { path: 'shippingAddress.city', before: 'Austin', after: 'Dallas' },
    ];
    expect(activitySentence({ action: 'edited', changes })).toBe('changed the shipping address');
    expect(changes.map(changeLine)).toEqual(['Address line 1: 12 Oak St → 9 Elm Rd', 'City: Austin → Dallas']);
  });

  it('says "(empty)" for a field that had or has nothing, and labels fields as the form does', () => {
    expect(changeLine({ path: 'shippingAddress.line2', before: '', after: 'Apt 4' })).toBe(
      'Address line 2: (empty) → Apt 4',
    );
    expect(changeLine({ path: 'customer.email', before: 'a@x.test', after: '' })).toBe('Email: a@x.test → (empty)');
  });
});
