import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { TemporarilyUnavailable } from '../../../shared/components/temporarily-unavailable';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { useCurrentUser } from '../hooks/use-current-user';

/** Renders the nested routes for a signed-in user; sends everybody else to sign-in and back afterwards. */
export function RequireAuth() {
  const me = useCurrentUser();
  const location = useLocation();
  // A 503 is retried until the service is back; meanwhile say so instead of spinning or signing out.
  if (me.isPending)
    return isApiRequestError(me.failureReason) && me.failureReason.isTemporarilyUnavailable ? (
      <TemporarilyUnavailable />
    ) : (
      <LoadingState />
    );
  if (me.isError) return <QueryErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return <Outlet />;
}
