import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { selectOffline, useConnection } from '@/stores/connection';

/** Shown while the network is gone; nothing typed is lost meanwhile. */
export function OfflineBanner() {
  const offline = useConnection(selectOffline);
  const setBrowserOnline = useConnection((state) => state.setBrowserOnline);
  const queryClient = useQueryClient();
  useEffect(() => {
    const update = () => setBrowserOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [setBrowserOnline]);
  if (!offline) return null;
  return (
    <div role="alert" className="bg-amber-100 px-6 py-2 text-center text-sm text-amber-950">
      <strong className="font-semibold">You're offline.</strong> Orderdesk can't reach the server. Nothing you typed is
      lost.{' '}
      <button
        type="button"
        className="font-semibold underline underline-offset-2"
        onClick={() => void queryClient.refetchQueries({ type: 'active' })}
      >
        Try again
      </button>
    </div>
  );
}
