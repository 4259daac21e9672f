import { Navigate, Outlet, useSearchParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { safeNextPath } from '../../../shared/utils/safe-next-path';
import { useCurrentUser } from '../hooks/use-current-user';
import { homePathFor } from '../utils/home-path-for';

/** Sign-in and sign-up make no sense when already signed in: go on to where the user was heading. */
export function RedirectIfSignedIn() {
  const me = useCurrentUser();
  const [params] = useSearchParams();
  if (me.isPending) return <LoadingState />;
  if (me.data) {
    const invitation = params.get('invitation');
    const next = invitation ? `/invitations/${encodeURIComponent(invitation)}` : safeNextPath(params.get('next'));
    return <Navigate to={next ?? homePathFor(me.data)} replace />;
  }
  return <Outlet />;
}
