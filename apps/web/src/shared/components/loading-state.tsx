import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      <span className="loading__spinner" aria-hidden="true" />
      {t('common.loading')}
    </p>
  );
}
