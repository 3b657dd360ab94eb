import { useState } from 'react';
import { isApiError } from '@/api/api-error';
import { plural } from '@/lib/format-number';
import { useNow } from '@/lib/use-now';

/** How long to wait after a 429: the body's retryAfterSeconds, else the seconds its message names. */
function secondsToWait(error: unknown): number {
  if (!isApiError(error)) return 0;
  const given = error.details.retryAfterSeconds;
  if (typeof given === 'number' && Number.isFinite(given) && given > 0) return Math.ceil(given);
  const said = /(\d+)\s*second/.exec(error.message)?.[1];
  return said ? Number(said) : 60;
}

export const tooManyAttempts = (seconds: number) => `Too many attempts. Try again in ${plural(seconds, 'second')}.`;

/** After "too many attempts": the seconds left, counted down, until signing in may be tried again. */
export function useLockout() {
  const now = useNow(1000);
  const [lock, setLock] = useState<{ until: number; seconds: number } | null>(null);
  // Never more than the server said: the clock above ticks once a second and may be a little behind.
  const secondsLeft = lock ? Math.min(lock.seconds, Math.ceil((lock.until - now.getTime()) / 1000)) : 0;
  return {
    secondsLeft: Math.max(0, secondsLeft),
    /** Starts the wait when the error is a 429; returns its seconds, or null for any other error. */
    start(error: unknown): number | null {
      if (!isApiError(error, 'too_many_attempts')) return null;
      const seconds = secondsToWait(error);
      setLock({ until: Date.now() + seconds * 1000, seconds });
      return seconds;
    },
  };
}
