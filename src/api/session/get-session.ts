import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSessionExpiry } from '@/stores/session-expiry';
import { isApiError } from '../api-error';
import { sessionResponseSchema, type SessionResponse } from '../contract';
import { request } from '../http-client';
import { sessionKeys } from '../query-keys';

/** Who is signed in, or null when no one is (the API answers 401 `unauthenticated`). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionResponse | null> {
  try {
    return await request('/session', sessionResponseSchema, { signal });
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) return null;
    throw error;
  }
}

/**
 * Read once and kept: only signing in or out changes who is signed in. A session that ends
 * meanwhile shows up as the next request's 401 (see stores/session-expiry.ts), and the last
 * session stays cached so the dialog that follows knows whose it was.
 */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.current,
    queryFn: async ({ signal, client }) => {
      const session = await fetchSession(signal);
      const before = client.getQueryData<SessionResponse | null>(sessionKeys.current);
      if (session !== null || !before) return session;
      // Signed in until now (a refetch of everything, say): the session ended mid-work, like any 401.
      useSessionExpiry.getState().report(false);
      return before;
    },
    staleTime: Infinity,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}
