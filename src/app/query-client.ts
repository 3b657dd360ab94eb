import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { useConnection } from '@/stores/connection';

const reachable = () => useConnection.getState().setServerReachable(true);
const track = (error: unknown) => {
  if (isApiError(error) && error.isNetwork) useConnection.getState().setServerReachable(false);
};

/**
 * Reads retry with backoff on network and server failures; a 4xx answer is final. Writes never
 * retry unless idempotent (the refund request says so itself). Every outcome tells the offline banner.
 */
export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: track, onSuccess: reachable }),
    mutationCache: new MutationCache({ onError: track, onSuccess: reachable }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failures, error) => failures < 3 && (!isApiError(error) || error.status === 0 || error.status >= 500),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
