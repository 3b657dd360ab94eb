import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { Button } from '@/components/ui/button';

export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">404</p>
      <h1 className="mt-2 text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-zinc-600">There is nothing at this address.</p>
      <Link to="/" className="mt-6 inline-block font-medium text-accent-700 hover:underline">
        Go to All Orders
      </Link>
    </div>
  );
}

/** A route failed to render: say so, offer a retry and a way back, keep the rest of the app. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <div role="alert" className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-xl font-semibold">Something went wrong on this page</h1>
      <p className="mt-2 text-zinc-600">{error instanceof Error ? error.message : 'An unexpected error happened.'}</p>
      <div className="mt-6 flex justify-center gap-2">
        <Button
          variant="primary"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          Try again
        </Button>
        <Link
          to="/"
          className="inline-flex h-9 items-center rounded-md px-3.5 font-medium text-accent-700 hover:underline"
        >
          Go to All Orders
        </Link>
      </div>
    </div>
  );
}
