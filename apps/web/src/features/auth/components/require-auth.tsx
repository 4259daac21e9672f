import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { useCurrentUser } from '../hooks/use-current-user';

/** Renders the nested routes for a signed-in user; sends everybody else to sign-in and back afterwards. */
export function RequireAuth() {
  const me = useCurrentUser();
  const location = useLocation();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <QueryErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return <Outlet />;
}
