import { useTranslation } from 'react-i18next';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';

export interface FactsSaveErrorsProps {
  /** The failed save, if any. */
  error: unknown;
  /** Reloads the facts after someone else saved first. */
  onReload: () => void;
}

/**
 * What a failed company-facts save shows, in both facts forms: someone else saved first → say so and offer to
 * reload; any other error → the form's alert (field messages beside their fields).
 */
export function FactsSaveErrors({ error, onReload }: FactsSaveErrorsProps) {
  const { t } = useTranslation();
  if (isApiRequestError(error) && error.code === 'FACTS_VERSION_CONFLICT') {
    return (
      <div role="alert" className="notice notice--error">
        <p>{t('drafts.facts.conflict')}</p>
        <button type="button" className="button button--secondary" onClick={onReload}>
          {t('drafts.facts.reload')}
        </button>
      </div>
    );
  }
  return <FormErrorAlert error={error} />;
}
