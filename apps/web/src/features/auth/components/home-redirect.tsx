import { Navigate } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { useCurrentUser } from '../hooks/use-current-user';
import { homePathFor } from '../utils/home-path-for';

export function HomeRedirect() {
  const me = useCurrentUser();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <QueryErrorState error={me.error} onRetry={() => void me.refetch()} />;
  return <Navigate to={me.data ? homePathFor(me.data) : '/sign-in'} replace />;
}
