import { useTranslation } from 'react-i18next';
import { errorMessage } from '../utils/error-message';
import { isApiRequestError } from '../api/api-request-error';
import { TemporarilyUnavailable } from './temporarily-unavailable';

export interface QueryErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: a readable message and a way to try again. */
export function QueryErrorState({ error, onRetry }: QueryErrorStateProps) {
  const { t } = useTranslation();
  if (isApiRequestError(error) && error.isTemporarilyUnavailable) return <TemporarilyUnavailable />;
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">
        <span aria-hidden="true" className="notice__icon">
          !
        </span>
        {errorMessage(error, t)}
      </p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
