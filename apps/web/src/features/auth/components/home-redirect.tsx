import { Navigate } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { useCurrentUser } from '../hooks/use-current-user';
import { LandingPage } from '../../landing/components/landing-page';
import { homePathFor } from '../utils/home-path-for';

export function HomeRedirect() {
  const me = useCurrentUser();
  if (me.isPending) return <LoadingState />;
  if (me.isError) return <QueryErrorState error={me.error} onRetry={() => void me.refetch()} />;
  // A visitor who is not signed in learns what the product is for; a signed-in user goes to their home.
  return me.data ? <Navigate to={homePathFor(me.data)} replace /> : <LandingPage />;
}
