import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title';

const AUDIENCES = [
  { key: 'sme', to: '/sign-up?track=sme' },
  { key: 'listed', to: '/sign-up?track=listed' },
  // Investors read published disclosures without an account; checking their own texts needs an investor account.
  { key: 'investor', to: '/companies', second: '/sign-up?track=investor' },
  { key: 'advisor', to: '/sign-up' },
] as const;

/** What the product does and for whom, for a visitor who is not signed in; every audience has its next step. */
export function LandingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  usePageTitle(t('landing.title'));
  return (
    <div className="landing">
      <section className="landing__hero" aria-labelledby="landing-title">
        <h1 id="landing-title">{t('landing.title')}</h1>
        <p className="landing__lead">{t('landing.lead')}</p>
        {/* Investors go straight to the company pages: a search, or the whole list. */}
        <form
          role="search"
          className="landing__search"
          aria-label={t('landing.companySearch.label')}
          onSubmit={(event) => {
            event.preventDefault();
            navigate(search.trim() ? `/companies?q=${encodeURIComponent(search.trim())}` : '/companies');
          }}
        >
          <label htmlFor="landing-company-search" className="field__label">
            {t('landing.companySearch.label')}
          </label>
          <div className="landing__search-row">
            <input
              id="landing-company-search"
              type="search"
              className="field__input"
              value={search}
              maxLength={100}
              placeholder={t('landing.companySearch.placeholder')}
              onChange={(e) => setSearch(e.target.value)}
            />
            <button type="submit" className="button button--primary">
              {t('landing.companySearch.submit')}
            </button>
          </div>
          <p>
            <Link to="/companies">{t('landing.companySearch.all')}</Link>
          </p>
        </form>
      </section>
      <section aria-labelledby="landing-audiences">
        <h2 id="landing-audiences">{t('landing.audiencesHeading')}</h2>
        <ul className="landing__audiences">
          {AUDIENCES.map((audience) => (
            <li key={audience.key} className="landing__card">
              <h3>{t(`landing.audiences.${audience.key}.title`)}</h3>
              <p>{t(`landing.audiences.${audience.key}.body`)}</p>
              <Link className="button" to={audience.to}>
                {t(`landing.audiences.${audience.key}.cta`)}
              </Link>
              {'second' in audience ? (
                <p>
                  <Link to={audience.second}>{t(`landing.audiences.${audience.key}.secondCta`)}</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <p>
        {t('landing.signInPrompt')} <Link to="/sign-in">{t('landing.signIn')}</Link>
      </p>
      <p className="hint">{t('landing.disclaimer')}</p>
    </div>
  );
}
