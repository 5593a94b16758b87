import { Navigate, Outlet, useLocation } from 'react-router';
import { PageSpinner } from '../components/page-spinner';
import { useMe } from '../lib/get-me';

/** Renders the signed-in part of the app, or sends the visitor to sign in and back. */
export function RequireAuth() {
  const { data: me, isPending, isError, error } = useMe();
  const location = useLocation();
  if (isPending) return <PageSpinner />;
  if (isError) throw error;
  if (!me) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <Outlet />;
}
