import type { OrderDraft } from '@/domain';

/** A valid new order: two items (one personalized), a plain US address, standard shipping. */
export function validDraft(overrides: Partial<OrderDraft> = {}): OrderDraft {
  return {
    customer: { name: 'Zoë Testing', email: 'zoe.testing@example.com' },
    items: [
      { productId: 'prd_classic_bracelet', quantity: 2 },
      { productId: 'prd_name_necklace', quantity: 1, personalization: 'Mia' },
    ],
    shippingAddress: {
      name: 'Zoë Testing',
      line1: '500 Market St',
      line2: '',
      city: 'San Francisco',
      region: 'CA',
      postalCode: '94107',
      country: 'US',
      phone: '+1 555 123 4567',
    },
    shippingMethod: 'standard',
    ...overrides,
  };
}
