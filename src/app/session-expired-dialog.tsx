import { useRouter } from '@tanstack/react-router';
import type { SessionResponse } from '@/api/contract';
import { sameAccount } from '@/api/session/sign-in';
import { Dialog } from '@/components/ui/dialog';
import { SignInForm } from '@/features/sign-in/sign-in-form';
import { NOTICES } from '@/lib/notice-messages';
import { notify } from '@/stores/notices';
import { useSessionExpiry } from '@/stores/session-expiry';
import { forgetAccountData } from './forget-account-data';

/**
 * "Sign in again", over the page the session ended on, which stays mounted: what the merchant typed
 * (an order form, a refund note) is still there afterwards. Someone else signing in here goes to
 * All Orders of their own store instead, and nothing of the previous account stays.
 */
export function SessionExpiredDialog({ session }: { session: SessionResponse }) {
  const expired = useSessionExpiry((state) => state.expired);
  const writeLost = useSessionExpiry((state) => state.writeLost);
  const router = useRouter();
  return (
    <Dialog
      open={expired}
      // Signing in is the only way on from here: Escape and clicks outside leave it open.
      onOpenChange={() => undefined}
      title="Sign in again"
      description="Your session has ended. Sign in to carry on where you were: nothing you typed is lost."
      initialFocus={(content) => content.querySelector<HTMLElement>('input[type="password"]')}
    >
      <SignInForm
        defaultEmail={session.user.email}
        onSignedIn={(next) => {
          if (sameAccount(session, next)) {
            notify({ message: writeLost ? NOTICES.signedInAgainWriteLost : NOTICES.signedInAgain });
            return;
          }
          forgetAccountData();
          void router.navigate({ to: '/', ignoreBlocker: true });
          notify({ message: NOTICES.signedInAs(next.user.name, next.merchant.name) });
        }}
      />
    </Dialog>
  );
}
