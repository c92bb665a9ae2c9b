import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { getSession, setSession, subscribeSession, type AuthSession } from './auth-session';

export function useAuthSession(): AuthSession | undefined {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}

/** Signs out: forgets the token and every cached answer, so the next user sees none of it. */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    setSession(undefined);
    queryClient.clear();
  }, [queryClient]);
}
