const UNDECOMPOSABLE: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i' };
const NON_ASCII = /[^ -~\t\n\r]/;
const folded = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

/** Case- and accent-insensitive form for search and sort: "Łukasz Øvergård" → "lukasz overgard". */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Names and places repeat across many orders: fold each distinct one once.
  let result = folded.get(text);
  if (result === undefined) {
    result = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[łøđßæœþı]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter);
    if (folded.size < MAX_REMEMBERED) folded.set(text, result);
  }
  return result;
}
