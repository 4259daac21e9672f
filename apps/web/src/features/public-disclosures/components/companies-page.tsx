import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { CompanyBrowser } from './company-browser';

/** Public: browse the companies that have published disclosures (no sign-in needed). */
export function CompaniesPage() {
  const { t } = useTranslation();
  usePageTitle(t('publicDisclosures.browse.title'));
  return (
    <section aria-labelledby="companies-title" className="page">
      <h1 id="companies-title">{t('publicDisclosures.browse.title')}</h1>
      <p className="lead">{t('publicDisclosures.browse.intro')}</p>
      <CompanyBrowser />
    </section>
  );
}
