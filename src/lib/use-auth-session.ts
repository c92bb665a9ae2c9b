import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import {
  getSession,
  setSession,
  subscribeSession,
  type AuthSession,
  type EndReason,
} from './auth-session';

export function useAuthSession(): AuthSession | undefined {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/** Signs out: forgets the token and every cached answer, so the next user sees none of it. */
export function useSignOut(): (reason?: Exclude<EndReason, 'expired'>) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (reason: Exclude<EndReason, 'expired'> = 'signed-out') => {
      setSession(undefined, reason);
      queryClient.clear();
    },
    [queryClient],
  );
}
