import { useTranslation } from 'react-i18next';
import type { SupportForPrefecture } from '@ipgn/assessment';
import { currentLocale } from '../../../shared/i18n/current-locale';

/** Free help for the organization's prefecture: programmes from the dated list, never an invented office. */
export function SmeSupportList({
  support,
  prefectureName,
}: {
  support: SupportForPrefecture;
  prefectureName: string | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <section aria-labelledby="sme-support-title" className="sme-results__block" data-testid="sme-support">
      <h2 id="sme-support-title">
        {prefectureName ? t('sme.support.titleFor', { prefecture: prefectureName }) : t('sme.support.title')}
      </h2>
      <p>{t('sme.support.intro')}</p>
      <ul className="sme-support">
        {support.contacts.map((c) => (
          <li key={c.programmeId} className="sme-support__item">
            <h3>{c.name[locale]}</h3>
            <p className="muted">{c.runBy[locale]}</p>
            <p>{c.offers[locale]}</p>
            {c.url ? (
              <p>
                <a href={c.url} target="_blank" rel="noreferrer">
                  {c.urlIsForPrefecture
                    ? t('sme.support.prefecturePage', { prefecture: prefectureName ?? '' })
                    : t('sme.support.portal')}
                </a>
              </p>
            ) : (
              <p>{t('sme.support.noUrl')}</p>
            )}
            {c.nationalPhone ? <p>{t('sme.support.nationalPhone', { phone: c.nationalPhone })}</p> : null}
            <details>
              <summary>{t('sme.support.sources')}</summary>
              <ul>
                {c.sources.map((s) => (
                  <li key={s.url}>
                    <a href={s.url} target="_blank" rel="noreferrer">
                      {s.title}
                    </a>{' '}
                    <span className="muted">{t('sme.support.checkedOn', { date: s.checkedOn })}</span>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      <p className="hint">{t('sme.support.asOf', { date: support.asOf })}</p>
    </section>
  );
}
