import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSessionExpiry } from '@/stores/session-expiry';
import { sessionResponseSchema, type SessionResponse, type SignInBody } from '../contract';
import { request } from '../http-client';
import { notTheSession, sessionKeys } from '../query-keys';

export function signIn(body: SignInBody) {
  return request('/session', sessionResponseSchema, { method: 'POST', body });
}

/** The same person in the same store as before: what the cache holds is still theirs. */
export function sameAccount(before: SessionResponse | null | undefined, after: SessionResponse): boolean {
  return before?.user.id === after.user.id && before.merchant.id === after.merchant.id;
}

/**
 * Signs in. Back in the account the cache belongs to (a session that expired mid-work), every
 * query refreshes behind the page; anyone else starts from an empty cache, so no other store's
 * data is ever shown.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      const resumed = sameAccount(queryClient.getQueryData(sessionKeys.current), session);
      if (resumed) void queryClient.invalidateQueries({ predicate: notTheSession });
      else queryClient.removeQueries({ predicate: notTheSession });
      queryClient.setQueryData(sessionKeys.current, session);
      useSessionExpiry.getState().clear();
    },
  });
}
