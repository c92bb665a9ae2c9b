import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { loginPath } from '../../lib/return-to';
import { useSignOut } from '../../lib/use-auth-session';

/**
 * Signs out (token and cached data gone) and goes to the login page: afresh after "Sign out"
 * (whoever signs in next starts from the proposals), or, with `comeBack` (signing in again before
 * the token ends), with `returnTo` set to this page. `RequireAuth` redirects as soon as the
 * session is gone too; it reads the reason, so both go to the same URL whichever runs last.
 */
export function useSignOutTo(): (options?: { comeBack?: boolean }) => void {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;
  return useCallback(
    ({ comeBack = false } = {}) => {
      signOut(comeBack ? 'renew' : 'signed-out');
      void navigate(comeBack ? loginPath(here) : '/login', { replace: true });
    },
    [signOut, navigate, here],
  );
}
