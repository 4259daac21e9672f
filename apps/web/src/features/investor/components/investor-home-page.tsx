import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { CompanyBrowser } from '../../public-disclosures/components/company-browser';
import { MyQuestions } from '../../public-disclosures/components/my-questions';
import { InvestorUpdates } from './investor-updates';

/** Investors browse the published disclosures, compare companies and follow their own questions. */
export function InvestorHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('investor.title'));
  return (
    <section aria-labelledby="investor-title" className="page">
      <h1 id="investor-title">{t('investor.title')}</h1>
      <p className="lead">{t('investor.intro')}</p>
      <section aria-labelledby="investor-check-title" className="panel">
        <h2 id="investor-check-title">{t('disclosures.checks.homeHeading')}</h2>
        <p>{t('disclosures.checks.homeIntro')}</p>
        <p>
          <Link to="/investor/checks" className="button">
            {t('disclosures.checks.homeLink')}
          </Link>
        </p>
      </section>
      <InvestorUpdates />
      <section aria-labelledby="investor-browse-title">
        <h2 id="investor-browse-title">{t('publicDisclosures.browse.title')}</h2>
        <p>
          <Link to="/companies">{t('publicDisclosures.browse.compareLink')}</Link>
        </p>
        <CompanyBrowser headingLevel={3} />
      </section>
      <MyQuestions />
    </section>
  );
}
