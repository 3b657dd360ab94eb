import { describe, expect, it } from 'vitest';
import { normalizeEmail, sessionAlive, SIGN_IN_LIMITS, signInAllowed } from '@/domain';
import { hours, minutes, NOW } from './fixtures';

const ago = (ms: number) => new Date(NOW.getTime() - ms);
const times = (count: number, everyMs: number, firstAgoMs: number) =>
  Array.from({ length: count }, (_, index) => ago(firstAgoMs - index * everyMs));

describe('a session', () => {
  it('lives while it is used: it ends after 12 hours without a request', () => {
    expect(sessionAlive({ createdAt: ago(hours(20)), lastSeenAt: ago(hours(11.9)) }, NOW)).toBe(true);
    expect(sessionAlive({ createdAt: ago(hours(20)), lastSeenAt: ago(hours(12)) }, NOW)).toBe(false);
  });

  it('ends 7 days after sign-in however much it is used', () => {
    expect(sessionAlive({ createdAt: ago(hours(24 * 7 - 1)), lastSeenAt: NOW }, NOW)).toBe(true);
    expect(sessionAlive({ createdAt: ago(hours(24 * 7)), lastSeenAt: NOW }, NOW)).toBe(false);
  });
});

describe('sign-in attempts', () => {
  it(`allow ${SIGN_IN_LIMITS.perEmail - 1} failures for an email in a minute, and then one more try`, () => {
    const failures = { email: times(SIGN_IN_LIMITS.perEmail - 1, 1000, 30_000), address: [] };
    expect(signInAllowed(failures, NOW)).toEqual({ allowed: true });
  });

  it(`after ${SIGN_IN_LIMITS.perEmail} failures for an email in a minute, wait until the oldest of them is a minute old`, () => {
    const failures = { email: times(SIGN_IN_LIMITS.perEmail, 1000, 30_000), address: [] };
    expect(signInAllowed(failures, NOW)).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it('forget failures older than a minute', () => {
    const failures = { email: times(SIGN_IN_LIMITS.perEmail, 1000, minutes(2)), address: [] };
    expect(signInAllowed(failures, NOW)).toEqual({ allowed: true });
  });

  it(`limit one address to ${SIGN_IN_LIMITS.perAddress} failures a minute, whatever the emails`, () => {
    const below = { email: [], address: times(SIGN_IN_LIMITS.perAddress - 1, 100, 10_000) };
    const at = { email: [], address: times(SIGN_IN_LIMITS.perAddress, 100, 10_000) };
    expect(signInAllowed(below, NOW).allowed).toBe(true);
    expect(signInAllowed(at, NOW)).toEqual({ allowed: false, retryAfterSeconds: 50 });
  });
});

describe('an email', () => {
  it('matches whatever its case and surrounding spaces', () => {
    expect(normalizeEmail('  Ana.Souza@Example.COM ')).toBe('ana.souza@example.com');
  });
});
