import { describe, it, expect } from 'vitest';
import { foldAddressLine, isPoBox } from '@/domain/po-box';

const PO_BOXES: [string, string][] = [
  ['the usual', 'PO Box 12'],
  ['dots', 'P.O. Box 12'],
  ['lower case', 'p.o. box 12'],
  ['spaced letters', 'P O Box 12'],
  ['capitals', 'PO BOX 12'],
  ['no space before Box', 'P.O.Box 12'],
  ['spaces after dots', 'P. O. Box 99'],
  ['dashes', 'P-O-Box 12'],
  ['slash', 'P/O Box 4'],
  ['run together with a number', 'POBox 12'],
  ['zero for O', 'P0 Box 12'],
  ['zero in Box', 'PO B0X 12'],
  ['surrounding spaces', '  PO Box 12  '],
  ['hash', 'PO Box #12'],
  ['No.', 'PO Box No. 12'],
  ['number word', 'PO Box Number 12'],
  ['letter before the number', 'PO Box A12'],
  ['no number at the end', 'P.O. Box'],
  ['Post Office Box', 'Post Office Box 12'],
  ['post office box lower case', 'post office box 7'],
  ['Post Office Box without a number', 'Post Office Box'],
  ['Post Ofc Box', 'Post Ofc Box 9'],
  ['Post Box', 'Post Box 3'],
  ['Postal Box', 'Postal Box 3'],
  ['POB', 'POB 77'],
  ['P.O.B.', 'P.O.B. 77'],
  ['PO Bx', 'PO Bx 5'],
  ['P O Drawer', 'PO Drawer 5'],
  ['GPO Box', 'GPO Box 1234'],
  ['Box 12 alone', 'Box 12'],
  ['Box #12', 'Box #12'],
  ['Box after a company name', 'Acme Corp, Box 12'],
  ['full-width letters', 'ＰＯ Ｂｏｘ １２'],
  ['Cyrillic Р, О, В, о, х', 'РО Вох 12'],
  ['Cyrillic О in P.O.', 'P.О. Box 12'],
  ['Greek Ρ and Ο', 'ΡΟ Box 12'],
  ['zero-width space inside', 'P\u200bO Box 12'],
  ['soft hyphen inside', 'PO B\u00adox 12'],
  ['accented', 'PÓ Bóx 12'],
  ['Caja Postal', 'Caja Postal 1234'],
  ['Apartado', 'Apartado 300'],
  ['Apartado Postal', 'Apartado Postal 55'],
  ['Apdo.', 'Apdo. 21'],
  ['Postfach', 'Postfach 10 11 12'],
  ['Postbus', 'Postbus 123'],
  ['Boîte postale', 'Boîte Postale 12'],
  ['B.P.', 'B.P. 45'],
  ['Locked Bag', 'Locked Bag 7'],
  ['parcel locker', 'Parcel Locker 3, Main St'],
  ['Amazon Locker', 'Amazon Locker - Harbor'],
];

/** Addresses that hold the letters of a box but are streets (or a private mailbox at a street address). */
const STREETS = [
  'Box Elder St',
  'Boxwood Rd 5',
  'Boxwood Ave',
  'Pobox Lane',
  'Pob Street 12',
  'Post Road 12',
  '1 Post Office Square',
  '123 Main St',
  '12 Box Hill Rd',
  'Apollo Boxing Club, 12 Oak St',
  'Poblano Rd 4',
  '123 Main St PMB 45',
  'Apartamento 5',
  'Boxer Way 9',
  '',
];

describe('isPoBox', () => {
  it.each(PO_BOXES)('%s (%j) is a box in line 1 and in line 2', (_label, text) => {
    expect(isPoBox({ line1: text, line2: '' })).toBe(true);
    expect(isPoBox({ line1: 'Ana Silva c/o Acme', line2: text })).toBe(true);
  });

  it.each(STREETS)('%j is a street', (text) => {
    expect(isPoBox({ line1: text, line2: '' })).toBe(false);
    expect(isPoBox({ line1: '123 Main St', line2: text })).toBe(false);
  });
});

describe('foldAddressLine', () => {
  it.each([
    ['ＰＯ Ｂｏｘ １２', 'po box 12'],
    ['РО Вох #12', 'po box #12'],
    ['P.O.  Box—12', 'p o box 12'],
    ['Bóx', 'box'],
  ])('%j → %j', (text, folded) => {
    expect(foldAddressLine(text)).toBe(folded);
  });
});
