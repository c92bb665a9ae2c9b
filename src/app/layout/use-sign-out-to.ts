import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useSignOut } from '../../lib/use-auth-session';

/** Signs out (token and cached data gone), then goes to `to` (the login page by default). */
export function useSignOutTo(): (to?: string) => void {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return useCallback(
    (to = '/login') => {
      signOut();
      void navigate(to, { replace: true });
    },
    [signOut, navigate],
  );
}
