import { Navigate, Outlet, useLocation } from 'react-router';
import { getEndReason, isExpired } from '../lib/auth-session';
import { loginPath } from '../lib/return-to';
import { useAuthSession } from '../lib/use-auth-session';

/**
 * Routes below need a signed-in user. Without a valid token (none, expired, or cleared after a
 * 401) the user goes to the login page, which brings them back to this exact URL.
 */
export function RequireAuth() {
  const session = useAuthSession();
  const location = useLocation();
  if (!session || isExpired(session, new Date())) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    const expired = session !== undefined || getEndReason() === 'expired';
    return <Navigate to={`${loginPath(here)}${expired ? '&reason=expired' : ''}`} replace />;
  }
  return <Outlet />;
}
