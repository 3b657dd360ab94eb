import type { Address } from './model';

/** Cyrillic and Greek letters drawn like the Latin ones a box address is spelled with. */
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ѕ: 's',
  ԁ: 'd',
  к: 'k',
  т: 't',
  в: 'b',
  ь: 'b',
  ο: 'o',
  ρ: 'p',
  β: 'b',
  χ: 'x',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  τ: 't',
  ν: 'v',
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

/**
 * One spelling for every way a box can be typed: full-width and other compatibility forms become
 * plain letters (NFKC), accents and invisible characters go, look-alike letters become Latin,
 * punctuation becomes a space. "Ｐ.О. Вох #12" (full-width P, Cyrillic О, В, о, х) → "p o box #12".
 */
export function foldAddressLine(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(LOOKALIKE_PATTERN, (letter) => LOOKALIKES[letter] ?? letter)
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

const NUMBER = String.raw`\s*(?:no|nr|num|number|#)?\s*#?\s*[a-z]?\d`;
const BOX = String.raw`b\s*[o0]?\s*x`;
const PO = String.raw`p\s*[o0]`;

/*
 * A box word followed by a box number, anywhere in the line ("PO Box 12", "P.O.B. 77", "Post
 * Office Box 7", "PO Drawer 5", "Caja Postal 12", "Apartado 300", "Postfach 1234", "GPO Box 9");
 * a box word ending the line ("P.O. Box"); "Box 12" starting the line or a part after a comma;
 * parcel lockers. A street that merely holds the letters ("Box Elder St", "Boxwood Rd", "Pobox
 * Lane", "Post Road", "1 Post Office Square", "PMB 45" at a mail centre) is a street.
 */
const BOX_WORDS = [
  String.raw`${PO}\s*(?:${BOX}|b|drawer)`,
  String.raw`(?:post\s*(?:office|ofc|of)|postal|post|g\s*p\s*o)\s*(?:${BOX}|drawer)`,
  String.raw`caja\s*postal|apartado(?:\s*postal)?|apdo|casilla(?:\s*postal)?|postfach|postbus|boite\s*postale|b\s*p`,
  String.raw`locked\s*bag|private\s*bag`,
].join('|');

const PO_BOX_PATTERNS = [
  new RegExp(String.raw`(?:^|\s)(?:${BOX_WORDS})${NUMBER}`),
  new RegExp(String.raw`(?:^|\s)(?:${PO}\s*${BOX}|(?:post\s*office|postal)\s*${BOX}|caja\s*postal|apartado\s*postal)$`),
  new RegExp(String.raw`^${BOX}${NUMBER}`),
  /(?:^|\s)(?:parcel|hub|amazon)\s*locker(?:\s|$)/,
];

function lineIsPoBox(line: string): boolean {
  // "Acme Corp, Box 12": each part after a comma or semicolon is checked as if it began the line.
  return line.split(/[,;]/).some((part) => {
    const folded = foldAddressLine(part);
    return folded !== '' && PO_BOX_PATTERNS.some((pattern) => pattern.test(folded));
  });
}

/** A P.O. Box or another postal box or locker in either address line: couriers don't deliver there. */
export function isPoBox(address: Pick<Address, 'line1' | 'line2'>): boolean {
  return lineIsPoBox(address.line1) || lineIsPoBox(address.line2);
}
