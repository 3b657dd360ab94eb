import { Link, Outlet } from '@tanstack/react-router';
import { env } from '@/config/env';
import { NoticeRegion } from '@/components/ui/notice-region';
import { OfflineBanner } from '@/components/ui/offline-banner';
import { ResetDemoData } from './reset-demo-data';

export function Layout() {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex h-12 max-w-[1440px] items-center gap-3 px-4 sm:gap-6 sm:px-6">
          <Link to="/" className="flex items-center gap-2 font-semibold text-zinc-900">
            <span
              aria-hidden="true"
              className="grid size-6 place-items-center rounded-md bg-zinc-900 text-[11px] text-white"
            >
              OD
            </span>
            Orderdesk
          </Link>
          <nav aria-label="Main">
            <Link
              to="/"
              className="rounded-md px-2 py-1 text-zinc-600 hover:text-zinc-900"
              activeProps={{ className: 'font-medium text-zinc-900' }}
              activeOptions={{ exact: true, includeSearch: false }}
            >
              Orders
            </Link>
          </nav>
          <div className="ml-auto flex items-center gap-2">
            {env.mock ? (
              <>
                <span className="rounded bg-amber-50 px-1.5 whitespace-nowrap max-sm:hidden py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-600/20 ring-inset">
                  Demo data
                </span>
                <ResetDemoData />
              </>
            ) : null}
          </div>
        </div>
      </header>
      <OfflineBanner />
      <main id="main" className="mx-auto max-w-[1440px] px-4 py-4 sm:px-6 sm:py-6">
        <Outlet />
      </main>
      <NoticeRegion />
    </div>
  );
}
