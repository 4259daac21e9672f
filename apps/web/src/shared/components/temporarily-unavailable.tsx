import { useTranslation } from 'react-i18next';

/** Shown while the API answers 503 (e.g. the database restarts): nobody is signed out, the app keeps retrying. */
export function TemporarilyUnavailable() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" className="notice notice--warning">
      <p className="notice__title">
        <span aria-hidden="true" className="notice__icon">
          !
        </span>
        {t('errors.temporarilyUnavailable')}
      </p>
    </div>
  );
}
