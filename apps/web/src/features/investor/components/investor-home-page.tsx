import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title';

/** Investors read what companies publish; nothing is published in this release yet, so say so plainly. */
export function InvestorHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('investor.title'));
  return (
    <section aria-labelledby="investor-title" className="page">
      <h1 id="investor-title">{t('investor.title')}</h1>
      <p className="lead">{t('investor.intro')}</p>
      <div className="empty-state">
        <h2>{t('investor.emptyTitle')}</h2>
        <p>{t('investor.emptyBody')}</p>
      </div>
    </section>
  );
}
