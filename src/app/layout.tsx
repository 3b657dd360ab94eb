import { Link, Outlet, useRouter } from '@tanstack/react-router';
import { lazy, Suspense, useEffect } from 'react';
import { useSession } from '@/api/session/get-session';
import { env } from '@/config/env';
import { NoticeRegion } from '@/components/ui/notice-region';
import { OfflineBanner } from '@/components/ui/offline-banner';
import { Account } from './account';
import { LazySessionExpiredDialog } from './lazy-session-expired-dialog';

/** Only where the demo backend runs; its confirmation dialog (and Radix Dialog) stays out of the first page's JS. */
const ResetDemoData = lazy(() => import('./reset-demo-data').then((module) => ({ default: module.ResetDemoData })));

/** Every page, the sign-in page included: the skip link and the notices. */
export function RootLayout() {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <Outlet />
      <NoticeRegion />
    </div>
  );
}

/**
 * The pages of a signed-in merchant: the header with who is signed in, and the page. The page
 * renders at once, while the session is read; no session sends the merchant to sign in, and a
 * session that ends later is signed into again over the page (SessionExpiredDialog).
 */
export function SignedInLayout() {
  const session = useSession();
  const router = useRouter();
  const signedOut = session.data === null;
  useEffect(() => {
    // Where the merchant is now (not a location the router is already on its way to).
    const here = router.state.location;
    if (signedOut && here.pathname !== '/sign-in') {
      void router.navigate({ to: '/sign-in', search: { redirect: here.href }, replace: true });
    }
  }, [signedOut, router]);
  if (signedOut) return null;
  return (
    <>
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex h-12 max-w-[1440px] items-center gap-2 px-4 sm:gap-6 sm:px-6">
          <Link to="/" className="flex shrink-0 items-center gap-2 font-semibold text-zinc-900">
            <span
              aria-hidden="true"
              className="grid size-6 place-items-center rounded-md bg-zinc-900 text-[11px] text-white"
            >
              OD
            </span>
            <span className="max-sm:sr-only">Orderdesk</span>
          </Link>
          <nav aria-label="Main" className="max-sm:hidden">
            <Link
              to="/"
              className="rounded-md px-2 py-1 text-zinc-600 hover:text-zinc-900"
              activeProps={{ className: 'font-medium text-zinc-900' }}
              activeOptions={{ exact: true, includeSearch: false }}
            >
              Orders
            </Link>
          </nav>
          <div className="ml-auto flex min-w-0 items-center gap-1 sm:gap-2">
            {env.mock ? (
              <>
                <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-amber-800 ring-1 ring-amber-600/20 ring-inset max-md:hidden">
                  Demo data
                </span>
                <Suspense fallback={null}>
                  <ResetDemoData />
                </Suspense>
              </>
            ) : null}
            {session.data ? <Account session={session.data} /> : null}
          </div>
        </div>
      </header>
      <OfflineBanner />
      <main id="main" className="mx-auto max-w-[1440px] px-4 py-4 sm:px-6 sm:py-6">
        <Outlet />
      </main>
      {session.data ? <LazySessionExpiredDialog session={session.data} /> : null}
    </>
  );
}
