import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useFollowCompany } from '../hooks/use-follow-company';
import { useInvestorUpdates } from '../hooks/use-investor-updates';

/** Follow or stop following a company (investor accounts); a visitor is told how to follow, a company account sees nothing. */
export function FollowCompanyButton({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const isInvestor = me.data?.accountType === 'investor';
  const updates = useInvestorUpdates(isInvestor);
  const follow = useFollowCompany(slug);
  if (me.isSuccess && !me.data) {
    return (
      <p className="muted">
        {t('publicDisclosures.company.signInToFollow')}{' '}
        <Link to="/sign-in">{t('publicDisclosures.publication.signInLink')}</Link>
      </p>
    );
  }
  if (!isInvestor || !updates.data) return null;
  const following = updates.data.following.some((f) => f.company.slug === slug);
  return (
    <div className="follow-company">
      <button
        type="button"
        className={following ? 'button button--secondary' : 'button button--primary'}
        disabled={follow.isPending}
        onClick={() => follow.mutate(!following)}
      >
        {following ? t('publicDisclosures.company.unfollow') : t('publicDisclosures.company.follow')}
      </button>
      <p className="muted" role="status">
        {following ? t('publicDisclosures.company.following') : t('publicDisclosures.company.followHint')}
      </p>
    </div>
  );
}
