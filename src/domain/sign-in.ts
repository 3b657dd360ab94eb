import { HOUR_MS, MINUTE_MS } from './time';

/** A password is long enough to resist guessing and short enough that hashing it stays cheap. */
export const PASSWORD_LIMITS = { min: 10, max: 200 } as const;

/** A session ends after 12 hours without a request, and 7 days after sign-in whatever happens. */
export const SESSION_LIMITS = { idleMs: 12 * HOUR_MS, absoluteMs: 7 * 24 * HOUR_MS } as const;

export function sessionAlive(session: { createdAt: Date; lastSeenAt: Date }, now: Date): boolean {
  const time = now.getTime();
  return (
    time - session.lastSeenAt.getTime() < SESSION_LIMITS.idleMs &&
    time - session.createdAt.getTime() < SESSION_LIMITS.absoluteMs
  );
}

/** Failed sign-ins allowed per email, and per client address, in a window; then 429 until it passes. */
export const SIGN_IN_LIMITS = { perEmail: 10, perAddress: 30, windowMs: MINUTE_MS } as const;

/**
 * Whether another sign-in may be tried, given the failures in the window for the email and for
 * the address (oldest first); when not, how many seconds until one may.
 */
export function signInAllowed(
  failures: { email: readonly Date[]; address: readonly Date[] },
  now: Date,
): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  const waits = [
    waitFor(failures.email, SIGN_IN_LIMITS.perEmail, now),
    waitFor(failures.address, SIGN_IN_LIMITS.perAddress, now),
  ];
  const wait = Math.max(...waits);
  return wait <= 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) };
}

function waitFor(times: readonly Date[], limit: number, now: Date): number {
  const recent = times.filter((at) => now.getTime() - at.getTime() < SIGN_IN_LIMITS.windowMs);
  if (recent.length < limit) return 0;
  // The attempt that must leave the window before one more is allowed.
  const blocking = recent[recent.length - limit]!;
  return blocking.getTime() + SIGN_IN_LIMITS.windowMs - now.getTime();
}

/** Emails are matched without regard to case or surrounding spaces. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();
