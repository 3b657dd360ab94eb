import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '@/domain/zod';
import { request } from '../http-client';
import { notTheSession, sessionKeys } from '../query-keys';

export function signOut() {
  return request('/session', z.null(), { method: 'DELETE' });
}

/** Signs out; every cached answer belonged to the session, so the cache keeps only "no one is signed in". */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.removeQueries({ predicate: notTheSession });
      queryClient.setQueryData(sessionKeys.current, null);
    },
  });
}
