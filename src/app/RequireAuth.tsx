import { Navigate, Outlet, useLocation } from 'react-router';
import { getEndReason, isExpired } from '../lib/auth-session';
import { loginPath } from '../lib/return-to';
import { useAuthSession } from '../lib/use-auth-session';

/**
 * Routes below need a signed-in user. Without a valid token (none, expired, or cleared after a
 * 401) the user goes to the login page, which brings them back to this exact URL; after a
 * deliberate "Sign out" the login page starts afresh, so the next user does not land here.
 */
export function RequireAuth() {
  const session = useAuthSession();
  const location = useLocation();
  if (!session || isExpired(session, new Date())) {
    const reason = session ? 'expired' : getEndReason();
    if (reason === 'signed-out') return <Navigate to="/login" replace />;
    const here = `${location.pathname}${location.search}${location.hash}`;
    return (
      <Navigate to={`${loginPath(here)}${reason === 'expired' ? '&reason=expired' : ''}`} replace />
    );
  }
  return <Outlet />;
}
