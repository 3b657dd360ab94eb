import type { z } from 'zod/mini';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const count = (n: number | bigint, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const TYPE_ASKS: Record<string, string> = {
  string: 'Enter text here',
  number: 'Enter a number',
  int: 'Enter a whole number',
  boolean: 'Choose yes or no',
  array: 'Give a list here',
  object: 'Give the details here',
};

const FORMAT_ASKS: Record<string, string> = {
  datetime: 'Enter a date and time like 2026-11-30T14:00:00Z',
  email: 'Enter an email address like name@example.com',
};

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = issue.maximum;
  switch (issue.origin) {
    case 'string':
      return issue.exact
        ? `Use exactly ${count(max, 'character', 'characters')}`
        : `Use at most ${count(max, 'character', 'characters')}`;
    case 'array':
    case 'set':
      return `Give at most ${count(max, 'entry', 'entries')}`;
    default:
      return `Enter ${max.toLocaleString('en-US')} or less`;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = issue.minimum;
  switch (issue.origin) {
    case 'string':
      if (issue.exact) return `Use exactly ${count(min, 'character', 'characters')}`;
      return min === 1 ? 'Fill in this field' : `Use at least ${count(min, 'character', 'characters')}`;
    case 'array':
    case 'set':
      return `Give at least ${count(min, 'entry', 'entries')}`;
    default:
      return `Enter ${min.toLocaleString('en-US')} or more`;
  }
}

/**
 * Zod's issues in words a merchant (or an API client's user) can act on, for every schema that
 * gives no message of its own: "Use at most 120 characters", never "Too big: expected string to
 * have <=120 characters". The form shows them at the field; the API sends them in 422 answers.
 */
export function merchantMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This is required';
      return TYPE_ASKS[issue.expected] ?? 'This value has the wrong type';
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_value':
      return issue.values.length === 1
        ? `Use ${JSON.stringify(issue.values[0])}`
        : `Choose one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return FORMAT_ASKS[issue.format] ?? "This isn't written the way we expect";
    case 'not_multiple_of':
      return `Enter a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `Leave out ${issue.keys.join(', ')}: ${issue.keys.length === 1 ? "it isn't" : "they aren't"} something we take`;
    default:
      return "This value isn't one we accept";
  }
}
