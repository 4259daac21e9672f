import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../utils/error-message';
import { isApiRequestError } from '../api/api-request-error';
import { TemporarilyUnavailable } from './temporarily-unavailable';

export interface QueryErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/**
 * A failed load: a readable message and a way to try again — unless trying again cannot help (the item is not there
 * or not yours: 403, 404, 410), where the way out is home instead (investor walk: "Not found." with "Try again").
 */
export function QueryErrorState({ error, onRetry }: QueryErrorStateProps) {
  const { t } = useTranslation();
  if (isApiRequestError(error) && error.isTemporarilyUnavailable) return <TemporarilyUnavailable />;
  const final = isApiRequestError(error) && [403, 404, 410].includes(error.statusCode);
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">
        <span aria-hidden="true" className="notice__icon">
          !
        </span>
        {errorMessage(error, t)}
      </p>
      {final ? (
        <Link to="/">{t('common.backToHome')}</Link>
      ) : onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
