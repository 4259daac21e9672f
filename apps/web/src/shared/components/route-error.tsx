import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown when rendering a route throws: a plain message instead of a blank page. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t('errors.title')}</h1>
      <p role="alert">{t('errors.unexpected')}</p>
      <p>
        <Link to="/">{t('common.backToHome')}</Link>
      </p>
    </section>
  );
}
