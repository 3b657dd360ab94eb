/**
 * JSON the database has already written for a value of type `T`. The server sends it as it is:
 * a page's 25 orders or a tab's 200,000 ids are never parsed into objects only to be written back
 * as the same text. Anything that serializes it the ordinary way (`JSON.stringify`) still gets the
 * value, through `toJSON`.
 */
export class JsonText<T> {
  declare private readonly value: T;
  constructor(readonly text: string) {}

  toJSON(): T {
    return JSON.parse(this.text) as T;
  }
}

/** A value as an answer may carry it: built in memory (the demo), or already JSON (the server). */
export type Sendable<T> = T | JsonText<T>;

/**
 * The body of an answer as JSON text. A `JsonText` at the top level of the body goes in verbatim;
 * everything else is `JSON.stringify`'s.
 */
export function jsonBody(body: unknown): string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return JSON.stringify(body);
  const entries = Object.entries(body);
  if (!entries.some(([, value]) => value instanceof JsonText)) return JSON.stringify(body);
  const members = entries
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${JSON.stringify(key)}:${value instanceof JsonText ? value.text : JSON.stringify(value)}`);
  return `{${members.join(',')}}`;
}

/**
 * Whether `text`, made by joining `count` items of `chars` characters in all into `["a","b"]`
 * (PostgreSQL's cheapest way to write an array), is that array: true only when every item was a
 * word (letters, digits, underscores), which needs no escaping and holds no separator. Read one
 * character at a time: a regular expression over millions of items runs out of stack.
 */
export function isJoinedArrayOfWords(text: string, count: number, chars: number): boolean {
  const length = count === 0 ? 2 : 4 + chars + 3 * (count - 1);
  if (text.length !== length) return false;
  if (count === 0) return text === '[]';
  if (!text.startsWith('["') || !text.endsWith('"]')) return false;
  let word = 0;
  for (let at = 2; at < text.length - 2; at += 1) {
    if (isWordCharacter(text.charCodeAt(at))) word += 1;
    else if (word > 0 && text.startsWith('","', at)) {
      word = 0;
      at += 2;
    } else return false;
  }
  return word > 0;
}

/** A letter, a digit or an underscore (what `\w` matches). */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
