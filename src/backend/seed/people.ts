import type { Address } from '@/domain';

/** Names with accents, apostrophes and long strings, as real customers have. */
export const FIRST_NAMES = [
  'Zoë',
  'José',
  'Björn',
  'Siobhán',
  'Amara',
  'Liam',
  'Noah',
  'Olivia',
  'Renée',
  'François',
  'Łukasz',
  'Mei',
  'Aarav',
  'Chloé',
  'Mateo',
  'Ingrid',
  'Kwame',
  'Sofía',
  'Hannah',
  'Dmitri',
  'Maximiliana Alexandrina',
  'Emily',
  'Jack',
  'Grace',
  'Yusuf',
  'Anaïs',
  'Tomás',
  'Nikolai',
] as const;

export const LAST_NAMES = [
  "O'Connor",
  "D'Angelo",
  'Nguyễn',
  'Müller',
  'García',
  'Smith',
  'Johnson',
  'Kowalski',
  'Okafor',
  'Tanaka',
  'Brown',
  'Schmidt-Vöhringer',
  'Lefèvre',
  'Andersson',
  'Patel',
  'Rossi',
  'Walker',
  'von Hohenzollern-Sigmaringen de la Vega',
  'Kim',
  'Hernández',
  "O'Neil",
  'Øvergård',
  'Chen',
] as const;

export const STREETS = [
  'Main St',
  'Oak Ave',
  'Maple Dr',
  'Cedar Ln',
  'Pine St',
  'Elm St',
  'Washington Blvd',
  'Lake Shore Dr',
  'Sunset Blvd',
  'Broadway',
  'Market St',
  'Box Elder St',
  'Mission St',
] as const;

export type Place = Pick<Address, 'city' | 'region' | 'postalCode' | 'country'>;

export const US_PLACES: readonly Place[] = [
  { city: 'San Francisco', region: 'CA', postalCode: '94107', country: 'US' },
  { city: 'New York', region: 'NY', postalCode: '10001', country: 'US' },
  { city: 'Austin', region: 'TX', postalCode: '78701', country: 'US' },
  { city: 'Chicago', region: 'IL', postalCode: '60601', country: 'US' },
  { city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
  { city: 'Denver', region: 'CO', postalCode: '80202', country: 'US' },
  { city: 'Miami', region: 'FL', postalCode: '33101', country: 'US' },
  { city: 'Boston', region: 'MA', postalCode: '02108', country: 'US' },
  { city: 'Portland', region: 'OR', postalCode: '97201', country: 'US' },
  { city: 'Atlanta', region: 'GA', postalCode: '30301', country: 'US' },
];

/** Deliveries here may take longer. */
export const REMOTE_PLACES: readonly Place[] = [
  { city: 'Anchorage', region: 'AK', postalCode: '99501', country: 'US' },
  { city: 'Honolulu', region: 'HI', postalCode: '96813', country: 'US' },
  { city: 'San Juan', region: 'PR', postalCode: '00901', country: 'US' },
];

export const INTERNATIONAL_PLACES: readonly Place[] = [
  { city: 'Toronto', region: 'ON', postalCode: 'M5H 2N2', country: 'CA' },
  { city: 'London', region: '', postalCode: 'SW1A 1AA', country: 'GB' },
  { city: 'Berlin', region: '', postalCode: '10115', country: 'DE' },
  { city: 'Lyon', region: '', postalCode: '69001', country: 'FR' },
];

export const PO_BOX_LINES = ['PO Box 1432', 'P.O. Box 88', 'Post Office Box 7', 'POB 2210'] as const;

/**
 * Names and address lines that try to break a page: markup, script, right-to-left overrides,
 * zero-width characters, emoji, the longest a field allows. They must render as plain text.
 */
export const HOSTILE_NAMES = [
  '<script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned=true">',
  'Eve \u202Egnp.exe\u202C Mallory',
  'Zero\u200BWidth\u200D Joiner\uFEFF',
  '🦄 Ünïcörn 👩‍👩‍👧‍👦 Smith',
  `Bartholomew ${'Longname-'.repeat(12)}`.slice(0, 120),
] as const;

export const HOSTILE_LINES = [
  '"><svg onload="window.__pwned=true">',
  "1 Main St'); DROP TABLE orders;--",
  '\u202E12 Elm St',
] as const;

export const LONG_NOTE = `Customer says: ${'the parcel arrived crushed and the engraving is wrong; '.repeat(9)}`.slice(
  0,
  500,
);
