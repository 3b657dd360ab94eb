const UNDECOMPOSABLE: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i' };

/** Case- and accent-insensitive form for search and sort: "Łukasz Øvergård" → "lukasz overgard". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[łøđßæœþı]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter);
}
