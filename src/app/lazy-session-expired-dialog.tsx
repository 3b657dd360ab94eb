import { useEffect } from 'react';
import type { SessionResponse } from '@/api/contract';
import { idleModule, useIdleModule } from '@/lib/idle-module';
import { NOTICES } from '@/lib/notice-messages';
import { notify } from '@/stores/notices';
import { useSessionExpiry } from '@/stores/session-expiry';

/** The sign-in form (and react-hook-form under it) stays out of the JS a page needs to paint. */
const sessionExpiredDialog = idleModule(() => import('./session-expired-dialog'));

/** "Sign in again", loaded when the browser is idle, or at once when a session ends before that. */
export function LazySessionExpiredDialog({ session }: { session: SessionResponse }) {
  const loaded = useIdleModule(sessionExpiredDialog);
  const expired = useSessionExpiry((state) => state.expired);
  useEffect(() => {
    if (expired && !loaded) {
      sessionExpiredDialog.load().catch(() => notify({ tone: 'error', message: NOTICES.lazyLoadFailed('sign-in') }));
    }
  }, [expired, loaded]);
  return loaded ? <loaded.SessionExpiredDialog session={session} /> : null;
}
