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
    // The SME sign-up goes on to the SME company form when the new account has no organization yet.
    const smeStart =
      params.get('track') === 'sme' && me.data.accountType === 'company' && me.data.memberships.length === 0;
    return <Navigate to={next ?? (smeStart ? '/organizations/new?track=sme' : homePathFor(me.data))} replace />;
  }
  return <Outlet />;
}
