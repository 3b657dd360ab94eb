import { useRouter } from '@tanstack/react-router';
import type { SessionResponse } from '@/api/contract';
import { useSignOut } from '@/api/session/sign-out';
import { Button } from '@/components/ui/button';
import { NOTICES } from '@/lib/notice-messages';
import { notify } from '@/stores/notices';
import { forgetAccountData } from './forget-account-data';

/** The header's signed-in user and store, and Sign out. */
export function Account({ session }: { session: SessionResponse }) {
  const router = useRouter();
  const signOut = useSignOut();

  const leave = async () => {
    // To the sign-in page first: with unsaved edits the merchant is asked, and may stay (signed in).
    await router.navigate({ to: '/sign-in' });
    if (router.state.location.pathname !== '/sign-in') return;
    try {
      await signOut.mutateAsync();
      forgetAccountData();
      notify({ message: NOTICES.signedOut });
    } catch (error) {
      router.history.back();
      notify({
        tone: 'error',
        message: NOTICES.signOutFailed(error instanceof Error ? error.message : ''),
        durationMs: 10_000,
      });
    }
  };

  return (
    <div className="flex min-w-0 items-center gap-1 border-l border-zinc-200 pl-2 sm:gap-3 sm:pl-3">
      <p className="min-w-0 text-right leading-tight" title={`${session.user.name}, ${session.merchant.name}`}>
        <span className="sr-only">Signed in as </span>
        <span className="block truncate text-sm font-medium text-zinc-900">{session.user.name}</span>
        <span className="sr-only">, </span>
        <span className="block truncate text-xs text-zinc-500 max-sm:text-[11px]">{session.merchant.name}</span>
      </p>
      <Button size="sm" variant="ghost" className="max-sm:px-1.5" busy={signOut.isPending} onClick={() => void leave()}>
        Sign out
      </Button>
    </div>
  );
}
