import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';

/** Reads retry with backoff on network and server failures; a 4xx answer is final. Writes never retry by default. */
export function createQueryClient() {
  return new QueryClient({
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
