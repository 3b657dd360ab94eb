import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { DEMO_SIGN_IN } from '@/config/demo';
import { env } from '@/config/env';
import { markMainContentShown } from '@/lib/idle-module';
import { SignInForm } from './sign-in-form';
import { redirectTarget } from './sign-in-search';

/** The sign-in page: back to where the merchant was (`?redirect=`) once signed in. */
export function SignInPage() {
  const { redirect } = useSearch({ from: '/sign-in' });
  const navigate = useNavigate();
  useEffect(() => markMainContentShown(), []);
  return (
    <main id="main" className="flex min-h-screen flex-col items-center bg-zinc-50 px-4 py-10 sm:justify-center">
      <div className="w-full max-w-sm space-y-6">
        <p className="flex items-center justify-center gap-2 font-semibold text-zinc-900">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-zinc-900 text-xs text-white">
            OD
          </span>
          Orderdesk
        </p>
        <div className="space-y-5 rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-950/10">
          <div className="space-y-1">
            <h1 tabIndex={-1} className="text-xl font-semibold tracking-tight focus:outline-none">
              Sign in
            </h1>
            <p className="text-sm text-zinc-600">to your store’s orders.</p>
          </div>
          <SignInForm
            focusOnMount
            onSignedIn={() => void navigate({ href: redirectTarget(redirect), replace: true })}
          />
        </div>
        {env.mock ? (
          <p className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-950 ring-1 ring-amber-600/20 ring-inset">
            <span className="font-medium">Demo store:</span> sign in as{' '}
            <span className="font-medium break-all">{DEMO_SIGN_IN.email}</span> with the password{' '}
            <span className="font-medium">{DEMO_SIGN_IN.password}</span>.
          </p>
        ) : null}
      </div>
    </main>
  );
}
