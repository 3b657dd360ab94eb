import type { Address, Customer } from './model';
import { COUNTRIES, US_STATES, US_ZIP_FORMAT } from './regions';
import { regionOfZip, zipRegionName } from './us-zip';

/** A problem with one field, by its path in the order ("shippingAddress.postalCode"). */
export interface FieldIssue {
  path: string;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;

export const VALIDATION_MESSAGES = {
  required: (label: string) => `Enter the ${label}`,
  email: 'Enter an email address like name@example.com',
  zip: 'Enter a 5-digit ZIP code, like 94107 or 94107-1234',
  state: 'Choose a US state',
  country: 'Choose a country from the list',
  phone: 'Enter a phone number with 7 to 15 digits',
  zipUnknown: (zip: string) => `No US ZIP code starts with ${zip.slice(0, 3)}. Check the ZIP code.`,
  zipElsewhere: (zip: string, zipRegion: string, region: string) =>
    `ZIP code ${zip} is in ${zipRegionName(zipRegion)}, not ${zipRegionName(region)}. Check the ZIP code and the state.`,
} as const;

/** A well-formed ZIP that USPS assigns to another state (or to none) than the one chosen. */
function zipRegionIssue(zip: string, region: string): string | null {
  const zipRegion = regionOfZip(zip);
  if (zipRegion === null) return VALIDATION_MESSAGES.zipUnknown(zip);
  return zipRegion === region ? null : VALIDATION_MESSAGES.zipElsewhere(zip.slice(0, 5), zipRegion, region);
}

function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return PHONE_CHARACTERS.test(text) && digits >= 7 && digits <= 15;
}

function requireText(issues: FieldIssue[], path: string, value: string, label: string) {
  if (value.trim() === '') issues.push({ path, message: VALIDATION_MESSAGES.required(label) });
}

export function validateCustomer(customer: Customer, prefix = 'customer'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  requireText(issues, `${prefix}.name`, customer.name, 'customer name');
  if (customer.email.trim() === '') {
    issues.push({ path: `${prefix}.email`, message: VALIDATION_MESSAGES.required('email address') });
  } else if (!EMAIL.test(customer.email.trim())) {
    issues.push({ path: `${prefix}.email`, message: VALIDATION_MESSAGES.email });
  }
  return issues;
}

export function validateAddress(address: Address, prefix = 'shippingAddress'): FieldIssue[] {
  const issues: FieldIssue[] = [];
  requireText(issues, `${prefix}.name`, address.name, 'recipient name');
  requireText(issues, `${prefix}.line1`, address.line1, 'street address');
  requireText(issues, `${prefix}.city`, address.city, 'city');
  if (!Object.hasOwn(COUNTRIES, address.country)) {
    issues.push({ path: `${prefix}.country`, message: VALIDATION_MESSAGES.country });
  }
  // Puerto Rico as a country still uses US ZIP codes: they must be Puerto Rico's.
  const usZipRegion = address.country === 'US' ? address.region : address.country === 'PR' ? 'PR' : null;
  if (usZipRegion !== null) {
    const knownRegion = Object.hasOwn(US_STATES, usZipRegion);
    if (!knownRegion) issues.push({ path: `${prefix}.region`, message: VALIDATION_MESSAGES.state });
    const zip = address.postalCode.trim();
    const zipIssue = !US_ZIP_FORMAT.test(zip)
      ? VALIDATION_MESSAGES.zip
      : knownRegion
        ? zipRegionIssue(zip, usZipRegion)
        : null;
    if (zipIssue) issues.push({ path: `${prefix}.postalCode`, message: zipIssue });
  } else {
    requireText(issues, `${prefix}.postalCode`, address.postalCode, 'postal code');
  }
  if (address.phone.trim() !== '' && !isPhoneNumber(address.phone.trim())) {
    issues.push({ path: `${prefix}.phone`, message: VALIDATION_MESSAGES.phone });
  }
  return issues;
}
